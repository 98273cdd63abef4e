# The alerts and history views (issue 3): models, views, the silence dialog and the export.
target_sources(vigil_gui PRIVATE
  alerts/AlertDetailPane.cpp alerts/AlertDetailPane.h
  alerts/AlertModel.cpp alerts/AlertModel.h
  alerts/AlertsView.cpp alerts/AlertsView.h ${PROJECT_SOURCE_DIR}/ui/AlertsView.ui
  alerts/AlertText.cpp alerts/AlertText.h
  alerts/EmptyStateOverlay.cpp alerts/EmptyStateOverlay.h
  alerts/HistoryExport.cpp alerts/HistoryExport.h
  alerts/HistoryModel.cpp alerts/HistoryModel.h
  alerts/HistoryView.cpp alerts/HistoryView.h ${PROJECT_SOURCE_DIR}/ui/HistoryView.ui
  alerts/SilenceDialog.cpp alerts/SilenceDialog.h ${PROJECT_SOURCE_DIR}/ui/SilenceDialog.ui)
