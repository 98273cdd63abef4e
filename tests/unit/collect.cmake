# tests for src/core/collect (fixture trees in tests/fixtures/collect)
foreach(test procfile cpusource memorysource filesystemsource disksource networksource
        systemsource temperaturesource systemsources rawcounters)
  vigil_add_test(tst_${test} LABEL unit SOURCES unit/tst_${test}.cpp unit/tst_collect_support.h
                 LIBS vigil_core)
endforeach()
# Processes view: the process table on fixture snapshots and the real /proc.
vigil_add_test(tst_processtable LABEL unit SOURCES unit/tst_processtable.cpp
               unit/tst_collect_support.h LIBS vigil_core)
