# The Log tab: the tail of vigil.log with a level filter, search and follow mode.
target_sources(vigil_gui PRIVATE
  log/LogFilterProxy.cpp log/LogFilterProxy.h
  log/LogModel.cpp log/LogModel.h
  log/LogView.cpp log/LogView.h ${PROJECT_SOURCE_DIR}/ui/LogView.ui)
