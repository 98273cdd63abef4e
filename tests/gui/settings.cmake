# tests for src/gui/settings
vigil_add_test(tst_settingsdialog LABEL gui SOURCES gui/tst_settingsdialog.cpp LIBS vigil_gui)
vigil_add_test(tst_settingsrules LABEL gui SOURCES gui/tst_settingsrules.cpp LIBS vigil_gui)
vigil_add_test(tst_ruleeditor LABEL gui SOURCES gui/tst_ruleeditor.cpp LIBS vigil_gui)
vigil_add_test(tst_settingsgeneral LABEL gui SOURCES gui/tst_settingsgeneral.cpp LIBS vigil_gui)
