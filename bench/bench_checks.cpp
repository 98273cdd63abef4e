// bench_checks: CPU per HTTP check and the GUI event-loop latency while N HTTP checks (default
// 200) run every --interval seconds (default 10) against a local server. Not a test: it prints
// figures and asserts nothing. Budget (issue): event-loop latency p99 under 50 ms.
//
// The main (GUI) thread of a QApplication (offscreen unless QT_QPA_PLATFORM says otherwise) runs
// a 10 ms single-shot QTimer that re-arms itself and records how late each tick fires. A
// CheckThread ("vigil-checks") runs the checks as Vigil does: the scheduler spreads their first
// runs over min(interval, 5 s), then each runs again one interval after it finished, at most 16
// at once. As in the Engine, resultReady, stateChanged and samplesReady are queued to the main
// thread (counted there). The server is another process (bench/checks_vs_python.sh starts
// tests/integration/check_server.py), so its CPU is not counted here.
//
// After --warmup seconds (default 10) one window of --window seconds (default 60): process CPU
// (getrusage: all threads), CPU of each thread (/proc/self/task/*/stat, clock ticks), results
// by status, the checks' own latency, the event-loop latency p50/p90/p99/max, and the busy share
// of all CPUs meanwhile (/proc/stat). Ends with one "RESULT who=vigil key=value ..." line.
// --checks 0 measures the harness alone (the 10 ms timer on an idle event loop).
//
// usage: bench_checks --url http://127.0.0.1:PORT/ok [--checks N] [--interval S] [--window S]
//                     [--warmup S]
#include "checks/CheckService.h"
#include "checks/CheckThread.h"
#include "checks/CheckTypes.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace vigil;

namespace {

constexpr int TickMs = 10;
const QString ChecksThreadName = QStringLiteral("vigil-checks");

struct Options
{
    QUrl url;
    int checks = 200;
    double intervalS = 10;
    double windowS = 60;
    double warmupS = 10;
};

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// utime + stime of one thread in clock ticks (fields 14 and 15; comm may contain blanks).
qint64 threadTicks(const QString &tid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : 0;
}

struct ThreadCpu
{
    QString name;
    qint64 ticks = 0;
};

// Every thread of this process by tid: its name (comm) and CPU so far.
QMap<QString, ThreadCpu> threadCpu()
{
    QMap<QString, ThreadCpu> out;
    const QStringList tids =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        const QByteArray comm = readProcFile(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        out.insert(tid, {QString::fromUtf8(comm.trimmed()), threadTicks(tid)});
    }
    return out;
}

qint64 processCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000 +
           usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

// Busy and total jiffies of all CPUs: busy = user+nice+system+irq+softirq+steal (as run_all.sh).
std::pair<qint64, qint64> hostJiffies()
{
    const QByteArray all = readProcFile(QStringLiteral("/proc/stat"));
    const QList<QByteArray> f = all.left(all.indexOf('\n')).simplified().split(' ');
    if (f.size() < 9)
        return {0, 0};
    auto v = [&f](int i) { return f[i].toLongLong(); };
    const qint64 busy = v(1) + v(2) + v(3) + v(6) + v(7) + v(8);
    return {busy, busy + v(4) + v(5)};
}

// Nearest-rank percentile of sorted values; 0 when there are none.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

bool parseOptions(const QStringList &args, Options &o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (i + 1 >= args.size())
            return false;
        const QString value = args[++i];
        bool ok = true;
        if (a == QLatin1String("--url"))
            o.url = QUrl(value);
        else if (a == QLatin1String("--checks"))
            o.checks = value.toInt(&ok);
        else if (a == QLatin1String("--interval"))
            o.intervalS = value.toDouble(&ok);
        else if (a == QLatin1String("--window"))
            o.windowS = value.toDouble(&ok);
        else if (a == QLatin1String("--warmup"))
            o.warmupS = value.toDouble(&ok);
        else
            return false;
        if (!ok)
            return false;
    }
    return o.url.isValid() && !o.url.isRelative() && o.checks >= 0 && o.intervalS > 0 &&
           o.windowS > 0 && o.warmupS >= 0;
}

