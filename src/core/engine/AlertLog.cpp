#include "AlertLog.h"

#include "engine/Health.h"
#include "log/LogScope.h"
#include "util/Logging.h"

namespace vigil {

void logAlertTransitions(const QList<AlertEvent> &events)
{
    for (const AlertEvent &e : events) {
        const LogScope scope({{QStringLiteral("fingerprint"), e.fingerprint},
                              {QStringLiteral("rule"), e.rule},
                              {QStringLiteral("state"), alertStateName(e.toState)},
                              {QStringLiteral("severity"), severityName(e.toSeverity)},
                              {QStringLiteral("value"), e.value}});
        const bool quiet =
            e.kind == AlertEventKind::Pending ||
            (e.fromState == AlertState::Pending && e.toState == AlertState::Inactive);
        if (quiet)
            qCDebug(lcAlerts).noquote() << "alert" << alertEventKindName(e.kind) << e.rule;
        else
            qCInfo(lcAlerts).noquote() << "alert" << alertEventKindName(e.kind) << e.rule
                                       << severityName(e.toSeverity) << "-" << e.summary;
    }
}

} // namespace vigil
