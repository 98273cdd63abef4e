# bench_processes: one snapshot of every process (bench/processes_vs_psutil.sh runs it next to
# psutil's process_iter with the same fields).
add_executable(bench_processes bench_processes.cpp)
target_link_libraries(bench_processes PRIVATE vigil_core vigil_build_options)
