# Service checks (src/core/checks).
include(unit/checks_promtext.cmake)
include(unit/checks_local.cmake)
