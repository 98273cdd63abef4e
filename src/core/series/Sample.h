#pragma once

#include "SeriesId.h"

#include <QList>
#include <QMetaType>

namespace vigil {

// One observation of one series. Time is wall-clock milliseconds since the epoch.
struct Sample
{
    qint64 timeMs = 0;
    double value = 0.0;
    friend bool operator==(const Sample &a, const Sample &b)
    {
        return a.timeMs == b.timeMs && a.value == b.value;
    }
};

struct SeriesSample
{
    SeriesId id;
    double value = 0.0;
};

// Everything one producer observed at one instant; crosses threads by value.
struct SampleBatch
{
    qint64 timeMs = 0;
    QList<SeriesSample> samples;

    void add(const SeriesId &id, double value) { samples.append({id, value}); }
    void add(const QString &name, double value) { samples.append({SeriesId(name), value}); }
    // First sample of the given series, or nullptr.
    const SeriesSample *find(const SeriesId &id) const;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::SampleBatch)
