target_sources(vigil_core PRIVATE
  config/AlertConfigReader.cpp config/AlertConfigReader.h
  config/AlertConfigWriter.cpp config/AlertConfigWriter.h
  config/ChannelConfig.cpp config/ChannelConfig.h
  config/Config.cpp config/Config.h
  config/ConfigFile.cpp config/ConfigFile.h
  config/ConfigReader.cpp config/ConfigReader.h
  config/ConfigSchema.h
  config/ConfigText.cpp config/ConfigText.h
  config/Duration.cpp config/Duration.h
  config/ExporterConfig.cpp config/ExporterConfig.h
  config/ObjectReader.cpp config/ObjectReader.h)
target_sources(vigil_core PRIVATE
  config/CheckConfigReader.cpp config/CheckConfigReader.h
  config/CheckConfigWriter.cpp config/CheckConfigWriter.h)
# collectors.processes (the Processes view).
target_sources(vigil_core PRIVATE config/ProcessesConfig.cpp config/ProcessesConfig.h)
target_sources(vigil_core PRIVATE
  config/HistoryConfig.cpp config/HistoryConfig.h)
