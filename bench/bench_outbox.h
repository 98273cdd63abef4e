#pragma once

// Shared parts of bench_outbox (bench/bench_outbox.cpp, bench/bench_outbox_soak.cpp): the
// receiver process, the alert rendered through the real payload code, process figures.

#include "notify/Dispatcher.h"
#include "notify/NotifyTypes.h"
#include "util/Clock.h"

#include <QProcess>
#include <QString>
#include <QUrl>

namespace vigil::bench {

// Simulated time: moves only when the soak advances it.
class SimClock final : public Clock
{
public:
    explicit SimClock(qint64 startMs)
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    qint64 monotonicNs() const override { return m_monoNs; }
    void advanceMs(qint64 ms)
    {
        m_nowMs += ms;
        m_monoNs += ms * 1000000;
    }

private:
    qint64 m_nowMs;
    qint64 m_monoNs = 1000000000;
};

// bench_outbox_receiver (next to this binary) answering `status` to everything, in its own
// process so its CPU and memory count for neither side.
class ReceiverProcess final
{
public:
    ~ReceiverProcess();
    QString start(int status); // empty on success, else why not
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

// Requests answered so far by a bench_outbox_receiver at `url` (GET /_count); -1 if unknown.
qint64 receiverCount(const QUrl &url);
// A loopback port that refuses connections for as long as this object lives.
class RefusingPort final
{
public:
    RefusingPort();
    ~RefusingPort();
    Q_DISABLE_COPY_MOVE(RefusingPort)
    quint16 port() const { return m_port; } // 0 when no port could be reserved

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

qint64 rssKiB();                      // VmRSS of /proc/self/status
double cpuSeconds();                  // user + system CPU of the whole process (all threads)
qint64 fileSize(const QString &path); // 0 when missing

// A webhook channel to `url`, with an HMAC secret (every attempt is signed, as configured
// webhooks are) and no grouping window: one message per alert event.
ChannelSpec benchChannel(const QString &name, const QUrl &url);
// Firing event number n of a CPU alert on "bench-host", as the engine hands it to the router.
NotifyAlert firingAlert(int n, qint64 nowMs);

struct SoakOptions
{
    double hours = 1;
    bool refuse = false; // connection refused instead of HTTP 500
    Dispatcher::Options dispatcher;
};
int runSoak(const SoakOptions &options); // bench_outbox_soak.cpp

} // namespace vigil::bench
