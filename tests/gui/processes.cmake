# The Processes tab: model and proxy on fixture snapshots, the view with a real child process.
vigil_add_test(tst_processmodel LABEL gui SOURCES gui/tst_processmodel.cpp LIBS vigil_gui
               ENVIRONMENT TZ=UTC)
vigil_add_test(tst_processesview LABEL gui SOURCES gui/tst_processesview.cpp LIBS vigil_gui
               TIMEOUT 180)
