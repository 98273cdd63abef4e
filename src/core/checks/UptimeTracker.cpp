#include "UptimeTracker.h"

namespace vigil {

void UptimeTracker::record(qint64 timeMs, bool up)
{
    const qint64 minute = timeMs / BucketMs;
    Bucket &b = m_buckets[int(minute % Buckets)];
    if (b.minute != minute)
        b = Bucket{minute, 0, 0}; // a day-old bucket is reused
    b.up += up ? 1 : 0;
    ++b.total;
}

std::optional<double> UptimeTracker::percent(qint64 nowMs) const
{
    const qint64 minute = nowMs / BucketMs;
    qint64 up = 0;
    qint64 total = 0;
    for (const Bucket &b : m_buckets) {
        if (b.minute >= 0 && b.minute > minute - Buckets && b.minute <= minute) {
            up += b.up;
            total += b.total;
        }
    }
    if (total == 0)
        return std::nullopt;
    return 100.0 * double(up) / double(total);
}

qint64 UptimeTracker::coveredSinceMs(qint64 nowMs) const
{
    const qint64 minute = nowMs / BucketMs;
    qint64 oldest = minute;
    for (const Bucket &b : m_buckets) {
        if (b.minute >= 0 && b.minute > minute - Buckets && b.total > 0)
            oldest = qMin(oldest, b.minute);
    }
    return oldest * BucketMs;
}

} // namespace vigil
