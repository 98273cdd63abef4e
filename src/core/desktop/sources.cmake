# Desktop integration without widgets: single instance, autostart entry, build information.
target_sources(vigil_core PRIVATE
  desktop/AutostartEntry.cpp desktop/AutostartEntry.h
  desktop/BuildInfo.cpp desktop/BuildInfo.h
  desktop/SingleInstance.cpp desktop/SingleInstance.h)

# The revision as of configure time (re-run cmake to refresh it); "unknown" outside a checkout.
find_package(Git QUIET)
set(VIGIL_GIT_REVISION "unknown")
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty
                  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                  OUTPUT_VARIABLE _vigil_git OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _vigil_git_rc ERROR_QUIET)
  if(_vigil_git_rc EQUAL 0 AND _vigil_git)
    set(VIGIL_GIT_REVISION "${_vigil_git}")
  endif()
endif()
set(_vigil_build_type "${CMAKE_BUILD_TYPE}")
if(NOT _vigil_build_type)
  set(_vigil_build_type "unspecified")
endif()
# Only this file sees them, so a new revision recompiles one file.
set_source_files_properties(desktop/BuildInfo.cpp PROPERTIES COMPILE_DEFINITIONS
  "VIGIL_GIT_REVISION=\"${VIGIL_GIT_REVISION}\";VIGIL_BUILD_TYPE=\"${_vigil_build_type}\"")
