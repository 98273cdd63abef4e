# Alert persistence (src/core/storage): real SQLite in temporary directories.
vigil_add_test(tst_alertstore LABEL unit
  SOURCES unit/tst_alertstore.cpp unit/tst_alertstore_support.h LIBS vigil_core)
vigil_add_test(tst_alertstore_records LABEL unit
  SOURCES unit/tst_alertstore_records.cpp LIBS vigil_core)
