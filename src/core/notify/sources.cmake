# Notification channels (src/core/notify): payloads, outbox and delivery.
include(notify/payloads.cmake)
include(notify/delivery.cmake)
target_sources(vigil_core PRIVATE
  notify/ChannelValidation.cpp notify/ChannelValidation.h
  notify/NotifyTypes.cpp notify/NotifyTypes.h
  notify/Router.cpp notify/Router.h)
