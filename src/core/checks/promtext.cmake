# Prometheus text format parsing and target ingestion.
target_sources(vigil_core PRIVATE
  checks/PromText.cpp checks/PromText.h checks/PromTarget.cpp checks/PromTarget.h)
