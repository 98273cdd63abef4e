# Service checks end to end against peers on 127.0.0.1 that the tests start themselves:
# integration/check_server.py (HTTP; HTTPS with certificates openssl makes at test time; TCP
# banner and echo; Prometheus expositions) and /usr/sbin/dnsmasq on 127.0.0.1:53 (QDnsLookup
# in Qt 6.4 only queries port 53: the DNS cases skip unless dnsmasq can bind it).
set(VIGIL_CHECK_SERVER ${CMAKE_CURRENT_SOURCE_DIR}/integration/check_server.py)
foreach(name tst_httpcheck tst_httpcheck_tls tst_netchecks)
  vigil_add_test(${name} LABEL integration SOURCES integration/${name}.cpp
    LIBS vigil_core Qt6::Network TIMEOUT 60
    ENVIRONMENT VIGIL_CHECK_SERVER=${VIGIL_CHECK_SERVER})
  # The same path for running the binary outside CTest.
  target_compile_definitions(${name} PRIVATE VIGIL_CHECK_SERVER="${VIGIL_CHECK_SERVER}")
endforeach()
