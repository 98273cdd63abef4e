// bench_processes: the cost of one process snapshot (ProcessTable::sample over every process of
// /proc: stat, status, io, cmdline, user names, CPU % and disk rates from the previous one).
// Not a test: it prints figures and asserts nothing. bench/processes_vs_psutil.sh runs it next
// to psutil's process_iter() with the same fields, in the same run.
//
// Method as bench_snapshot.cpp: after a warm-up, each round times --iterations consecutive
// snapshots with the process CPU clock (CLOCK_PROCESS_CPUTIME_ID, user + system: includes the
// kernel generating the /proc text) and the monotonic clock; median and mean over --rounds.
#include "collect/ProcessTable.h"

#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <time.h>
#include <vector>

using namespace vigil;

namespace {

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

int intArg(const char *value, const char *flag)
{
    char *end = nullptr;
    const long v = value ? std::strtol(value, &end, 10) : 0;
    if (!value || *end || v < 1 || v > 1000000) {
        std::fprintf(stderr, "bench_processes: %s needs a positive integer\n", flag);
        std::exit(2);
    }
    return int(v);
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 7, iterations = 50, warmup = 5;
    QString root = QStringLiteral("/");
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : nullptr;
        if (!std::strcmp(a, "--rounds"))
            rounds = intArg(next, a), ++i;
        else if (!std::strcmp(a, "--iterations"))
            iterations = intArg(next, a), ++i;
        else if (!std::strcmp(a, "--warmup"))
            warmup = intArg(next, a), ++i;
        else if (!std::strcmp(a, "--root") && next)
            root = QString::fromLocal8Bit(next), ++i;
        else {
            std::fputs("usage: bench_processes [--rounds R] [--iterations N] [--warmup W] "
                       "[--root DIR]\nPrints CPU and wall microseconds per snapshot of every "
                       "process.\n",
                       a && (!std::strcmp(a, "--help") || !std::strcmp(a, "-h")) ? stdout : stderr);
            return std::strcmp(a, "--help") && std::strcmp(a, "-h") ? 2 : 0;
        }
    }

    // Every process as a row (top larger than any process count), like process_iter().
    ProcessTable table(root, 1000000);
    int processes = 0;
    const auto op = [&] {
        processes = int(table.sample(nowNs(CLOCK_MONOTONIC), 0).processes.size());
    };
    for (int i = 0; i < warmup; ++i)
        op();
    std::vector<double> cpu, wall;
    for (int r = 0; r < rounds; ++r) {
        const qint64 cpu0 = nowNs(CLOCK_PROCESS_CPUTIME_ID);
        const qint64 wall0 = nowNs(CLOCK_MONOTONIC);
        for (int i = 0; i < iterations; ++i)
            op();
        const qint64 wall1 = nowNs(CLOCK_MONOTONIC);
        const qint64 cpu1 = nowNs(CLOCK_PROCESS_CPUTIME_ID);
        cpu.push_back(double(cpu1 - cpu0) / 1000.0 / iterations);
        wall.push_back(double(wall1 - wall0) / 1000.0 / iterations);
    }
    std::printf("vigil   processes %4d   cpu µs/snapshot median %9.1f mean %9.1f   "
                "wall µs median %9.1f mean %9.1f\n",
                processes, median(cpu), mean(cpu), median(wall), mean(wall));
    return 0;
}
