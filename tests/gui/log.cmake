# The Log tab (src/gui/log): model under QAbstractItemModelTester, filter, search and follow.
vigil_add_test(tst_logview LABEL gui SOURCES gui/tst_logview.cpp LIBS vigil_gui)
