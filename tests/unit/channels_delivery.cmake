# Outbox and dispatcher tests.
vigil_add_test(tst_outbox LABEL unit SOURCES unit/tst_outbox.cpp LIBS vigil_core TIMEOUT 60)

# Dispatcher::runDueWork on a FakeClock (the seam bench/bench_outbox.cpp drives simulated time with).
vigil_add_test(tst_dispatcher_duework LABEL unit SOURCES unit/tst_dispatcher_duework.cpp
  LIBS vigil_core)

# Delivery end to end against tests/integration/scripted_receiver.py on 127.0.0.1.
set(VIGIL_SCRIPTED_RECEIVER ${CMAKE_CURRENT_SOURCE_DIR}/integration/scripted_receiver.py)
vigil_add_test(tst_outbox_delivery LABEL integration
  SOURCES integration/tst_outbox_delivery.cpp LIBS vigil_core TIMEOUT 90
  ENVIRONMENT VIGIL_SCRIPTED_RECEIVER=${VIGIL_SCRIPTED_RECEIVER})
# The same path for running the binary outside CTest.
target_compile_definitions(tst_outbox_delivery PRIVATE
  VIGIL_SCRIPTED_RECEIVER="${VIGIL_SCRIPTED_RECEIVER}")

# Outbox schema migrations: an older outbox.db is upgraded and keeps its items.
vigil_add_test(tst_outbox_schema LABEL unit SOURCES unit/tst_outbox_schema.cpp LIBS vigil_core)
