# tests for src/core/export: exposition, API JSON, listen/config parsing, real HTTP on loopback
vigil_add_test(tst_exposition LABEL unit SOURCES unit/tst_exposition.cpp
               LIBS vigil_core)
vigil_add_test(tst_exportapi LABEL unit SOURCES unit/tst_exportapi.cpp LIBS vigil_core)
vigil_add_test(tst_httpexporter LABEL unit SOURCES unit/tst_httpexporter.cpp LIBS vigil_core
               Qt6::Network)
