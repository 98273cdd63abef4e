# bench_outbox: the notification outbox soak (permanently failing receiver, simulated hours) and
# delivery throughput; bench_outbox_receiver is the local HTTP receiver both use
# (bench/outbox_vs_python.sh runs them next to bench/outbox_peer.py).
add_executable(bench_outbox bench_outbox.cpp bench_outbox_common.cpp bench_outbox_soak.cpp
               bench_outbox.h)
target_link_libraries(bench_outbox PRIVATE vigil_core vigil_build_options Qt6::Network Qt6::Sql)
add_executable(bench_outbox_receiver outbox_receiver.cpp)
target_link_libraries(bench_outbox_receiver PRIVATE vigil_build_options Qt6::Network)
