target_sources(vigil_core PRIVATE
  engine/Engine.cpp engine/Engine.h
  engine/Health.cpp engine/Health.h
  engine/Report.cpp engine/Report.h
  engine/ReportRunner.cpp engine/ReportRunner.h)
