// bench_outbox --soak: a permanently failing receiver, one alert event per simulated second,
// the real NotificationRouter, payload rendering, signing, Dispatcher and outbox.db. See the
// usage in bench_outbox.cpp.
//
// Simulated time: the Dispatcher and its Outbox read a SimClock the soak advances by one
// second per step; after each step the soak calls Dispatcher::runDueWork() (what the wake and
// prune timers do in production, judged by the injected clock). Attempts are real HTTP
// requests to 127.0.0.1; before the next simulated second the soak waits (in real time) until
// no item is "sending", so every reply is handled at the simulated second it was sent in.
#include "bench_outbox.h"

#include "notify/Dispatcher.h"
#include "notify/Outbox.h"
#include "notify/Payloads.h"
#include "notify/Router.h"
#include "notify/Signing.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace vigil::bench {

namespace {

constexpr qint64 kStepMs = 1000;
constexpr qint64 kSampleMs = 5 * 60 * 1000;

struct Sample
{
    qint64 simMs = 0;
    qint64 rss = 0;
};

struct Rows
{
    qint64 pending = 0, sending = 0, sent = 0, failed = 0, attempts = 0;
    qint64 oldestPendingMs = 0; // retry_since_ms of the oldest pending item, 0 for none
};

} // namespace

class Soak final : public QObject
{
public:
    explicit Soak(const SoakOptions &o)
        : m_options(o)
        , m_clock(QDateTime::currentMSecsSinceEpoch())
        , m_dispatcher(m_clock, o.dispatcher, signingHeaders)
    {}
    ~Soak() override
    {
        m_monitor.close();
        m_monitor = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("monitor"));
    }
    int run();

private:
    void step();
    void sample();
    void finish();
    Rows rows();

    SoakOptions m_options;
    SimClock m_clock;
    Dispatcher m_dispatcher;
    NotificationRouter m_router;
    ChannelSpec m_channel;
    QTemporaryDir m_tmp;
    ReceiverProcess m_receiver;
    RefusingPort m_refusing;
    QSqlDatabase m_monitor; // a read-only connection of its own
    QElapsedTimer m_real;
    qint64 m_startMs = 0, m_endMs = 0, m_waitStartMs = -1;
    qint64 m_enqueued = 0, m_delivered = 0, m_failedFull = 0, m_failedAge = 0, m_failedOther = 0;
    qint64 m_maxPending = 0, m_maxRows = 0, m_maxAgeSeenMs = 0, m_maxFileBytes = 0;
    QStringList m_errors;
    QList<Sample> m_samples;
    int m_events = 0;
};

Rows Soak::rows()
{
    Rows r;
    QSqlQuery q(m_monitor);
    if (q.exec(QStringLiteral("SELECT state, COUNT(*), SUM(attempts) FROM items GROUP BY state"))) {
        while (q.next()) {
            const QString state = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            (state == QLatin1String("pending")   ? r.pending
             : state == QLatin1String("sending") ? r.sending
             : state == QLatin1String("sent")    ? r.sent
                                                 : r.failed) = n;
            r.attempts += q.value(2).toLongLong();
        }
    }
    if (q.exec(QStringLiteral("SELECT MIN(retry_since_ms) FROM items WHERE state = 'pending'")) &&
        q.next() && !q.value(0).isNull())
        r.oldestPendingMs = q.value(0).toLongLong();
    return r;
}

