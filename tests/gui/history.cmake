# Charts show the series history found at start (HistoryFeed).
vigil_add_test(tst_historyfeed LABEL gui SOURCES gui/tst_historyfeed.cpp LIBS vigil_gui)
