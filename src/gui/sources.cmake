target_sources(vigil_gui PRIVATE
  appearance/Appearance.cpp appearance/Appearance.h
  charts/AxisScale.cpp charts/AxisScale.h
  charts/ChartTheme.cpp charts/ChartTheme.h
  charts/HistoryFeed.cpp charts/HistoryFeed.h
  charts/TimeSeriesChart.cpp charts/TimeSeriesChart.h
  # Chart interaction: zoom, outliers, alignment, exports.
  charts/ChartExport.cpp charts/ChartExport.h
  charts/TimeSeriesChartInteraction.cpp charts/TimeSeriesChartPrivate.h
  charts/ZoomableChartView.cpp charts/ZoomableChartView.h
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
