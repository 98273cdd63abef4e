target_sources(vigil_gui PRIVATE
  charts/AxisScale.cpp charts/AxisScale.h
  charts/HoverChartView.h
  charts/TimeSeriesChart.cpp charts/TimeSeriesChart.h
  Dashboard.cpp Dashboard.h
  DesktopNotifier.cpp DesktopNotifier.h
  FilesystemPanel.cpp FilesystemPanel.h
  GuiSession.cpp GuiSession.h
  MainWindow.cpp MainWindow.h ${PROJECT_SOURCE_DIR}/ui/MainWindow.ui
  StatusIcon.cpp StatusIcon.h
  TrayController.cpp TrayController.h
  Translations.cpp Translations.h
  UiState.cpp UiState.h
  ${PROJECT_SOURCE_DIR}/resources/vigil.qrc)
