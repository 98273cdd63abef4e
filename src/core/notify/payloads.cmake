# Channel payload rendering and signing.
target_sources(vigil_core PRIVATE
  notify/Payloads.cpp notify/Payloads.h
  notify/PayloadText.cpp notify/PayloadText.h
  notify/PayloadsChat.cpp
  notify/PayloadsTeams.cpp
  notify/PayloadsAlerting.cpp
  notify/PayloadsPush.cpp
  notify/Signing.cpp notify/Signing.h)
