#include "CheckText.h"

#include "StatusIcon.h"
#include "alerts/AlertText.h"

#include <QCoreApplication>

namespace vigil::CheckText {

namespace {

Severity severityOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Healthy:
        return Severity::Healthy;
    case CheckStatus::Degraded:
    case CheckStatus::Pending:
        return Severity::Warning;
    case CheckStatus::Unhealthy:
        return Severity::Critical;
    case CheckStatus::Unknown:
        break;
    }
    return Severity::Unknown;
}

} // namespace

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Healthy:
        return QCoreApplication::translate("CheckText", "healthy");
    case CheckStatus::Degraded:
        return QCoreApplication::translate("CheckText", "degraded");
    case CheckStatus::Pending:
        return QCoreApplication::translate("CheckText", "pending");
    case CheckStatus::Unhealthy:
        return QCoreApplication::translate("CheckText", "unhealthy");
    case CheckStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("CheckText", "unknown");
}

QString stateText(const CheckState &state)
{
    if (!state.spec.enabled)
        return QCoreApplication::translate("CheckText", "disabled");
    if (state.status == CheckStatus::Pending && state.last)
        return QCoreApplication::translate("CheckText", "pending (retry %1)")
            .arg(state.last->attempt + 1);
    if (state.status == CheckStatus::Unknown && state.running)
        return QCoreApplication::translate("CheckText", "running…");
    return statusText(state.status);
}

QIcon statusDot(CheckStatus status)
{
    return AlertText::severityDot(severityOf(status), status == CheckStatus::Pending);
}

QColor statusColour(CheckStatus status)
{
    return severityColour(severityOf(status));
}

int statusRank(const CheckState &state)
{
    if (!state.spec.enabled)
        return -1;
    switch (state.status) {
    case CheckStatus::Unhealthy:
        return 4;
    case CheckStatus::Pending:
        return 3;
    case CheckStatus::Degraded:
        return 2;
    case CheckStatus::Healthy:
        return 1;
    case CheckStatus::Unknown:
        break;
    }
    return 0;
}

QString latencyText(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const double ms = *seconds * 1000.0;
    return QCoreApplication::translate("CheckText", "%1 ms")
        .arg(QString::number(ms, 'f', ms < 10 ? 1 : 0));
}

QString uptimeText(const std::optional<double> &percent)
{
    if (!percent)
        return QStringLiteral("—");
    return QCoreApplication::translate("CheckText", "%1 %").arg(QString::number(*percent, 'f', 2));
}

QString typeText(CheckType type)
{
    switch (type) {
    case CheckType::Http:
        return QCoreApplication::translate("CheckText", "HTTP");
    case CheckType::Tcp:
        return QCoreApplication::translate("CheckText", "TCP");
    case CheckType::Dns:
        return QCoreApplication::translate("CheckText", "DNS");
    case CheckType::Process:
        return QCoreApplication::translate("CheckText", "Process");
    case CheckType::File:
        return QCoreApplication::translate("CheckText", "File");
    case CheckType::Log:
        return QCoreApplication::translate("CheckText", "Log");
    case CheckType::Prometheus:
        return QCoreApplication::translate("CheckText", "Prometheus");
    }
    return {};
}

QString resultDetails(const CheckResult &r)
{
    QStringList lines;
    lines.append(
        QCoreApplication::translate("CheckText", "Status: %1").arg(statusText(r.attemptStatus)));
    if (!r.message.isEmpty())
        lines.append(QCoreApplication::translate("CheckText", "Message: %1").arg(r.message));
    if (!r.target.isEmpty())
        lines.append(QCoreApplication::translate("CheckText", "Target: %1").arg(r.target));
    lines.append(
        QCoreApplication::translate("CheckText", "Latency: %1").arg(latencyText(r.latencySeconds)));
    if (r.httpStatus > 0)
        lines.append(QCoreApplication::translate("CheckText", "HTTP status: %1").arg(r.httpStatus));
    if (r.certDaysLeft)
        lines.append(QCoreApplication::translate("CheckText", "Certificate expires in: %1 days")
                         .arg(QString::number(*r.certDaysLeft, 'f', 1)));
    if (!r.requestId.isEmpty())
        lines.append(QCoreApplication::translate("CheckText", "Request ID: %1").arg(r.requestId));
    if (!r.traceparent.isEmpty())
        lines.append(
            QCoreApplication::translate("CheckText", "traceparent: %1").arg(r.traceparent));
    if (r.timeMs > 0)
        lines.append(QCoreApplication::translate("CheckText", "Finished: %1")
                         .arg(AlertText::absoluteTimeText(r.timeMs)));
    return lines.join(u'\n');
}

QString resultSummary(const CheckResult &r)
{
    QStringList lines;
    if (!r.message.isEmpty())
        lines.append(r.message);
    QStringList facts{
        QCoreApplication::translate("CheckText", "Latency %1").arg(latencyText(r.latencySeconds))};
    if (r.httpStatus > 0)
        facts.append(QCoreApplication::translate("CheckText", "HTTP %1").arg(r.httpStatus));
    if (r.certDaysLeft)
        facts.append(QCoreApplication::translate("CheckText", "certificate expires in %1 days")
                         .arg(QString::number(*r.certDaysLeft, 'f', 0)));
    lines.append(facts.join(QStringLiteral(" · ")));
    if (!r.requestId.isEmpty())
        lines.append(QCoreApplication::translate("CheckText", "Request ID: %1").arg(r.requestId));
    if (!r.traceparent.isEmpty())
        lines.append(
            QCoreApplication::translate("CheckText", "traceparent: %1").arg(r.traceparent));
    return lines.join(u'\n');
}

} // namespace vigil::CheckText
