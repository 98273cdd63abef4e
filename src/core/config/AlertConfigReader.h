#pragma once

// Internal to src/core/config: the alerting sections of the document (`rules`, `alerts`,
// `notifications`), read into a ConfigResult next to the rest (ConfigReader).

#include "config/ConfigFile.h"

#include <QJsonValue>

namespace vigil::configreader {

// `rules`: absent keeps defaultAlertRules(); otherwise exactly the valid rules of the array. A
// rule with a problem is skipped and its messages ("rules[3].series: unknown matcher \"~=\"")
// go to result.warnings, so the other rules still run. Only a `rules` that is not an array is
// an error.
void readRules(const QJsonValue &value, ConfigResult &result);

// `alerts.history_retention` and `notifications.desktop.*`: problems are errors, as elsewhere.
void readAlerts(const QJsonValue &value, ConfigResult &result);
void readNotifications(const QJsonValue &value, ConfigResult &result);

} // namespace vigil::configreader
