#include "Health.h"

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

} // namespace vigil
