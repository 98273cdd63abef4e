# tests for src/core/desktop
vigil_add_test(tst_singleinstance LABEL unit SOURCES unit/tst_singleinstance.cpp LIBS vigil_core)
vigil_add_test(tst_autostartentry LABEL unit SOURCES unit/tst_autostartentry.cpp LIBS vigil_core)