int Soak::run()
{
    if (!m_tmp.isValid())
        return std::fprintf(stderr, "bench_outbox: no temporary directory\n"), 1;
    QUrl url;
    if (m_options.refuse) {
        if (m_refusing.port() == 0)
            return std::fprintf(stderr, "bench_outbox: no loopback port to refuse on\n"), 1;
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_refusing.port()));
    } else {
        const QString error = m_receiver.start(500);
        if (!error.isEmpty())
            return std::fprintf(stderr, "bench_outbox: %s\n", qPrintable(error)), 1;
        url = m_receiver.url();
    }
    m_channel = benchChannel(QStringLiteral("soak"), url);
    connect(&m_dispatcher, &Dispatcher::enqueued, this, [this] { ++m_enqueued; });
    connect(&m_dispatcher, &Dispatcher::delivered, this, [this] { ++m_delivered; });
    connect(&m_dispatcher, &Dispatcher::deliveryFailed, this,
            [this](qint64, const QString &, const QString &reason) {
                if (reason.startsWith(QLatin1String("outbox full")))
                    ++m_failedFull;
                else if (reason.startsWith(QLatin1String("gave up")))
                    ++m_failedAge;
                else
                    ++m_failedOther;
            });
    connect(&m_dispatcher, &Dispatcher::outboxError, this, [this](const QString &message) {
        if (!m_errors.contains(message))
            m_errors.append(message);
    });
    m_dispatcher.open(m_tmp.path());
    m_dispatcher.setChannels({m_channel});
    m_router.setChannels({m_channel});
    m_monitor = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("monitor"));
    m_monitor.setDatabaseName(QDir(m_tmp.path()).filePath(Outbox::fileName()));
    m_monitor.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_monitor.open())
        return std::fprintf(stderr, "bench_outbox: cannot read outbox.db\n"), 1;

    const Dispatcher::Options &d = m_dispatcher.options();
    std::printf("soak: %.2f simulated h, 1 alert event/s to a %s (%s); outbox %s\n",
                m_options.hours,
                m_options.refuse ? "port refusing connections" : "receiver answering 500",
                qPrintable(redactedUrl(url)), qPrintable(m_tmp.path()));
    std::printf("soak: max pending %d, max age %.2f h, back-off %lld ms .. %lld ms, prune every "
                "%.2f h, at most %d finished items kept\n",
                d.maxPending, d.maxAgeMs / 3.6e6, d.retry.backoffBaseMs, d.retry.backoffCapMs,
                d.pruneIntervalMs / 3.6e6, Outbox::MaxFinishedItems);
    std::printf("%8s %9s %8s %8s %8s %8s %9s %10s %9s %8s %8s\n", "sim", "enqueued", "pending",
                "sending", "failed", "attempts", "oldest_h", "db_KiB", "rss_KiB", "real_s",
                "cpu_s");
    m_startMs = m_clock.nowMs();
    m_endMs = m_startMs + qint64(m_options.hours * 3600 * 1000);
    m_real.start();
    sample();
    QTimer::singleShot(0, this, &Soak::step);
    return QCoreApplication::exec();
}

void Soak::step()
{
    // Wait (real time) for the attempt in flight, so its reply is handled in this second.
    QSqlQuery q(m_monitor);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE state = 'sending'")) && q.next() &&
        q.value(0).toLongLong() > 0) {
        if (m_waitStartMs < 0)
            m_waitStartMs = m_real.elapsed();
        if (m_real.elapsed() - m_waitStartMs < 30000) {
            QTimer::singleShot(1, this, &Soak::step);
            return;
        }
        std::printf("soak: an attempt has been in flight for 30 s (real): going on\n");
    }
    q.finish();
    m_waitStartMs = -1;
    m_clock.advanceMs(kStepMs);
    const qint64 now = m_clock.nowMs();
    m_router.add({firingAlert(++m_events, now)}, now);
    for (NotifyMessage &m : m_router.takeDue(now)) {
        m.host = QStringLiteral("bench-host");
        for (const OutgoingRequest &r : renderRequests(m_channel, m))
            m_dispatcher.enqueue(r);
    }
    m_dispatcher.runDueWork();
    if ((now - m_startMs) % kSampleMs == 0)
        sample();
    if (now >= m_endMs)
        QTimer::singleShot(0, this, &Soak::finish);
    else
        QTimer::singleShot(0, this, &Soak::step);
}

void Soak::sample()
{
    const qint64 now = m_clock.nowMs();
    const Rows r = rows();
    const QString db = QDir(m_tmp.path()).filePath(Outbox::fileName());
    const qint64 bytes = fileSize(db) + fileSize(db + QStringLiteral("-wal"));
    const qint64 age = r.oldestPendingMs > 0 ? now - r.oldestPendingMs : 0;
    const qint64 rss = rssKiB();
    m_maxPending = std::max(m_maxPending, r.pending + r.sending);
    m_maxRows = std::max(m_maxRows, r.pending + r.sending + r.sent + r.failed);
    m_maxAgeSeenMs = std::max(m_maxAgeSeenMs, age);
    m_maxFileBytes = std::max(m_maxFileBytes, bytes);
    m_samples.append({now - m_startMs, rss});
    const qint64 sim = (now - m_startMs) / 1000;
    std::printf(
        "%3lld:%02lld:%02lld %9lld %8lld %8lld %8lld %8lld %9.2f %10lld %9lld %8.1f %8.2f\n",
        sim / 3600, sim / 60 % 60, sim % 60, m_enqueued, r.pending, r.sending, r.failed, r.attempts,
        age / 3.6e6, bytes / 1024, rss, m_real.elapsed() / 1000.0, cpuSeconds());
    std::fflush(stdout);
}

