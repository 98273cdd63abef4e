#pragma once

#include "storage/HistoryTypes.h"

#include <QList>

namespace vigil::historyplan {

// A tier may return up to this many times maxPoints rows before a coarser one is preferred:
// decimation then still has real minima and maxima to keep.
constexpr int MaxOversampling = 32;

// The finest tier whose retention reaches back to query.fromMs (seen from nowMs) and whose
// expected row count, at rawStepMs for raw samples, stays within MaxOversampling x maxPoints.
// The hour tier when none qualifies.
HistoryTier chooseTier(const HistoryQuery &query, qint64 nowMs, const HistoryRetention &retention,
                       qint64 rawStepMs);

// At most maxPoints points: [fromMs, toMs] cut into maxPoints equal buckets, each bucket's
// points merged into one (time of its first point, lowest min, mean of avg, highest max).
QList<HistoryPoint> decimate(const QList<HistoryPoint> &points, qint64 fromMs, qint64 toMs,
                             int maxPoints);

} // namespace vigil::historyplan
