// bench_alerts: the cost of one AlertEngine::evaluate() tick with 1 000 rules over 10 000 series.
// Not a test: it prints figures and asserts nothing. Budget (issue 3): under 5 ms per tick.
//
// Series: 100 metrics x 100 label sets {instance="hostNN", group="gN"}. Rules: 1 000, each on one
// metric with a selector that matches 10 of its series (half by `group="gK"`, half by a regex on
// `instance`), so every series is watched by exactly one rule: 10 000 alert instances. Each tick
// appends one sample per series (not timed), then times evaluate() on the monotonic clock.
// Scenarios: "steady" (5 % of the series breach and stay there: the usual day) and "churn" (every
// tick 10 % of the series jump across the thresholds, so thousands of events are produced).
// Prints the median and 90th percentile over --ticks ticks, and the first tick, which matches
// every rule against the store once.
#include "alerts/AlertEngine.h"
#include "series/MetricStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

using namespace vigil;

namespace {

constexpr int Metrics = 100;
constexpr int PerMetric = 100;
constexpr int Rules = 1000;
constexpr qint64 IntervalMs = 1000;

QList<SeriesId> makeSeries()
{
    QList<SeriesId> ids;
    for (int m = 0; m < Metrics; ++m) {
        for (int i = 0; i < PerMetric; ++i)
            ids.append(SeriesId(QStringLiteral("bench_metric_%1").arg(m),
                                {{QStringLiteral("instance"), QStringLiteral("host%1").arg(i)},
                                 {QStringLiteral("group"), QStringLiteral("g%1").arg(i % 10)}}));
    }
    return ids;
}

QList<AlertRule> makeRules()
{
    QList<AlertRule> rules;
    for (int r = 0; r < Rules; ++r) {
        const int metric = r % Metrics;
        const int k = (r / Metrics) % 10;
        AlertRule rule;
        rule.name = QStringLiteral("rule_%1").arg(r);
        // group gK holds hosts with i % 10 == K; for odd r the same set by a regex on instance.
        rule.series =
            r % 2 == 0
                ? QStringLiteral("bench_metric_%1{group=\"g%2\"}").arg(metric).arg(k)
                : QStringLiteral("bench_metric_%1{instance=~\"host[0-9]*%2\"}").arg(metric).arg(k);
        rule.warning = 80;
        rule.critical = 95;
        rule.warningClear = 70;
        rule.forMs = (r % 3) * 30000;
        rule.summary = QStringLiteral("{{ $labels.instance }} at {{ $value }}");
        rules.append(rule);
    }
    return rules;
}

struct Result
{
    double firstMs = 0;
    double medianMs = 0;
    double p90Ms = 0;
    double eventsPerTick = 0;
};

Result run(bool churn, int ticks)
{
    const QList<SeriesId> ids = makeSeries();
    AlertEngine engine;
    const QStringList errors = engine.setRules(makeRules());
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "bench_alerts: %s\n", qPrintable(errors.first()));
        std::exit(1);
    }
    MetricStore store(16);
    std::mt19937 random(42);
    std::uniform_real_distribution<double> low(10, 65);
    std::uniform_real_distribution<double> high(85, 99);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<double> values(size_t(ids.size()));
    for (double &v : values)
        v = unit(random) < 0.05 ? high(random) : low(random);

    std::vector<double> ms;
    qint64 events = 0;
    qint64 now = 1795254000000;
    Result result;
    for (int t = 0; t <= ticks; ++t) {
        now += IntervalMs;
        SampleBatch batch;
        batch.timeMs = now;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (churn && unit(random) < 0.10)
                values[size_t(i)] = values[size_t(i)] > 75 ? low(random) : high(random);
            batch.add(ids[i], values[size_t(i)]);
        }
        store.append(batch);
        QElapsedTimer timer;
        timer.start();
        const QList<AlertEvent> out = engine.evaluate(store, now, IntervalMs);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (t == 0) {
            result.firstMs = elapsed;
            continue;
        }
        ms.push_back(elapsed);
        events += out.size();
    }
    std::sort(ms.begin(), ms.end());
    result.medianMs = ms[ms.size() / 2];
    result.p90Ms = ms[ms.size() * 9 / 10];
    result.eventsPerTick = double(events) / double(ticks);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    int ticks = 300;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--ticks") == 0 && i + 1 < argc) {
            ticks = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: bench_alerts [--ticks N]\n");
            return 2;
        }
    }
    std::printf("bench_alerts: %d rules x %d series (%d alert instances), %d ticks\n", Rules,
                Metrics * PerMetric, Metrics * PerMetric, ticks);
    for (const bool churn : {false, true}) {
        const Result r = run(churn, ticks);
        std::printf("  %-6s median %.3f ms/tick, p90 %.3f ms, first tick (matching) %.1f ms, "
                    "%.0f events/tick\n",
                    churn ? "churn" : "steady", r.medianMs, r.p90Ms, r.firstMs, r.eventsPerTick);
    }
    return 0;
}
