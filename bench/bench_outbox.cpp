// bench_outbox: the notification outbox under a permanently failing receiver (soak) and its
// delivery throughput to a fast one. Not a test: it prints figures and judges nothing by its
// exit code. bench/outbox_vs_python.sh runs it next to bench/outbox_peer.py.
//
//   bench_outbox --soak [--hours H] [--receiver 500|refuse] [--max-pending N] [--max-age-h H]
//     One alert event per simulated second for H hours (default 1) through the real
//     NotificationRouter, webhook payload, signing, Dispatcher and outbox.db (temporary dir),
//     to bench_outbox_receiver answering 500 (default) or to a loopback port that refuses
//     connections. Default Dispatcher options (max pending 10 000, max age 24 h, back-off up
//     to 5 min, prune every hour), unless overridden. Every simulated 5 minutes: enqueued total,
//     rows by state, SUM(attempts), age of the oldest pending item, outbox.db + WAL size, VmRSS.
//     At the end: RSS flat or not (last vs first quarter after warm-up), bounds held, lost items.
//     Details: bench_outbox_soak.cpp.
//
//   bench_outbox --throughput N [--channels K] [--url URL] [--rate R]
//     N messages (pre-rendered webhook payloads, K channels round robin, default 1) queued to the
//     Dispatcher on its "vigil-notify" thread as the engine does, real clock, outbox.db in a
//     temporary dir, to bench_outbox_receiver answering 200 (started here unless --url points
//     at one). Measures from the first enqueue to the last delivered: messages/s and process
//     CPU (all threads). --rate: requests/s per destination (default 1e6, i.e. no limit; the
//     production default for webhooks is 5/s, which alone would make 2000 messages take 400 s).
//     The receiver's /_count before and after checks each message arrived exactly once.
//   Both end with one "RESULT who=vigil mode=... key=value ..." line.
#include "bench_outbox.h"

#include "notify/NotifyThread.h"
#include "notify/Payloads.h"
#include "notify/Signing.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace vigil;
using namespace vigil::bench;

