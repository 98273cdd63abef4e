# Prometheus text parser and target ingestion tests.
vigil_add_test(tst_promtext LABEL unit SOURCES unit/tst_promtext.cpp LIBS vigil_core)
vigil_add_test(tst_promtarget LABEL unit SOURCES unit/tst_promtarget.cpp LIBS vigil_core)
# Needs /usr/bin/prometheus-node-exporter (Debian package prometheus-node-exporter); skips without.
vigil_add_test(tst_promtarget_node_exporter LABEL integration
  SOURCES integration/tst_promtarget_node_exporter.cpp LIBS vigil_core TIMEOUT 60)
