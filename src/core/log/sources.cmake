# Structured logging: categories, the JSON-lines message handler, rotation and the UI tail.
target_sources(vigil_core PRIVATE
  log/LogCategories.cpp log/LogCategories.h
  log/LogEntry.cpp log/LogEntry.h
  log/LogFile.cpp log/LogFile.h
  log/LogQueue.cpp log/LogQueue.h
  log/LogScope.cpp log/LogScope.h
  log/LogService.cpp log/LogService.h
  log/RecentLog.cpp log/RecentLog.h
  log/LogWriter.cpp log/LogWriter.h
  log/Redaction.cpp log/Redaction.h)
