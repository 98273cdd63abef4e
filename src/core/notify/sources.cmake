# Notification channels (src/core/notify): payloads, outbox and delivery.
include(notify/payloads.cmake)
include(notify/delivery.cmake)
target_sources(vigil_core PRIVATE notify/NotifyTypes.cpp notify/NotifyTypes.h)
