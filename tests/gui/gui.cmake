vigil_add_test(tst_mainwindow LABEL gui SOURCES gui/tst_mainwindow.cpp LIBS vigil_gui)
vigil_add_test(tst_timeserieschart LABEL gui SOURCES gui/tst_timeserieschart.cpp LIBS vigil_gui)
vigil_add_test(tst_traycontroller LABEL gui SOURCES gui/tst_traycontroller.cpp LIBS vigil_gui)
vigil_add_test(tst_axisscale LABEL unit SOURCES gui/tst_axisscale.cpp LIBS vigil_gui)
