# Qt Linguist, included by src/gui (vigil_gui owns the catalogue for the strings of vigil_core,
# vigil_gui and the executable: one translator covers them all).
# - The .qm files are compiled by lrelease and embedded in vigil_gui under :/i18n.
# - `cmake --build build --target update_translations` refreshes translations/*.ts from every
#   tr() under src/ and ui/ (lupdate -no-obsolete -locations none); scripts/translations-fill
#   then fills in what the mapping files under scripts/i18n/ know.
set(VIGIL_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/vigil_de.ts
  ${PROJECT_SOURCE_DIR}/translations/vigil_es.ts)
set(VIGIL_LUPDATE_ARGS -no-obsolete -locations none -silent
  ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/ui)

qt_add_lrelease(vigil_gui TS_FILES ${VIGIL_TS_FILES} QM_FILES_OUTPUT_VARIABLE vigil_qm_files)
# Static vigil_gui: the resource lands in an object library linked into every user of vigil_gui.
# That library must not run uic/moc itself, or it claims the same ui_*.h as vigil_gui.
qt_add_resources(vigil_gui vigil_translations
  PREFIX /i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${vigil_qm_files}
  OUTPUT_TARGETS vigil_translation_targets)
if(vigil_translation_targets)
  set_target_properties(${vigil_translation_targets} PROPERTIES AUTOUIC OFF AUTOMOC OFF AUTORCC OFF)
endif()

# Not qt_add_lupdate: its project file lists single sources, and lupdate's own directory scan
# is what picks up new files without a CMake change.
add_custom_target(update_translations
  COMMAND Qt6::lupdate ${VIGIL_LUPDATE_ARGS} -ts ${VIGIL_TS_FILES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "Updating translations/*.ts from src/ and ui/"
  VERBATIM)
