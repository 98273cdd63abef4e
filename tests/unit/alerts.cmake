# tests for src/core/alerts
vigil_add_test(tst_selector LABEL unit SOURCES unit/tst_selector.cpp LIBS vigil_core)
vigil_add_test(tst_fingerprint LABEL unit SOURCES unit/tst_fingerprint.cpp LIBS vigil_core)
vigil_add_test(tst_template LABEL unit SOURCES unit/tst_template.cpp LIBS vigil_core)
vigil_add_test(tst_alertrule LABEL unit SOURCES unit/tst_alertrule.cpp LIBS vigil_core)
vigil_add_test(tst_alertengine LABEL unit SOURCES unit/tst_alertengine.cpp unit/tst_alert_support.h LIBS vigil_core)
vigil_add_test(tst_alertnotify LABEL unit SOURCES unit/tst_alertnotify.cpp unit/tst_alert_support.h LIBS vigil_core)
