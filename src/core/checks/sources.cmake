# Service checks (src/core/checks): definitions, probes, scheduling and the checks thread.
# The Prometheus text parser and the local probes (file, process, log) list their own files.
include(checks/promtext.cmake)
include(checks/local.cmake)
target_sources(vigil_core PRIVATE
  checks/CheckHealth.cpp checks/CheckHealth.h
  checks/CheckProbe.h
  checks/CheckScheduler.cpp checks/CheckScheduler.h
  checks/CheckService.cpp checks/CheckService.h
  checks/CheckThread.cpp checks/CheckThread.h
  checks/CheckTypes.cpp checks/CheckTypes.h
  checks/CheckValidation.cpp checks/CheckValidation.h
  checks/HttpCheck.cpp checks/HttpCheck.h
  checks/HttpFetch.cpp checks/HttpFetch.h
  checks/LocalChecks.cpp checks/LocalChecks.h
  checks/NetworkChecks.cpp checks/NetworkChecks.h
  checks/ProbeFactory.cpp checks/ProbeFactory.h
  checks/UptimeTracker.cpp checks/UptimeTracker.h)
