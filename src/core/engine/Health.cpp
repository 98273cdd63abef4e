#include "Health.h"

#include "series/Unit.h"

#include <algorithm>

namespace vigil {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Healthy:
        return QStringLiteral("healthy");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString HealthReport::headline() const
{
    if (status == Severity::Unknown)
        return QStringLiteral("No data yet");
    if (findings.isEmpty())
        return QStringLiteral("All values below their warning thresholds");
    QString text = findings.first().summary;
    if (findings.size() > 1)
        text += QStringLiteral(" (+%1 more)").arg(findings.size() - 1);
    return text;
}

namespace {

struct Threshold
{
    const char *check;
    const char *metric;
    const char *what;
    double warning;
    double critical;
};

const Threshold kThresholds[] = {
    {"cpu_high", "cpu_usage_percent", "CPU", 80, 95},
    {"memory_high", "memory_used_percent", "Memory", 85, 95},
    {"filesystem_full", "filesystem_used_percent", "Filesystem", 80, 90},
};

} // namespace

HealthReport evaluateBuiltinThresholds(const SampleBatch &latest)
{
    HealthReport report;
    bool anyData = false;
    for (const SeriesSample &s : latest.samples) {
        for (const Threshold &t : kThresholds) {
            if (s.id.name() != QLatin1String(t.metric))
                continue;
            // Per-core CPU spikes are normal; only the total counts.
            if (s.id.name() == QLatin1String("cpu_usage_percent") && s.id.label(u"cpu") != u"total")
                continue;
            anyData = true;
            Severity sev = Severity::Healthy;
            double threshold = t.warning;
            if (s.value >= t.critical) {
                sev = Severity::Critical;
                threshold = t.critical;
            } else if (s.value >= t.warning) {
                sev = Severity::Warning;
            }
            if (sev == Severity::Healthy)
                continue;
            QString what = QLatin1String(t.what);
            const QString mount = s.id.label(u"mount");
            if (!mount.isEmpty())
                what = mount;
            report.findings.append(
                {QLatin1String(t.check), s.id, s.value, threshold, sev,
                 QStringLiteral("%1 at %2 (%3 threshold %4 %)")
                     .arg(what, formatValue(s.value, Unit::Percent), severityName(sev))
                     .arg(threshold)});
        }
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const HealthFinding &a, const HealthFinding &b) {
                         return int(a.severity) > int(b.severity);
                     });
    if (!anyData)
        report.status = Severity::Unknown;
    else if (report.findings.isEmpty())
        report.status = Severity::Healthy;
    else
        report.status = report.findings.first().severity;
    return report;
}

} // namespace vigil
