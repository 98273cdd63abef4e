target_sources(vigil_core PRIVATE
  collect/CollectorOptions.h
  collect/CollectorSource.h
  collect/SystemCollector.cpp collect/SystemCollector.h
  collect/SystemSources.cpp collect/SystemSources.h
  collect/ProcFile.cpp collect/ProcFile.h
  collect/ProcParse.cpp collect/ProcParse.h
  collect/ExcludeList.cpp collect/ExcludeList.h
  collect/DeviceTable.h
  collect/CpuSource.cpp collect/CpuSource.h
  collect/MemorySource.cpp collect/MemorySource.h
  collect/FilesystemSource.cpp collect/FilesystemSource.h
  collect/DiskSource.cpp collect/DiskSource.h
  collect/NetworkSource.cpp collect/NetworkSource.h
  collect/SystemSource.cpp collect/SystemSource.h
  collect/TemperatureSource.cpp collect/TemperatureSource.h)
# Processes view: the process table and the per-pid files it shares with the process check.
target_sources(vigil_core PRIVATE
  collect/PidFiles.cpp collect/PidFiles.h
  collect/ProcessTable.cpp collect/ProcessTable.h
  collect/ProcessTypes.h)
