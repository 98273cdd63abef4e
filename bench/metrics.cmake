# bench_metrics: /metrics render and serving time with 2 000 series (bench/metrics_vs_node_exporter.sh
# times its HTTP answers next to node_exporter's).
add_executable(bench_metrics bench_metrics.cpp)
target_link_libraries(bench_metrics PRIVATE vigil_core vigil_build_options Qt6::Test)
