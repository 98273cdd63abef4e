vigil_add_test(tst_seriesid LABEL unit SOURCES unit/tst_seriesid.cpp LIBS vigil_core)
vigil_add_test(tst_metricstore LABEL unit SOURCES unit/tst_metricstore.cpp LIBS vigil_core)
vigil_add_test(tst_unit LABEL unit SOURCES unit/tst_unit.cpp LIBS vigil_core)
