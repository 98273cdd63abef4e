#pragma once

#include "series/Sample.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace vigil {

// One reader of one kernel source (/proc/stat, /proc/meminfo, ...). Stateful: rate sources keep
// the previous counters. Lives in the collector thread; never touched from elsewhere.
class CollectorSource
{
public:
    virtual ~CollectorSource() = default;
    // Short identifier used in logs and in config (e.g. "cpu", "filesystem").
    virtual QString name() const = 0;
    // Reads the source once and appends samples. monotonicNs is the read time on a monotonic
    // clock; rates divide by the real elapsed time between two reads. A source that cannot
    // read its files appends nothing for the affected series (never a made-up zero) and logs
    // one warning per distinct problem, not one per tick.
    virtual void collect(qint64 monotonicNs, QList<SeriesSample> &out) = 0;

protected:
    // True the first time a given problem key is seen: callers log only then.
    bool firstTime(const QString &problemKey) { return !std::exchange(m_seen[problemKey], true); }

private:
    QHash<QString, bool> m_seen;
};

} // namespace vigil
