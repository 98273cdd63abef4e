# Desktop notifications (DesktopNotifier) and the tray.
#
# tst_desktopnotifier talks to python3-dbusmock's notification server, which the test starts
# itself. It runs on a private session bus without service activation (HEADLESS-TESTING §1), so
# an absent server fails at once (ServiceUnknown) instead of auto-starting a real daemon such as
# dunst; hence the hand-made registration instead of vigil_add_test.
set(VIGIL_NO_ACTIVATION_BUS_CONF ${CMAKE_BINARY_DIR}/tests/no-activation-bus.conf)
file(WRITE ${VIGIL_NO_ACTIVATION_BUS_CONF} [=[
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
]=])

add_executable(tst_desktopnotifier gui/tst_desktopnotifier.cpp gui/NotificationServerMock.h)
set_target_properties(tst_desktopnotifier PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
target_link_libraries(tst_desktopnotifier PRIVATE vigil_gui Qt6::Test vigil_build_options)
target_include_directories(tst_desktopnotifier PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
add_test(NAME tst_desktopnotifier
         COMMAND dbus-run-session --config-file=${VIGIL_NO_ACTIVATION_BUS_CONF}
                 -- $<TARGET_FILE:tst_desktopnotifier>)
set_tests_properties(tst_desktopnotifier PROPERTIES
  LABELS gui TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${VIGIL_TEST_RUNTIME_DIR};LC_ALL=C.UTF-8;TZ=UTC")
