# Notification channels (src/core/notify).
include(unit/channels_payloads.cmake)
include(unit/channels_delivery.cmake)
