target_sources(vigil_core PRIVATE
  engine/ConfigWriter.cpp engine/ConfigWriter.h
  engine/Engine.cpp engine/Engine.h
  engine/EngineChecks.cpp
  engine/EngineExport.cpp
  engine/EngineHistory.cpp
  engine/EngineNotify.cpp
  engine/Health.cpp engine/Health.h
  engine/Report.cpp engine/Report.h
  engine/ReportRunner.cpp engine/ReportRunner.h
  engine/RuleCheck.cpp engine/RuleCheck.h)
# Processes view: snapshots and signals through the collector thread.
target_sources(vigil_core PRIVATE engine/EngineProcesses.cpp)
# Alert transitions in the structured log.
target_sources(vigil_core PRIVATE engine/AlertLog.cpp engine/AlertLog.h)
