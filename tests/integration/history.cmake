# Series history on a real full and read-only file system: a private 8 MiB tmpfs.
add_executable(tst_history_fulldisk integration/tst_history_fulldisk.cpp)
set_target_properties(tst_history_fulldisk PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
target_link_libraries(tst_history_fulldisk PRIVATE vigil_core Qt6::Test vigil_build_options)
target_include_directories(tst_history_fulldisk PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
add_test(NAME tst_history_fulldisk
  COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with_small_fs.sh $<TARGET_FILE:tst_history_fulldisk>)
set_tests_properties(tst_history_fulldisk PROPERTIES LABELS integration TIMEOUT 120
  ENVIRONMENT "LC_ALL=C.UTF-8;VIGIL_SMALL_FS_SIZE=8m")
