# Notification channels in the GUI (issue 5): the Notifications settings page, the channel
# editor with a real test send, and the Deliveries tab.
vigil_add_test(tst_deliveries LABEL gui SOURCES gui/tst_deliveries.cpp LIBS vigil_gui)
set(VIGIL_GUI_RECEIVER ${CMAKE_CURRENT_SOURCE_DIR}/integration/scripted_receiver.py)
vigil_add_test(tst_channelsettings LABEL gui SOURCES gui/tst_channelsettings.cpp LIBS vigil_gui
  TIMEOUT 120 ENVIRONMENT VIGIL_SCRIPTED_RECEIVER=${VIGIL_GUI_RECEIVER})
target_compile_definitions(tst_channelsettings PRIVATE
  VIGIL_SCRIPTED_RECEIVER="${VIGIL_GUI_RECEIVER}")
