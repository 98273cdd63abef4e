# The Processes tab: model, filter and view.
target_sources(vigil_gui PRIVATE
  processes/ProcessFilterProxy.cpp processes/ProcessFilterProxy.h
  processes/ProcessModel.cpp processes/ProcessModel.h
  processes/ProcessesView.cpp processes/ProcessesView.h ${PROJECT_SOURCE_DIR}/ui/ProcessesView.ui)
