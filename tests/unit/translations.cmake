# Translations: the committed .ts files are complete (QXmlStreamReader), and lupdate run afresh
# on the sources finds no string without a translation (a new tr() without one fails here).
vigil_add_test(tst_translations LABEL unit SOURCES unit/tst_translations.cpp unit/TsCheck.h)
target_compile_definitions(tst_translations PRIVATE VIGIL_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

add_test(NAME tst_translations_fresh
  COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/scripts/translations-status --fresh
          --lupdate $<TARGET_FILE:Qt6::lupdate>)
set_tests_properties(tst_translations_fresh PROPERTIES LABELS unit TIMEOUT 600)
