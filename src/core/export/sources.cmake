# Prometheus exposition, health endpoints and the JSON API on Qt's HttpServer module.
find_package(Qt6 REQUIRED COMPONENTS HttpServer)
target_link_libraries(vigil_core PRIVATE Qt6::HttpServer)
target_sources(vigil_core PRIVATE
  export/ApiJson.cpp export/ApiJson.h
  export/ExporterThread.cpp export/ExporterThread.h
  export/ExportState.cpp export/ExportState.h
  export/Exposition.cpp export/Exposition.h
  export/HttpExporter.cpp export/HttpExporter.h
  export/ListenAddress.cpp export/ListenAddress.h
  export/MetricsRenderer.cpp export/MetricsRenderer.h)
