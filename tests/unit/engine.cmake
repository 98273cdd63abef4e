vigil_add_test(tst_health LABEL unit SOURCES unit/tst_health.cpp LIBS vigil_core)
vigil_add_test(tst_report LABEL unit SOURCES unit/tst_report.cpp LIBS vigil_core)
vigil_add_test(tst_engine LABEL unit SOURCES unit/tst_engine.cpp LIBS vigil_core)
