#pragma once

#include "alerts/AlertTypes.h"
#include "series/Unit.h"

#include <QIcon>
#include <QString>

namespace vigil {

// Wording shared by the alert and history views, so both say the same thing the same way.
namespace AlertText {

// A small round dot in the severity colour; hollow for a level that is only pending.
QIcon severityDot(Severity severity, bool hollow = false);
QString severityText(Severity severity);    // translated: "Warning", "Critical", ...
QString severityWord(Severity severity);    // translated, inside a sentence: "warning", ...
QString eventKindText(AlertEventKind kind); // translated: "Firing", "Escalated", ...

// "cpu=total, mount=/": compact, without alertname (it is the rule's name, shown already).
QString labelsText(const Labels &labels);
// One "name = value" per line, for tool tips.
QString labelsToolTip(const Labels &labels);

// Durations for people: "45s", "1m 20s", "2h 05m", "3d 4h". roundUp for countdowns.
QString durationText(qint64 ms, bool roundUp = false);
// "just now", "45s ago", "5m ago", "2h 05m ago", "3d 4h ago".
QString relativeTimeText(qint64 thenMs, qint64 nowMs);
// Local wall-clock time, "2026-11-21 09:40:00".
QString absoluteTimeText(qint64 ms);

// Unit of a metric name (SeriesRegistry of the system series); None when unknown.
Unit unitOfMetric(const QString &metric);
// The metric name of a selector text: "filesystem_used_percent{fstype!="vfat"}" ->
// "filesystem_used_percent".
QString metricOfSelector(const QString &selector);
QString operatorText(CompareOp op); // ">", ">=", ...

} // namespace AlertText
} // namespace vigil
