target_sources(vigil_core PRIVATE
  series/MetricStore.cpp series/MetricStore.h
  series/Sample.cpp series/Sample.h
  series/SampleRing.cpp series/SampleRing.h
  series/SeriesId.cpp series/SeriesId.h
  series/SeriesRegistry.cpp series/SeriesRegistry.h
  series/Unit.cpp series/Unit.h)
