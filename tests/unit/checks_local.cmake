# Local probe tests: file, process, log.
vigil_add_test(tst_fileprobe LABEL unit SOURCES unit/tst_fileprobe.cpp LIBS vigil_core)
vigil_add_test(tst_processprobe LABEL unit SOURCES unit/tst_processprobe.cpp LIBS vigil_core)
vigil_add_test(tst_logtail LABEL unit SOURCES unit/tst_logtail.cpp LIBS vigil_core)
