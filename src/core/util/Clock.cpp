#include "Clock.h"

#include <QDateTime>

#include <time.h>

namespace vigil {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicNs() const
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace vigil
