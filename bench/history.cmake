# bench_history: history.db insert throughput, a 30-day query, size per series per day
# (bench/history_vs_python.sh runs it next to bench/history_peer.py).
add_executable(bench_history bench_history.cpp)
target_link_libraries(bench_history PRIVATE vigil_core vigil_build_options Qt6::Sql)
