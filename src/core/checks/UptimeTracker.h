#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace vigil {

// Share of successful attempts over the last 24 hours, in one-minute buckets: bounded memory
// whatever the check interval.
class UptimeTracker
{
public:
    static constexpr qint64 BucketMs = 60 * 1000;
    static constexpr int Buckets = 24 * 60;

    void record(qint64 timeMs, bool up);
    // Percent in [0, 100] over the buckets within 24 h of nowMs; nullopt without attempts.
    std::optional<double> percent(qint64 nowMs) const;
    // Start of the oldest bucket still counted (for "since ..." when less than 24 h exist).
    qint64 coveredSinceMs(qint64 nowMs) const;

private:
    struct Bucket
    {
        qint64 minute = -1;
        int up = 0;
        int total = 0;
    };
    QList<Bucket> m_buckets = QList<Bucket>(Buckets);
};

} // namespace vigil
