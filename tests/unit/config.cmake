# tests for src/core/config
vigil_add_test(tst_duration LABEL unit SOURCES unit/tst_duration.cpp LIBS vigil_core)
vigil_add_test(tst_config LABEL unit SOURCES unit/tst_config.cpp LIBS vigil_core)
vigil_add_test(tst_configfile LABEL unit SOURCES unit/tst_configfile.cpp LIBS vigil_core)
vigil_add_test(tst_ruleconfig LABEL unit SOURCES unit/tst_ruleconfig.cpp unit/tst_ruleconfig_cases.cpp unit/tst_ruleconfig_cases.h LIBS vigil_core)
# collectors.processes (the Processes view).
vigil_add_test(tst_processesconfig LABEL unit SOURCES unit/tst_processesconfig.cpp LIBS vigil_core)
