target_sources(vigil_core PRIVATE alerts/AlertTypes.h alerts/AlertEngine.h alerts/Selector.h)
