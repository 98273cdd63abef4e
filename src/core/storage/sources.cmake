target_sources(vigil_core PRIVATE
  storage/AlertDatabase.cpp storage/AlertDatabase.h
  storage/AlertRecords.cpp storage/AlertRecords.h
  storage/AlertRows.cpp storage/AlertRows.h
  storage/AlertStore.cpp storage/AlertStore.h
  storage/StorageMetaTypes.cpp storage/StorageMetaTypes.h
  storage/StorageThread.cpp storage/StorageThread.h)
# Series history (history.db): schema, rollups, tier choice, the writer on the storage thread.
target_sources(vigil_core PRIVATE
  storage/HistoryDatabase.cpp storage/HistoryDatabase.h
  storage/HistoryPlan.cpp storage/HistoryPlan.h
  storage/HistorySql.cpp storage/HistorySql.h
  storage/HistoryTypes.cpp storage/HistoryTypes.h
  storage/HistoryWriter.cpp storage/HistoryWriterQuery.cpp storage/HistoryWriter.h
  storage/SqliteFile.cpp storage/SqliteFile.h)
