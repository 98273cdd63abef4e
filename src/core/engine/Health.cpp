#include "Health.h"

#include <QCoreApplication>

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
        return QCoreApplication::translate("vigil::Health", "No data yet");
    if (findings.isEmpty())
        return QCoreApplication::translate("vigil::Health",
                                           "All values below their warning thresholds");
    if (findings.size() == 1)
        return findings.first().summary;
    // A plain variable: lupdate 6.4 hangs on "int(findings.size() - 1)" as the count.
    const int more = int(findings.size()) - 1;
    return QCoreApplication::translate("vigil::Health", "%1 (+%n more)", nullptr, more)
        .arg(findings.first().summary);
}

} // namespace vigil
