target_sources(vigil_core PRIVATE
  util/Clock.cpp util/Clock.h
  util/Logging.h
  util/UnixSignalWatcher.cpp util/UnixSignalWatcher.h)
