// bench_metrics: the cost of GET /metrics with 2 000 series. Not a test: it prints figures and
// asserts nothing (docs/performance.md, "/metrics with 2 000 series").
//
// The state: one system batch of --series series (default 2 000) spread like a big machine's
// (64 CPUs x 8 modes of node_cpu_seconds_total, per-CPU usage, 100 interfaces, 50 disks, 100
// filesystems, 50 sensors, the rest as labelled vigil_ gauges), plus 10 firing alerts.
//  * default: renders the document in-process --runs times (default 300), the state changing
//    before each render as it does every sampling tick, and prints the median and p95 render
//    time, the document size and its sample count;
//  * --serve [--port P]: serves that state with the real exporter (HttpExporter on its
//    "vigil-http" thread, 127.0.0.1) and keeps changing it every 5 ms, so every request renders
//    afresh; prints "port <P>" and runs until killed (bench/metrics_vs_node_exporter.sh times the
//    requests from outside, next to node_exporter).
#include "export/ExporterThread.h"
#include "export/HttpExporter.h"
#include "series/SeriesRegistry.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace vigil;

namespace {

SampleBatch makeBatch(int series, qint64 timeMs, double bump)
{
    SampleBatch b;
    b.timeMs = timeMs;
    const auto add = [&b, series, bump](const QString &name, Labels labels) {
        if (b.samples.size() < series)
            b.add(SeriesId(name, std::move(labels)), 1000.0 + bump + double(b.samples.size()));
    };
    static const char *modes[] = {"user",   "nice", "system",  "idle",
                                  "iowait", "irq",  "softirq", "steal"};
    for (int cpu = 0; cpu < 64; ++cpu) {
        for (const char *mode : modes)
            add(QStringLiteral("cpu_seconds_total"),
                {{QStringLiteral("cpu"), QString::number(cpu)},
                 {QStringLiteral("mode"), QString::fromLatin1(mode)}});
        add(QStringLiteral("cpu_usage_percent"), {{QStringLiteral("cpu"), QString::number(cpu)}});
    }
    for (int i = 0; i < 100; ++i) {
        const Labels ifc = {{QStringLiteral("interface"), QStringLiteral("veth%1").arg(i)}};
        add(QStringLiteral("network_receive_bytes_total"), ifc);
        add(QStringLiteral("network_transmit_bytes_total"), ifc);
        add(QStringLiteral("network_receive_bytes_per_second"), ifc);
        add(QStringLiteral("network_transmit_bytes_per_second"), ifc);
    }
    for (int i = 0; i < 50; ++i) {
        const Labels disk = {{QStringLiteral("device"), QStringLiteral("sd%1").arg(i)}};
        add(QStringLiteral("disk_read_bytes_total"), disk);
        add(QStringLiteral("disk_written_bytes_total"), disk);
        add(QStringLiteral("disk_busy_percent"), disk);
    }
    for (int i = 0; i < 100; ++i) {
        const Labels fs = {{QStringLiteral("device"), QStringLiteral("/dev/mapper/vg-lv%1").arg(i)},
                           {QStringLiteral("fstype"), QStringLiteral("ext4")},
                           {QStringLiteral("mount"), QStringLiteral("/srv/volume%1").arg(i)}};
        add(QStringLiteral("filesystem_size_bytes"), fs);
        add(QStringLiteral("filesystem_avail_bytes"), fs);
        add(QStringLiteral("filesystem_used_percent"), fs);
    }
    for (int i = 0; i < 50; ++i)
        add(QStringLiteral("hwmon_temp_celsius"),
            {{QStringLiteral("chip"), QStringLiteral("platform_coretemp_%1").arg(i / 10)},
             {QStringLiteral("sensor"), QStringLiteral("temp%1").arg(i % 10 + 1)}});
    for (int i = 0; b.samples.size() < series; ++i)
        add(QStringLiteral("bench_gauge_%1").arg(i % 20),
            {{QStringLiteral("instance"), QStringLiteral("host%1").arg(i / 20)}});
    return b;
}

QList<Alert> makeAlerts()
{
    QList<Alert> alerts;
    for (int i = 0; i < 10; ++i) {
        Alert a;
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("filesystem_full")},
                    {QStringLiteral("mount"), QStringLiteral("/srv/volume%1").arg(i)}};
        a.state = AlertState::Firing;
        a.severity = Severity::Warning;
        a.activeSinceMs = 1795254000000 + i;
        alerts.append(a);
    }
    return alerts;
}

int intArg(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

bool flag(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

int renderInProcess(int series, int runs)
{
    const Clock &clock = Clock::system();
    HttpExporter exporter(clock, SeriesRegistry::withSystemSeries());
    exporter.setAlerts(makeAlerts());
    std::vector<double> micros;
    QByteArray text;
    for (int i = 0; i < runs + 10; ++i) {
        exporter.setSystemBatch(makeBatch(series, clock.nowMs(), i)); // not timed
        QElapsedTimer timer;
        timer.start();
        text = exporter.metricsText();
        if (i >= 10) // warm-up
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(micros.begin(), micros.end());
    qsizetype lines = 0;
    for (const QByteArray &line : text.split('\n'))
        lines += !line.isEmpty() && !line.startsWith('#');
    std::printf("render: %d series (%lld samples in the document, %lld bytes), %d runs: "
                "median %.0f us, p95 %.0f us\n",
                series, static_cast<long long>(lines), static_cast<long long>(text.size()), runs,
                micros[micros.size() / 2], micros[micros.size() * 95 / 100]);
    return 0;
}

int serve(int argc, char **argv, int series, int port)
{
    QCoreApplication app(argc, argv);
    const Clock &clock = Clock::system();
    ExporterThread thread(clock, SeriesRegistry::withSystemSeries());
    HttpExporter *x = thread.exporter();
    QSignalSpy listening(x, &HttpExporter::listening);
    QMetaObject::invokeMethod(
        x, [x, port] { x->start(QStringLiteral("127.0.0.1:%1").arg(port), {}); });
    QMetaObject::invokeMethod(x, [x] { x->setAlerts(makeAlerts()); });
    if (!listening.wait(5000)) {
        std::fprintf(stderr, "bench_metrics: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::printf("port %u\n", listening.first().at(0).value<quint16>());
    std::fflush(stdout);
    // The state changes every 5 ms, so each request (the client waits 10 ms between them)
    // renders a fresh document, as a scrape does after each sampling tick.
    // Built once here, so the exporter's thread does nothing but serve and swap them.
    const SampleBatch batches[2] = {makeBatch(series, clock.nowMs(), 0),
                                    makeBatch(series, clock.nowMs(), 1)};
    QTimer tick;
    int n = 0;
    QObject::connect(&tick, &QTimer::timeout, &app, [x, &batches, &n] {
        const SampleBatch next = batches[++n % 2];
        QMetaObject::invokeMethod(x, [x, next] { x->setSystemBatch(next); });
    });
    tick.start(5);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const int series = intArg(argc, argv, "--series", 2000);
    if (flag(argc, argv, "--serve"))
        return serve(argc, argv, series, intArg(argc, argv, "--port", 0));
    return renderInProcess(series, intArg(argc, argv, "--runs", 300));
}
