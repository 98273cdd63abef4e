target_sources(vigil_gui PRIVATE)
