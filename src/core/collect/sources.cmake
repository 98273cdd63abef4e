target_sources(vigil_core PRIVATE
  collect/CollectorOptions.h
  collect/CollectorSource.h
  collect/SystemCollector.cpp collect/SystemCollector.h
  collect/SystemSources.cpp collect/SystemSources.h)
