#pragma once

#include "checks/CheckTypes.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace vigil {

// Wording shared by the Checks tab, its detail pane and the check editor's test result, so all
// three say the same thing the same way.
namespace CheckText {

// Translated, lower case like the alert states: "healthy", "degraded", "pending", ...
QString statusText(CheckStatus status);
// A check's state for the table: "pending (retry 2)", "disabled", "healthy", ...
QString stateText(const CheckState &state);
// A round dot in the status colour (hollow while pending), like the alerts' severity dots.
// Drawn on every call: cache it where data() needs it.
QIcon statusDot(CheckStatus status);
QColor statusColour(CheckStatus status);
// Worst first when sorted descending: unhealthy, pending, degraded, healthy, unknown, disabled.
int statusRank(const CheckState &state);

// "0.4 ms", "12 ms", "1234 ms"; "—" without a value.
QString latencyText(const std::optional<double> &seconds);
// "99.95 %"; "—" without a value.
QString uptimeText(const std::optional<double> &percent);
// "HTTP", "TCP", ... as shown in tables.
QString typeText(CheckType type);

// Every field of one result on its own line, for the clipboard.
QString resultDetails(const CheckResult &result);
// The same, compact: the message, then "Latency 52 ms · HTTP 200 · certificate expires in 61
// days", then the request ID and the traceparent (the check editor's test result).
QString resultSummary(const CheckResult &result);

} // namespace CheckText
} // namespace vigil
