# Translations: German and Spanish reach the main window, the settings dialog and core messages.
vigil_add_test(tst_translations_gui LABEL gui SOURCES gui/tst_translations_gui.cpp LIBS vigil_gui)