void Soak::finish()
{
    if (m_samples.constLast().simMs != m_clock.nowMs() - m_startMs)
        sample(); // the end, when it is not on the 5 min grid
    const Rows r = rows();
    const Dispatcher::Options &d = m_dispatcher.options();
    // RSS: mean of the first quarter vs the last quarter of the samples after warm-up: the
    // first sixth of the run, at least 30 simulated minutes (SQLite's page cache, 2 000 KiB per
    // connection by default, fills while outbox.db grows to its first few MiB).
    const qsizetype warmup = std::max<qsizetype>(m_samples.size() / 6, 30 * 60 * 1000 / kSampleMs);
    const QList<Sample> steady = m_samples.mid(std::min(warmup, m_samples.size() - 1));
    const qsizetype quarter = std::max<qsizetype>(1, steady.size() / 4);
    double first = 0, last = 0;
    for (qsizetype i = 0; i < quarter; ++i) {
        first += steady.at(i).rss;
        last += steady.at(steady.size() - 1 - i).rss;
    }
    first /= double(quarter);
    last /= double(quarter);
    const double growth = last - first;
    const bool judged = steady.size() >= 4; // at least 20 simulated min after the warm-up
    const bool flat = growth < 1024 && growth < 0.02 * first;
    const char *verdict = !judged ? "too short to judge (run 1 h or more)"
                          : flat  ? "flat"
                                  : "GROWS";
    std::printf("\nsoak: %lld events, %lld enqueued, %lld delivered, failed: %lld outbox full, "
                "%lld max age, %lld other\n",
                qint64(m_events), m_enqueued, m_delivered, m_failedFull, m_failedAge,
                m_failedOther);
    const qint64 unfinished = r.pending + r.sending;
    const qint64 lost =
        m_enqueued - m_delivered - m_failedFull - m_failedAge - m_failedOther - unfinished;
    std::printf("soak: lost (enqueued - delivered - failed with a reason - still pending): %lld\n",
                lost);
    std::printf("soak: warm-up %.2f simulated h; RSS after it: first quarter %.0f KiB, last "
                "quarter %.0f KiB: %+.0f KiB "
                "(%+.2f %%) -> %s\n",
                steady.constFirst().simMs / 3.6e6, first, last, growth, 100.0 * growth / first,
                verdict);
    const bool pendingOk = m_maxPending <= d.maxPending;
    const bool ageOk = m_maxAgeSeenMs <= d.maxAgeMs + 60000;
    // Finished rows: MaxFinishedItems after each prune, plus what fails until the next one.
    const qint64 rowBound =
        qint64(d.maxPending) + Outbox::MaxFinishedItems + d.pruneIntervalMs / kStepMs + 1;
    const bool rowsOk = m_maxRows <= rowBound;
    std::printf("soak: max pending %lld (bound %d) %s; oldest pending %.2f h (max age %.2f h) %s; "
                "max rows %lld (bound %lld) %s; max file %lld KiB\n",
                m_maxPending, d.maxPending, pendingOk ? "ok" : "EXCEEDED", m_maxAgeSeenMs / 3.6e6,
                d.maxAgeMs / 3.6e6, ageOk ? "ok" : "EXCEEDED", m_maxRows, rowBound,
                rowsOk ? "ok" : "EXCEEDED", m_maxFileBytes / 1024);
    for (const QString &e : std::as_const(m_errors))
        std::printf("soak: outbox error: %s\n", qPrintable(e));
    std::printf("RESULT who=vigil mode=soak receiver=%s sim_h=%.2f enqueued=%lld lost=%lld "
                "max_pending=%lld max_rows=%lld max_file_kib=%lld rss_first_kib=%.0f "
                "rss_last_kib=%.0f rss_flat=%d bounded=%d real_s=%.1f cpu_s=%.2f\n",
                m_options.refuse ? "refuse" : "500", m_options.hours, m_enqueued, lost,
                m_maxPending, m_maxRows, m_maxFileBytes / 1024, first, last,
                judged ? (flat ? 1 : 0) : -1, pendingOk && ageOk && rowsOk ? 1 : 0,
                m_real.elapsed() / 1000.0, cpuSeconds());
    std::fflush(stdout);
    QCoreApplication::exit(0); // figures are reported, never judged by the exit code
}

int runSoak(const SoakOptions &options)
{
    Soak soak(options);
    return soak.run();
}

} // namespace vigil::bench
