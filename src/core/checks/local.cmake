# Local probes: file, process and log checks.
target_sources(vigil_core PRIVATE
  checks/ProbeOutcome.h
  checks/FileProbe.cpp checks/FileProbe.h
  checks/ProcessProbe.cpp checks/ProcessProbe.h
  checks/LogTail.cpp checks/LogTail.h)