// N checks on distinct URLs (the same endpoint, ?check=i), with Vigil's defaults otherwise.
QList<CheckSpec> makeChecks(const Options &o)
{
    QList<CheckSpec> specs;
    for (int i = 0; i < o.checks; ++i) {
        CheckSpec s;
        s.name = QStringLiteral("http-%1").arg(i, 3, 10, QLatin1Char('0'));
        s.type = CheckType::Http;
        s.intervalMs = qint64(o.intervalS * 1000);
        s.timeoutMs = 5000;
        s.retries = 2;
        QUrl url = o.url;
        url.setQuery(QUrlQuery{{QStringLiteral("check"), QString::number(i)}});
        s.http.url = url.toString();
        specs.append(s);
    }
    return specs;
}

struct Window
{
    QElapsedTimer elapsed;
    qint64 cpuUs = 0;
    QMap<QString, ThreadCpu> threads;
    std::pair<qint64, qint64> host;

    void start()
    {
        host = hostJiffies();
        threads = threadCpu();
        cpuUs = processCpuUs();
        elapsed.start();
    }
};

struct Tally
{
    qint64 results = 0;
    qint64 healthy = 0;
    qint64 degraded = 0;
    qint64 unhealthy = 0;
    qint64 stateEvents = 0;
    qint64 samples = 0;
    std::vector<double> checkMs; // the checks' own latency
    std::vector<double> lateMs;  // how late each 10 ms tick fired
};

