# bench_checks: CPU per HTTP check and the GUI event-loop latency while 200 checks run every 10 s
# against a local server (bench/checks_vs_python.sh runs it next to bench/checks_peer.py).
add_executable(bench_checks bench_checks.cpp)
target_link_libraries(bench_checks PRIVATE vigil_core vigil_build_options Qt6::Widgets)
