#include "HistoryPlan.h"

#include <algorithm>

namespace vigil::historyplan {

HistoryTier chooseTier(const HistoryQuery &query, qint64 nowMs, const HistoryRetention &retention,
                       qint64 rawStepMs)
{
    const qint64 span = std::max<qint64>(query.toMs - query.fromMs, 0);
    const qint64 budget = qint64(std::max(query.maxPoints, 1)) * MaxOversampling;
    const struct
    {
        HistoryTier tier;
        qint64 stepMs;
    } tiers[] = {{HistoryTier::Raw, std::max<qint64>(rawStepMs, 1)},
                 {HistoryTier::Minute, 60 * 1000},
                 {HistoryTier::Hour, 3600 * 1000}};
    for (const auto &t : tiers) {
        const bool covers = nowMs - retention.of(t.tier) <= query.fromMs;
        if (covers && span / t.stepMs <= budget)
            return t.tier;
    }
    return HistoryTier::Hour;
}

QList<HistoryPoint> decimate(const QList<HistoryPoint> &points, qint64 fromMs, qint64 toMs,
                             int maxPoints)
{
    maxPoints = std::max(maxPoints, 1);
    if (points.size() <= maxPoints)
        return points;
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    QList<HistoryPoint> out;
    out.reserve(maxPoints);
    qint64 currentBucket = -1;
    int merged = 0;
    for (const HistoryPoint &p : points) {
        // Points outside [from, to] go to the first or last bucket.
        const qint64 offset = std::clamp<qint64>(p.timeMs - fromMs, 0, span - 1);
        const qint64 bucket = offset * maxPoints / span;
        if (bucket != currentBucket) {
            if (merged > 1)
                out.last().avg /= merged;
            out.append(p);
            currentBucket = bucket;
            merged = 1;
            continue;
        }
        HistoryPoint &b = out.last();
        b.min = std::min(b.min, p.min);
        b.max = std::max(b.max, p.max);
        b.avg += p.avg;
        ++merged;
    }
    if (merged > 1)
        out.last().avg /= merged;
    return out;
}

} // namespace vigil::historyplan
