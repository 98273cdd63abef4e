# The Checks tab, the Checks settings page and the check editor (service checks GUI).
vigil_add_test(tst_checkmodel LABEL gui SOURCES gui/tst_checkmodel.cpp LIBS vigil_gui)
vigil_add_test(tst_checksettings LABEL gui SOURCES gui/tst_checksettings.cpp LIBS vigil_gui)
vigil_add_test(tst_checksview LABEL gui SOURCES gui/tst_checksview.cpp LIBS vigil_gui)
