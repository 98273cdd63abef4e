#pragma once

#include "util/Clock.h"

#include <chrono>

namespace vigil {

// Deterministic clock for tests: time moves only when advance() is called.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1795254000000) // 2026-11-21T09:40:00Z
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    qint64 monotonicNs() const override { return m_monoNs; }
    void advance(std::chrono::milliseconds d)
    {
        m_nowMs += d.count();
        m_monoNs += d.count() * 1000000;
    }
    // A wall-clock jump (suspend/resume, NTP) without monotonic progress.
    void jumpWallClock(std::chrono::milliseconds d) { m_nowMs += d.count(); }

private:
    qint64 m_nowMs;
    qint64 m_monoNs = 1000000000;
};

} // namespace vigil
