# Alert persistence (src/core/storage): real SQLite in temporary directories.
vigil_add_test(tst_alertstore LABEL unit
  SOURCES unit/tst_alertstore.cpp unit/tst_alertstore_support.h LIBS vigil_core)
vigil_add_test(tst_alertstore_records LABEL unit
  SOURCES unit/tst_alertstore_records.cpp LIBS vigil_core)
# The same binary against a real full disk: a 256 KiB tmpfs in a private mount namespace.
add_test(NAME tst_alertstore_fulldisk
  COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with_small_fs.sh $<TARGET_FILE:tst_alertstore>
          fullDiskKeepsEventsAndWritesThemWhenSpaceReturns)
set_tests_properties(tst_alertstore_fulldisk PROPERTIES LABELS unit TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
# Series history (history.db): the database, the writer on the storage thread, the engine.
vigil_add_test(tst_historydb LABEL unit SOURCES unit/tst_historydb.cpp LIBS vigil_core Qt6::Sql)
vigil_add_test(tst_historywriter LABEL unit SOURCES unit/tst_historywriter.cpp LIBS vigil_core)
vigil_add_test(tst_historyconfig LABEL unit SOURCES unit/tst_historyconfig.cpp LIBS vigil_core)
