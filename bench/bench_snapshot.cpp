// bench_snapshot: the cost of one full system snapshot (SystemCollector::collectNow()), and with
// --per-source where that time goes. Not a test: it prints figures and asserts nothing.
//
// Method: after a warm-up, each round times --iterations consecutive snapshots with the process
// CPU clock (CLOCK_PROCESS_CPUTIME_ID: user + system time of this process, which includes the
// kernel generating the /proc and /sys text) and the monotonic wall clock, and divides by the
// count. The median and mean over --rounds rounds are printed in microseconds per snapshot.
// bench/psutil_snapshot.py measures psutil in exactly the same way.
#include "collect/CollectorOptions.h"
#include "collect/SystemCollector.h"
#include "collect/SystemSources.h"
#include "util/Clock.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <numeric>
#include <time.h>
#include <vector>

using namespace vigil;

namespace {

struct Options
{
    int rounds = 7;
    int iterations = 2000;
    int warmup = 200;
    bool perSource = false;
    bool json = false;
    QString root = QStringLiteral("/");
};

struct Stats
{
    double cpuMedianUs = 0;
    double cpuMeanUs = 0;
    double wallMedianUs = 0;
    double wallMeanUs = 0;
};

qint64 nowNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mean(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

// Runs op warmup times, then rounds × iterations times; per-call cost in µs.
Stats measure(const Options &opt, const std::function<void()> &op)
{
    for (int i = 0; i < opt.warmup; ++i)
        op();
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int r = 0; r < opt.rounds; ++r) {
        const qint64 cpu0 = nowNs(CLOCK_PROCESS_CPUTIME_ID);
        const qint64 wall0 = nowNs(CLOCK_MONOTONIC);
        for (int i = 0; i < opt.iterations; ++i)
            op();
        const qint64 wall1 = nowNs(CLOCK_MONOTONIC);
        const qint64 cpu1 = nowNs(CLOCK_PROCESS_CPUTIME_ID);
        cpu.push_back(double(cpu1 - cpu0) / 1000.0 / opt.iterations);
        wall.push_back(double(wall1 - wall0) / 1000.0 / opt.iterations);
    }
    return {median(cpu), mean(cpu), median(wall), mean(wall)};
}

void printRow(const Options &opt, const char *name, const Stats &s, qsizetype samples)
{
    if (opt.json) {
        std::printf("{\"tool\":\"vigil\",\"what\":\"%s\",\"rounds\":%d,\"iterations\":%d,"
                    "\"cpu_us_median\":%.2f,\"cpu_us_mean\":%.2f,"
                    "\"wall_us_median\":%.2f,\"wall_us_mean\":%.2f,\"samples\":%lld}\n",
                    name, opt.rounds, opt.iterations, s.cpuMedianUs, s.cpuMeanUs, s.wallMedianUs,
                    s.wallMeanUs, static_cast<long long>(samples));
    } else {
        std::printf("vigil   %-12s cpu µs/snapshot median %8.2f mean %8.2f   "
                    "wall µs median %8.2f mean %8.2f   samples %lld\n",
                    name, s.cpuMedianUs, s.cpuMeanUs, s.wallMedianUs, s.wallMeanUs,
                    static_cast<long long>(samples));
    }
    std::fflush(stdout);
}

int intArg(const char *value, const char *flag)
{
    char *end = nullptr;
    const long v = value ? std::strtol(value, &end, 10) : 0;
    if (!value || *end || v < 1 || v > 10000000) {
        std::fprintf(stderr, "bench_snapshot: %s needs a positive integer\n", flag);
        std::exit(2);
    }
    return int(v);
}

void usage(FILE *to)
{
    std::fputs("usage: bench_snapshot [--rounds R] [--iterations N] [--warmup W]\n"
               "                      [--per-source] [--json] [--root DIR]\n"
               "Times SystemCollector::collectNow() (and with --per-source each source's\n"
               "collect()) and prints CPU and wall microseconds per snapshot, median and mean\n"
               "over R rounds of N snapshots, after W warm-up snapshots.\n",
               to);
}

Options parseArgs(int argc, char **argv)
{
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : nullptr;
        if (!std::strcmp(a, "--rounds")) {
            opt.rounds = intArg(next, a);
            ++i;
        } else if (!std::strcmp(a, "--iterations")) {
            opt.iterations = intArg(next, a);
            ++i;
        } else if (!std::strcmp(a, "--warmup")) {
            opt.warmup = intArg(next, a);
            ++i;
        } else if (!std::strcmp(a, "--root") && next) {
            opt.root = QString::fromLocal8Bit(next);
            ++i;
        } else if (!std::strcmp(a, "--per-source")) {
            opt.perSource = true;
        } else if (!std::strcmp(a, "--json")) {
            opt.json = true;
        } else if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h")) {
            usage(stdout);
            std::exit(0);
        } else {
            usage(stderr);
            std::exit(2);
        }
    }
    return opt;
}

} // namespace

int main(int argc, char **argv)
{
    const Options opt = parseArgs(argc, argv);
    CollectorOptions collectorOptions;
    collectorOptions.root = opt.root;
    const Clock &clock = Clock::system();

    // The full snapshot, exactly as the collector thread takes it on every tick.
    {
        SystemCollector collector(collectorOptions, clock);
        qsizetype samples = 0;
        const Stats s = measure(opt, [&] { samples = collector.collectNow().samples.size(); });
        printRow(opt, "snapshot", s, samples);
    }

    if (!opt.perSource)
        return 0;

    // Each source on its own: fresh instances, so every one gets its own warm-up. Rate
    // sources called back to back may emit nothing for an interval with no jiffies; they
    // still read and parse their file every time, which is the cost measured here.
    const std::vector<std::unique_ptr<CollectorSource>> sources =
        createSystemSources(collectorOptions);
    QList<SeriesSample> out;
    out.reserve(256);
    for (const auto &source : sources) {
        qsizetype samples = 0;
        const Stats s = measure(opt, [&] {
            out.clear();
            source->collect(clock.monotonicNs(), out);
            samples = out.size();
        });
        printRow(opt, source->name().toUtf8().constData(), s, samples);
    }
    return 0;
}
