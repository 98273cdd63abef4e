# Service checks (src/core/checks).
include(unit/checks_promtext.cmake)
include(unit/checks_local.cmake)
vigil_add_test(tst_checkscheduler LABEL unit SOURCES unit/tst_checkscheduler.cpp LIBS vigil_core)
vigil_add_test(tst_checkconfig LABEL unit SOURCES unit/tst_checkconfig.cpp LIBS vigil_core)
vigil_add_test(tst_checkservice LABEL unit SOURCES unit/tst_checkservice.cpp LIBS vigil_core)
