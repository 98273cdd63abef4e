vigil_add_test(tst_rulecheck LABEL unit SOURCES unit/tst_rulecheck.cpp LIBS vigil_core)
vigil_add_test(tst_report LABEL unit SOURCES unit/tst_report.cpp LIBS vigil_core)
vigil_add_test(tst_engine LABEL unit SOURCES unit/tst_engine.cpp LIBS vigil_core)
# Processes view: snapshots on demand and signals through the collector thread.
vigil_add_test(tst_engineprocesses LABEL unit SOURCES unit/tst_engineprocesses.cpp LIBS vigil_core)
