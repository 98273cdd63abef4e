target_sources(vigil_core PRIVATE
  storage/AlertDatabase.cpp storage/AlertDatabase.h
  storage/AlertRecords.cpp storage/AlertRecords.h
  storage/AlertRows.cpp storage/AlertRows.h
  storage/AlertStore.cpp storage/AlertStore.h
  storage/StorageMetaTypes.cpp storage/StorageMetaTypes.h
  storage/StorageThread.cpp storage/StorageThread.h)
