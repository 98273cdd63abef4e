#pragma once

#include <QtGlobal>

namespace vigil {

// Time source, injectable so timing logic is tested exactly (tests use FakeClock).
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock milliseconds since the epoch: timestamps of samples.
    virtual qint64 nowMs() const = 0;
    // Monotonic nanoseconds: elapsed time for rates, immune to wall-clock jumps.
    virtual qint64 monotonicNs() const = 0;

    // The process-wide real clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicNs() const override;
};

} // namespace vigil
