# Structured logging (src/core/log): real files in temporary directories, real threads.
vigil_add_test(tst_logfile LABEL unit SOURCES unit/tst_logfile.cpp LIBS vigil_core)
vigil_add_test(tst_logservice LABEL unit SOURCES unit/tst_logservice.cpp LIBS vigil_core)
vigil_add_test(tst_redaction LABEL unit SOURCES unit/tst_redaction.cpp LIBS vigil_core)
