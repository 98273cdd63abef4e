# The Deliveries tab (notification outbox): model and view.
target_sources(vigil_gui PRIVATE
  notify/DeliveriesView.cpp notify/DeliveriesView.h ${PROJECT_SOURCE_DIR}/ui/DeliveriesView.ui
  notify/DeliveryModel.cpp notify/DeliveryModel.h)
