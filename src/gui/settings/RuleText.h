#pragma once

#include "alerts/AlertTypes.h"
#include "series/Unit.h"

#include <QString>

#include <optional>

class QWidget;

namespace vigil {

// Text helpers shared by the settings pages and the rule editor.
namespace ruletext {

// The unit of the metric a selector names ("cpu_usage_percent{...}" -> Percent), None if unknown.
Unit unitOfSelector(const QString &selector);
// Suffix for a number in that unit: " %", " °C", " B/s", ... or "".
QString unitSuffix(Unit unit);

// Shortest exact text of a number in the current locale, without group separators.
QString formatNumber(double value);
// A threshold for display: number with its unit ("80 %", "1.50 GiB"), "—" when unset.
QString formatThreshold(const std::optional<double> &value, Unit unit);
// Locale number; empty text is nullopt with *ok true.
std::optional<double> parseNumber(const QString &text, bool *ok);

// "warning_clear" -> "Warning clear", "labels.x" -> "Label “x”".
QString fieldTitle(const QString &field);
// "Critical (80) must be ..." when the reason names its field, else "Series: unknown ...".
QString describeError(const QString &field, const QString &error);
// Empty when validateRule() accepts the rule, else "cpu_high — <describeError()>".
QString ruleProblem(const AlertRule &rule);
// validateRule() in one call; returns false with *field and *error set.
bool checkRule(const AlertRule &rule, QString *field, QString *error);

// Marks an input as invalid (light red background, message in the tooltip) or clears it.
// The widget's own tooltip is kept in the "baseToolTip" property.
void markInvalid(QWidget *widget, const QString &message);

} // namespace ruletext

} // namespace vigil
