#pragma once

#include "series/SeriesId.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace vigil {

// A range request for one series; answered by Engine::historyReady. The tier is chosen by
// the storage thread (docs/storage.md, "History"): the finest one whose retention covers fromMs
// without returning far more rows than maxPoints.
struct HistoryQuery
{
    SeriesId id;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int maxPoints = 2000;
};

enum class HistoryTier { Raw, Minute, Hour };

// One stored sample (min == avg == max) or one rollup bucket, or several merged by decimation.
struct HistoryPoint
{
    qint64 timeMs = 0;
    double min = 0;
    double avg = 0;
    double max = 0;
    friend bool operator==(const HistoryPoint &a, const HistoryPoint &b)
    {
        return a.timeMs == b.timeMs && a.min == b.min && a.avg == b.avg && a.max == b.max;
    }
};

struct HistoryResult
{
    SeriesId id;
    HistoryTier tier = HistoryTier::Raw;
    QList<HistoryPoint> points; // oldest first
    QString error;              // empty when the query ran (points may still be empty)
};

// Retention per tier, in milliseconds (config keys history.*_retention).
struct HistoryRetention
{
    qint64 rawMs = 48LL * 3600 * 1000;
    qint64 minuteMs = 30LL * 24 * 3600 * 1000;
    qint64 hourMs = 400LL * 24 * 3600 * 1000;
    qint64 of(HistoryTier tier) const
    {
        return tier == HistoryTier::Raw ? rawMs : tier == HistoryTier::Minute ? minuteMs : hourMs;
    }
};

// "raw", "minute", "hour".
QString historyTierName(HistoryTier tier);
// Registers the types above (and their lists) for queued calls. Idempotent.
void registerHistoryMetaTypes();

} // namespace vigil

Q_DECLARE_METATYPE(vigil::HistoryQuery)
Q_DECLARE_METATYPE(vigil::HistoryPoint)
Q_DECLARE_METATYPE(vigil::HistoryResult)