namespace {

constexpr int kThroughputTimeoutMs = 600000;

struct ThroughputOptions
{
    int messages = 2000;
    int channels = 1;
    QUrl url;
    double rate = 1e6;
};

int runThroughput(const ThroughputOptions &o)
{
    ReceiverProcess receiver;
    QUrl base = o.url;
    if (base.isEmpty()) {
        const QString error = receiver.start(200);
        if (!error.isEmpty())
            return std::fprintf(stderr, "bench_outbox: %s\n", qPrintable(error)), 1;
        base = receiver.url();
    }
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return std::fprintf(stderr, "bench_outbox: no temporary directory\n"), 1;
    QList<ChannelSpec> channels;
    for (int c = 0; c < o.channels; ++c) {
        QUrl url = base;
        url.setPath(QStringLiteral("/hook/%1").arg(c));
        channels.append(benchChannel(QStringLiteral("tp%1").arg(c), url));
    }
    // Rendered before the clock starts: that is the engine's work, not the outbox's.
    QList<OutgoingRequest> requests;
    qint64 bodyBytes = 0;
    for (int i = 0; i < o.messages; ++i) {
        const ChannelSpec &channel = channels.at(i % o.channels);
        NotifyMessage m;
        m.channel = channel.name;
        m.host = QStringLiteral("bench-host");
        m.createdMs = QDateTime::currentMSecsSinceEpoch();
        m.alerts = {firingAlert(i + 1, m.createdMs)};
        requests.append(renderRequests(channel, m));
        bodyBytes += requests.constLast().body.size();
    }

    Dispatcher::Options options;
    options.ratePerSecond = o.rate;
    NotifyThread thread(Clock::system(), options, signingHeaders);
    Dispatcher *d = thread.dispatcher();
    QEventLoop loop;
    bool persistent = false;
    QObject::connect(d, &Dispatcher::opened, &loop, [&](bool p) {
        persistent = p;
        loop.quit();
    });
    QMetaObject::invokeMethod(
        d,
        [d, dir = tmp.path(), channels] {
            d->open(dir);
            d->setChannels(channels);
        },
        Qt::QueuedConnection);
    loop.exec();
    if (!persistent)
        return std::fprintf(stderr, "bench_outbox: outbox.db could not be opened\n"), 1;

    const qint64 before = receiverCount(base);
    int delivered = 0, failed = 0;
    const auto done = [&] {
        if (delivered + failed == o.messages)
            loop.quit();
    };
    QObject::connect(d, &Dispatcher::delivered, &loop, [&] { ++delivered, done(); });
    QObject::connect(d, &Dispatcher::deliveryFailed, &loop, [&] { ++failed, done(); });
    QTimer::singleShot(kThroughputTimeoutMs, &loop, &QEventLoop::quit);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (const OutgoingRequest &r : std::as_const(requests))
        QMetaObject::invokeMethod(
            d, [d, r] { d->enqueue(r); }, Qt::QueuedConnection);
    loop.exec();
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const qint64 after = receiverCount(base);
    const qint64 received = before >= 0 && after >= 0 ? after - before : -1;
    const qint64 dbBytes = fileSize(QDir(tmp.path()).filePath(Outbox::fileName()));
    std::printf("throughput: %d messages (%lld bytes of JSON each on average) over %d channel(s) "
                "to %s, rate limit %.0f/s per destination\n",
                o.messages, bodyBytes / std::max(1, o.messages), o.channels,
                qPrintable(redactedUrl(base)), o.rate);
    std::printf("throughput: %d delivered, %d failed, receiver counted %lld in %.3f s: %.0f "
                "messages/s; CPU %.3f s (%.3f ms per message); RSS %lld KiB; outbox.db %lld KiB\n",
                delivered, failed, received, seconds, delivered / seconds, cpu,
                1000 * cpu / std::max(1, delivered), rssKiB(), dbBytes / 1024);
    std::printf("RESULT who=vigil mode=throughput messages=%d channels=%d delivered=%d failed=%d "
                "received=%lld seconds=%.3f msgs_per_s=%.1f cpu_s=%.3f cpu_ms_per_msg=%.3f "
                "rss_kib=%lld\n",
                o.messages, o.channels, delivered, failed, received, seconds, delivered / seconds,
                cpu, 1000 * cpu / std::max(1, delivered), rssKiB());
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_outbox --soak [--hours H] [--receiver 500|refuse] "
                         "[--max-pending N] [--max-age-h H]\n"
                         "       bench_outbox --throughput N [--channels K] [--url URL] "
                         "[--rate R]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); // loopback only
    // One log line per retry or eviction would drown the figures: failures are counted through
    // the dispatcher's signals instead, and outbox errors (outboxError) are printed.
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.notify.info=false\n"
                                                    "vigil.notify.warning=false"));
    const QStringList args = app.arguments();
    SoakOptions soak;
    ThroughputOptions tp;
    bool isSoak = false, isThroughput = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString v = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--soak")) {
            isSoak = true;
            continue;
        }
        if (a == QLatin1String("--throughput"))
            isThroughput = true, tp.messages = v.toInt(&ok), ok = ok && tp.messages > 0;
        else if (a == QLatin1String("--hours"))
            soak.hours = v.toDouble(&ok), ok = ok && soak.hours > 0;
        else if (a == QLatin1String("--receiver"))
            soak.refuse = v == QLatin1String("refuse"),
            ok = soak.refuse || v == QLatin1String("500");
        else if (a == QLatin1String("--max-pending"))
            soak.dispatcher.maxPending = v.toInt(&ok), ok = ok && soak.dispatcher.maxPending > 0;
        else if (a == QLatin1String("--max-age-h"))
            soak.dispatcher.maxAgeMs = qint64(v.toDouble(&ok) * 3600 * 1000),
            ok = ok && soak.dispatcher.maxAgeMs > 0;
        else if (a == QLatin1String("--channels"))
            tp.channels = v.toInt(&ok), ok = ok && tp.channels > 0;
        else if (a == QLatin1String("--url"))
            tp.url = QUrl(v), ok = tp.url.isValid() && tp.url.scheme() == QLatin1String("http");
        else if (a == QLatin1String("--rate"))
            tp.rate = v.toDouble(&ok), ok = ok && tp.rate > 0;
        else
            ok = false;
        if (!ok)
            return usage();
        ++i;
    }
    if (isSoak == isThroughput)
        return usage();
    return isSoak ? runSoak(soak) : runThroughput(tp);
}
