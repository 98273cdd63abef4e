# tests for src/gui/desktop
vigil_add_test(tst_desktopintegration LABEL gui SOURCES gui/tst_desktopintegration.cpp LIBS vigil_gui)
