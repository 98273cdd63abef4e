# End to end: a rule on a file check's check_up reaches python3-dbusmock's notification server
# as a firing Notify, then as a resolved Notify replacing it (tests/integration/notify_e2e.py).
# Driven by a file check, so other tests running at the same time cannot disturb it.
add_test(NAME notify_e2e
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-desktop-session
                 /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/integration/notify_e2e.py
                 $<TARGET_FILE:vigil>)
set_tests_properties(notify_e2e PROPERTIES LABELS integration TIMEOUT 120)