void report(const Options &o, const Window &w, const Tally &t)
{
    const double seconds = double(w.elapsed.nsecsElapsed()) / 1e9;
    const double cpuS = double(processCpuUs() - w.cpuUs) / 1e6;
    const auto [busy1, total1] = hostJiffies();
    const double hostPct = total1 > w.host.second ? 100.0 * double(busy1 - w.host.first) /
                                                        double(total1 - w.host.second)
                                                  : 0.0;
    const double hz = double(sysconf(_SC_CLK_TCK));
    const QMap<QString, ThreadCpu> now = threadCpu();
    QMap<QString, double> byName; // thread name -> CPU s in the window
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const qint64 before = w.threads.value(it.key()).ticks;
        byName[it->name] += double(it->ticks - before) / hz;
    }
    const double checksS = byName.value(ChecksThreadName);
    const double httpS = byName.value(QStringLiteral("QNetworkAccessM"));
    const double n = double(std::max<qint64>(1, t.results));
    std::vector<double> late = t.lateMs;
    std::vector<double> check = t.checkMs;
    std::sort(late.begin(), late.end());
    std::sort(check.begin(), check.end());

    std::printf("bench_checks: %d HTTP checks every %.0f s against %s, %.1f s window after %.0f s "
                "warm-up\n",
                o.checks, o.intervalS, qPrintable(o.url.toString()), seconds, o.warmupS);
    std::printf("  results              %lld (a full schedule is ~%.0f): %lld healthy, %lld "
                "degraded, %lld unhealthy\n",
                t.results, o.checks * seconds / o.intervalS, t.healthy, t.degraded, t.unhealthy);
    std::printf("  queued to GUI thread %lld results, %lld state changes, %lld samples\n",
                t.results, t.stateEvents, t.samples);
    std::printf("  process CPU          %.3f s (%.2f %% of a core), %.0f us per check\n", cpuS,
                100 * cpuS / seconds, cpuS * 1e6 / n);
    std::printf("  vigil-checks thread  %.2f s, %.0f us per check\n", checksS, checksS * 1e6 / n);
    std::printf("  threads (ticks of 1/%.0f s):", hz);
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it.value() > 0)
            std::printf(" %s %.2f s;", qPrintable(it.key()), it.value());
    }
    std::printf("\n  event-loop latency   %zu ticks of %d ms: p50 %.2f ms, p90 %.2f, p99 %.2f, max "
                "%.2f (budget: p99 < 50 ms)\n",
                late.size(), TickMs, percentile(late, 50), percentile(late, 90),
                percentile(late, 99), late.empty() ? 0.0 : late.back());
    std::printf("  check latency        p50 %.2f ms, p99 %.2f, max %.2f\n", percentile(check, 50),
                percentile(check, 99), check.empty() ? 0.0 : check.back());
    std::printf("  host busy            %.1f %% of all %ld CPUs during the window\n", hostPct,
                sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("RESULT who=vigil checks=%d interval_s=%g window_s=%.1f results=%lld healthy=%lld "
                "degraded=%lld unhealthy=%lld cpu_s=%.3f cpu_us_per_check=%.0f "
                "checks_thread_s=%.2f checks_thread_us_per_check=%.0f http_thread_s=%.2f "
                "loop_p50_ms=%.2f loop_p90_ms=%.2f loop_p99_ms=%.2f loop_max_ms=%.2f "
                "check_p50_ms=%.2f check_p99_ms=%.2f host_pct=%.1f\n",
                o.checks, o.intervalS, seconds, t.results, t.healthy, t.degraded, t.unhealthy, cpuS,
                cpuS * 1e6 / n, checksS, checksS * 1e6 / n, httpS, percentile(late, 50),
                percentile(late, 90), percentile(late, 99), late.empty() ? 0.0 : late.back(),
                percentile(check, 50), percentile(check, 99), hostPct);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "vigil.checks.info=false"); // 200 "unknown -> healthy" lines
    QApplication app(argc, argv);
    Options o;
    if (!parseOptions(QCoreApplication::arguments(), o)) {
        std::fprintf(stderr, "usage: bench_checks --url http://127.0.0.1:PORT/ok [--checks N] "
                             "[--interval S] [--window S] [--warmup S]\n");
        return 2;
    }

    bool measuring = false;
    Tally tally;
    Window window;
    tally.lateMs.reserve(size_t(o.windowS * 1000 / TickMs) + 16);
    tally.checkMs.reserve(size_t(double(o.checks) * (o.windowS / o.intervalS + 2)));

    // The GUI thread's heartbeat: a single-shot timer re-armed on every tick, so each lateness
    // is measured from the deadline set by the tick before.
    QElapsedTimer clock;
    clock.start();
    qint64 dueNs = 0;
    QTimer ticker;
    ticker.setSingleShot(true);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring)
            tally.lateMs.push_back(double(now - dueNs) / 1e6);
        dueNs = now + qint64(TickMs) * 1000000;
        ticker.start(TickMs);
    });
    dueNs = clock.nsecsElapsed() + qint64(TickMs) * 1000000;
    ticker.start(TickMs);

    auto checks = std::make_unique<CheckThread>(Clock::system());
    CheckService *service = checks->service();
    QObject::connect(service, &CheckService::resultReady, &app, [&](const CheckResult &r) {
        if (!measuring)
            return;
        ++tally.results;
        if (r.attemptStatus == CheckStatus::Healthy)
            ++tally.healthy;
        else if (r.attemptStatus == CheckStatus::Degraded)
            ++tally.degraded;
        else
            ++tally.unhealthy;
        if (r.latencySeconds)
            tally.checkMs.push_back(*r.latencySeconds * 1000.0);
    });
    QObject::connect(service, &CheckService::stateChanged, &app, [&](const CheckState &) {
        if (measuring)
            ++tally.stateEvents;
    });
    QObject::connect(service, &CheckService::samplesReady, &app, [&](const SampleBatch &b) {
        if (measuring)
            tally.samples += b.samples.size();
    });
    const QList<CheckSpec> specs = makeChecks(o);
    QMetaObject::invokeMethod(
        service, [service, specs] { service->setChecks(specs); }, Qt::QueuedConnection);

    QTimer::singleShot(int(o.warmupS * 1000), Qt::PreciseTimer, &app, [&] {
        window.start();
        measuring = true;
    });
    QTimer::singleShot(int((o.warmupS + o.windowS) * 1000), Qt::PreciseTimer, &app, [&] {
        measuring = false;
        report(o, window, tally);
        checks.reset(); // joins the checks thread, aborting what still runs
        app.quit();
    });
    return app.exec();
}
