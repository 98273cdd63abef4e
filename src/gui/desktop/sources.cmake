target_sources(vigil_gui PRIVATE
  desktop/AboutDialog.cpp desktop/AboutDialog.h ${PROJECT_SOURCE_DIR}/ui/AboutDialog.ui
  desktop/AutostartToggle.cpp desktop/AutostartToggle.h
  desktop/DesktopIntegration.cpp desktop/DesktopIntegration.h
  desktop/WelcomeDialog.cpp desktop/WelcomeDialog.h ${PROJECT_SOURCE_DIR}/ui/WelcomeDialog.ui)
