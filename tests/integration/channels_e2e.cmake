# Notification channels end to end through the Engine: alert events routed, grouped, queued in
# the persistent outbox and delivered to tests/integration/scripted_receiver.py (webhook) and to
# Debian's real /usr/bin/prometheus-alertmanager (push), both on 127.0.0.1.
set(VIGIL_E2E_RECEIVER ${CMAKE_CURRENT_SOURCE_DIR}/integration/scripted_receiver.py)
vigil_add_test(tst_notify_engine LABEL integration
  SOURCES integration/tst_notify_engine.cpp LIBS vigil_core Qt6::Network TIMEOUT 120
  ENVIRONMENT VIGIL_SCRIPTED_RECEIVER=${VIGIL_E2E_RECEIVER})
# The same path for running the binary outside CTest.
target_compile_definitions(tst_notify_engine PRIVATE
  VIGIL_SCRIPTED_RECEIVER="${VIGIL_E2E_RECEIVER}")
vigil_add_test(tst_alertmanager_push LABEL integration
  SOURCES integration/tst_alertmanager_push.cpp LIBS vigil_core Qt6::Network TIMEOUT 120)
