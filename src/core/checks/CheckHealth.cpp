#include "CheckHealth.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigil {

void addCheckFindings(HealthReport &health, const QList<CheckState> &checks)
{
    for (const CheckState &s : checks) {
        Severity severity = Severity::Healthy;
        if (s.status == CheckStatus::Unhealthy)
            severity = Severity::Critical;
        else if (s.status == CheckStatus::Degraded || s.status == CheckStatus::Pending)
            severity = Severity::Warning;
        if (severity == Severity::Healthy)
            continue;
        const bool alerted = std::any_of(
            health.findings.cbegin(), health.findings.cend(), [&](const HealthFinding &f) {
                return f.series.name().startsWith(QLatin1String("check_")) &&
                       f.series.label(u"check") == s.spec.name && f.severity >= severity;
            });
        if (alerted)
            continue;
        HealthFinding f;
        f.check = s.spec.name;
        f.series =
            SeriesId(QStringLiteral("check_status"), {{QStringLiteral("check"), s.spec.name}});
        f.value = severity == Severity::Critical ? 2 : 1;
        f.threshold = f.value;
        f.severity = severity;
        const QString message = s.last ? s.last->message : QString();
        f.summary = QCoreApplication::translate("vigil::CheckHealth", "Check %1 %2%3")
                        .arg(s.spec.name, checkStatusName(s.status),
                             message.isEmpty() ? QString() : QLatin1String(": ") + message);
        health.findings.append(f);
    }
}

} // namespace vigil
