# The Checks tab (service checks): model, view, detail pane and shared wording.
target_sources(vigil_gui PRIVATE
  checks/CheckDetailPane.cpp checks/CheckDetailPane.h
  checks/CheckFilterProxy.cpp checks/CheckFilterProxy.h
  checks/CheckModel.cpp checks/CheckModel.h
  checks/ChecksView.cpp checks/ChecksView.h ${PROJECT_SOURCE_DIR}/ui/ChecksView.ui
  checks/CheckText.cpp checks/CheckText.h)
