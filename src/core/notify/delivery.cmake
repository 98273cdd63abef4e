# Persistent outbox and dispatcher.
target_sources(vigil_core PRIVATE
  notify/DeliveryAttempt.cpp notify/DeliveryAttempt.h
  notify/DeliveryPolicy.cpp notify/DeliveryPolicy.h
  notify/Dispatcher.cpp notify/Dispatcher.h notify/DispatcherChannels.cpp notify/DispatcherMemory.cpp
  notify/DispatcherView.cpp
  notify/NotifyThread.cpp notify/NotifyThread.h
  notify/Outbox.cpp notify/Outbox.h notify/OutboxUpkeep.cpp
  notify/OutboxDatabase.cpp notify/OutboxDatabase.h)
