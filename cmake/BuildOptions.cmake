# Project-wide flags live in one INTERFACE target that every Vigil target links.
add_library(vigil_build_options INTERFACE)
target_compile_features(vigil_build_options INTERFACE cxx_std_17)
target_compile_options(vigil_build_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local)
if(VIGIL_WERROR)
  target_compile_options(vigil_build_options INTERFACE -Werror)
endif()
target_compile_definitions(vigil_build_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  VIGIL_VERSION="${PROJECT_VERSION}"
  VIGIL_APP_ID="${VIGIL_APP_ID}")
if(VIGIL_SANITIZE)
  target_compile_options(vigil_build_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(vigil_build_options INTERFACE -fsanitize=address,undefined)
endif()
