# The alerts and history views (issue 3).
vigil_add_test(tst_alertmodel LABEL gui SOURCES gui/tst_alertmodel.cpp LIBS vigil_gui)
vigil_add_test(tst_silencedialog LABEL gui SOURCES gui/tst_silencedialog.cpp LIBS vigil_gui)
vigil_add_test(tst_historymodel LABEL gui SOURCES gui/tst_historymodel.cpp LIBS vigil_gui)
vigil_add_test(tst_historyview LABEL gui SOURCES gui/tst_historyview.cpp LIBS vigil_gui)
vigil_add_test(tst_alertsview LABEL gui SOURCES gui/tst_alertsview.cpp LIBS vigil_gui)
