# Payload golden tests and signatures.
vigil_add_test(tst_payloads LABEL unit SOURCES unit/tst_payloads.cpp unit/tst_payloads_support.h
  LIBS vigil_core)
vigil_add_test(tst_payloads_limits LABEL unit SOURCES unit/tst_payloads_limits.cpp
  unit/tst_payloads_support.h LIBS vigil_core)
vigil_add_test(tst_payloads_signing LABEL unit SOURCES unit/tst_payloads_signing.cpp
  unit/tst_payloads_support.h LIBS vigil_core)
