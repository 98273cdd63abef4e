# Integration tests: the real binary against real peers on this machine.
vigil_add_test(tst_cli LABEL integration SOURCES integration/tst_cli.cpp LIBS Qt6::Network TIMEOUT 180)
add_dependencies(tst_cli vigil)

add_test(NAME report_vs_psutil
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/integration/report_vs_psutil.py $<TARGET_FILE:vigil>)
set_tests_properties(report_vs_psutil PROPERTIES LABELS integration TIMEOUT 120)

add_test(NAME gui_smoke_xcb
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-desktop-session
                 ${CMAKE_CURRENT_SOURCE_DIR}/integration/gui_smoke.sh $<TARGET_FILE:vigil>)
set_tests_properties(gui_smoke_xcb PROPERTIES LABELS gui TIMEOUT 120)

add_test(NAME tray_xembed
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-desktop-session
                 ${CMAKE_CURRENT_SOURCE_DIR}/integration/tray_xembed.sh $<TARGET_FILE:vigil>)
set_tests_properties(tray_xembed PROPERTIES LABELS gui TIMEOUT 120)

include(integration/notify.cmake)
# desktop_entry_valid and the other checks of the .deb
include(integration/package.cmake)

# The exporter against promtool, node_exporter and Prometheus (Debian packages, loopback only).
vigil_add_test(tst_exporter_peers LABEL integration
  SOURCES integration/tst_exporter_peers.cpp integration/ExporterPeers.h
  LIBS vigil_core Qt6::Network TIMEOUT 180)
