#pragma once

// Shared by the alert engine tests: a store fed at chosen times and an engine evaluated on it.

#include "alerts/AlertEngine.h"
#include "series/MetricStore.h"

#include <QTest>

namespace vigil::alerttest {

constexpr qint64 T0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 Interval = 1000;

inline SeriesId cpuTotal()
{
    return SeriesId(QStringLiteral("cpu_usage_percent"),
                    {{QStringLiteral("cpu"), QStringLiteral("total")}});
}

inline SeriesId fs(const QString &mount, const QString &fstype = QStringLiteral("ext4"))
{
    return SeriesId(QStringLiteral("filesystem_used_percent"),
                    {{QStringLiteral("mount"), mount}, {QStringLiteral("fstype"), fstype}});
}

// cpu_high on the total CPU: warning 80, critical 95, no hysteresis, for `forMs`.
inline AlertRule cpuRule(qint64 forMs = 0)
{
    AlertRule r;
    r.name = QStringLiteral("cpu_high");
    r.series = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
    r.warning = 80;
    r.critical = 95;
    r.forMs = forMs;
    r.summary = QStringLiteral("CPU at {{ $value }} (threshold {{ $threshold }})");
    return r;
}

// Time moves only through step()/tick(); each call is one evaluation one interval later.
class Harness
{
public:
    explicit Harness(const QList<AlertRule> &rules)
    {
        const QStringList errors = engine.setRules(rules);
        if (!errors.isEmpty())
            qFatal("unexpected rule errors: %s", qPrintable(errors.join(u'\n')));
    }

    // One sample of `value` for `id` (the total CPU by default), then an evaluation.
    QList<AlertEvent> step(double value, const SeriesId &id = cpuTotal())
    {
        now += Interval;
        store.append(id, Sample{now, value});
        return engine.evaluate(store, now, Interval);
    }
    // An evaluation without any new sample.
    QList<AlertEvent> tick()
    {
        now += Interval;
        return engine.evaluate(store, now, Interval);
    }
    // `count` steps of the same value; returns every event.
    QList<AlertEvent> steps(int count, double value, const SeriesId &id = cpuTotal())
    {
        QList<AlertEvent> all;
        for (int i = 0; i < count; ++i)
            all += step(value, id);
        return all;
    }
    std::optional<Alert> only() const
    {
        const QList<Alert> alerts = engine.alerts();
        if (alerts.size() != 1)
            return std::nullopt;
        return alerts.first();
    }

    MetricStore store;
    AlertEngine engine;
    qint64 now = T0;
};

// Event kinds by name ("pending", "firing", ...): readable when a comparison fails.
inline QStringList kinds(const QList<AlertEvent> &events)
{
    QStringList out;
    for (const AlertEvent &e : events)
        out.append(alertEventKindName(e.kind));
    return out;
}

inline QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out.append(QLatin1String(n));
    return out;
}

inline int notified(const QList<AlertEvent> &events)
{
    int n = 0;
    for (const AlertEvent &e : events)
        n += e.notify ? 1 : 0;
    return n;
}

} // namespace vigil::alerttest
