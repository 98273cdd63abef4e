#pragma once

#include "Sample.h"
#include "SampleRing.h"
#include "SeriesId.h"

#include <QHash>
#include <QList>

#include <optional>

namespace vigil {

// In-memory recent history: one ring buffer per series (default one hour at 1 s).
// Lives in one thread (the engine's); it is plain memory, so reading it is cheap.
class MetricStore
{
public:
    explicit MetricStore(qsizetype capacityPerSeries = 3600);

    void setCapacityPerSeries(qsizetype capacity);
    qsizetype capacityPerSeries() const { return m_capacity; }

    // Samples older than the series' last one are dropped: rings stay time-ordered.
    void append(const SampleBatch &batch);
    void append(const SeriesId &id, const Sample &sample);

    QList<SeriesId> seriesIds() const;                      // sorted
    QList<SeriesId> seriesNamed(const QString &name) const; // sorted
    bool contains(const SeriesId &id) const { return m_index.contains(id); }
    std::optional<Sample> latest(const SeriesId &id) const;
    // The same, and in *spacingMs the time between the last two samples (0 with fewer).
    std::optional<Sample> latest(const SeriesId &id, qint64 *spacingMs) const;
    qint64 lastTimeMs() const { return m_lastTimeMs; }
    // Changes whenever a series is added (0 while empty). Values are unique across stores, so a
    // cache keyed on it alone (the alert engine's rule matches) never confuses two stores.
    quint64 generation() const { return m_generation; }

    // Samples with fromMs <= time <= toMs, oldest first.
    QList<Sample> range(const SeriesId &id, qint64 fromMs, qint64 toMs) const;
    // range() reduced to at most 2 x buckets points: per equal-width time bucket, its minimum
    // and maximum in time order, so spikes survive decimation.
    QList<Sample> decimated(const SeriesId &id, qint64 fromMs, qint64 toMs, int buckets) const;

    static QList<Sample> decimateMinMax(const QList<Sample> &samples, qint64 fromMs, qint64 toMs,
                                        int buckets);

private:
    qsizetype m_capacity;
    qint64 m_lastTimeMs = 0;
    quint64 m_generation = 0;
    QHash<SeriesId, qsizetype> m_index;
    QList<SampleRing> m_rings;
};

} // namespace vigil
