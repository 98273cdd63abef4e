target_sources(vigil_core PRIVATE
  alerts/AlertTypes.h alerts/AlertEngine.h alerts/Selector.h
  alerts/AlertEngine.cpp
  alerts/AlertEnginePrivate.cpp alerts/AlertEnginePrivate.h
  alerts/AlertRule.cpp
  alerts/CompareOp.cpp alerts/CompareOp.h
  alerts/Fingerprint.cpp alerts/Fingerprint.h
  alerts/MatcherSet.cpp alerts/MatcherSet.h
  alerts/Selector.cpp
  alerts/Template.cpp alerts/Template.h)
