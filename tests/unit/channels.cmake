# Notification channels (src/core/notify).
include(unit/channels_payloads.cmake)
include(unit/channels_delivery.cmake)
vigil_add_test(tst_channels LABEL unit SOURCES unit/tst_channels.cpp LIBS vigil_core)
