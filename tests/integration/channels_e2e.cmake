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
# The outbox on a full and on a read-only file system: a private 8 MiB tmpfs (room for the WAL).
add_executable(tst_outbox_fulldisk integration/tst_outbox_fulldisk.cpp)
set_target_properties(tst_outbox_fulldisk PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
target_link_libraries(tst_outbox_fulldisk PRIVATE vigil_core Qt6::Network Qt6::Test vigil_build_options)
target_include_directories(tst_outbox_fulldisk PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_compile_definitions(tst_outbox_fulldisk PRIVATE VIGIL_SCRIPTED_RECEIVER="${VIGIL_E2E_RECEIVER}")
add_test(NAME tst_outbox_fulldisk
  COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with_small_fs.sh $<TARGET_FILE:tst_outbox_fulldisk>)
set_tests_properties(tst_outbox_fulldisk PROPERTIES LABELS integration TIMEOUT 120
  ENVIRONMENT "LC_ALL=C.UTF-8;VIGIL_SMALL_FS_SIZE=8m;VIGIL_SCRIPTED_RECEIVER=${VIGIL_E2E_RECEIVER}")
