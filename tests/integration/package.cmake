# The Debian package: built by CPack from this build tree (fixture package_build, no second
# compile), unpacked into package-test/root, then checked with Debian 12's tools.
set(VIGIL_PACKAGE_TEST_DIR ${CMAKE_BINARY_DIR}/package-test)
set(VIGIL_PACKAGE_TEST_ENV "XDG_RUNTIME_DIR=${VIGIL_TEST_RUNTIME_DIR};LC_ALL=C.UTF-8")

add_test(NAME package_build
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/integration/package_build.sh
                 ${CMAKE_CPACK_COMMAND} ${CMAKE_BINARY_DIR} ${VIGIL_PACKAGE_TEST_DIR})
set_tests_properties(package_build PROPERTIES
  LABELS integration TIMEOUT 300 FIXTURES_SETUP vigil_deb ENVIRONMENT "${VIGIL_PACKAGE_TEST_ENV}")

add_test(NAME package_contents
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/integration/package_contents.py
                 ${VIGIL_PACKAGE_TEST_DIR} ${PROJECT_VERSION} ${VIGIL_APP_ID} ${PROJECT_SOURCE_DIR})

add_test(NAME desktop_entry_valid
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/integration/package_metadata.sh
                 ${VIGIL_PACKAGE_TEST_DIR}/root ${VIGIL_APP_ID})

add_test(NAME package_lintian
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/integration/package_lintian.sh ${VIGIL_PACKAGE_TEST_DIR})

set_tests_properties(package_contents desktop_entry_valid package_lintian PROPERTIES
  LABELS integration TIMEOUT 180 FIXTURES_REQUIRED vigil_deb
  ENVIRONMENT "${VIGIL_PACKAGE_TEST_ENV}")
