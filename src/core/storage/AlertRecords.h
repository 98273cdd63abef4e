#pragma once

#include "alerts/AlertTypes.h"

#include <QString>

// How alert values are written to the database: stable text codes for enums (readable with the
// sqlite3 shell, independent of display names) and JSON for labels and matchers.
namespace vigil::records {

QString eventKindCode(AlertEventKind kind);
AlertEventKind eventKindFromCode(const QString &code, bool *ok = nullptr);
QString stateCode(AlertState state);
AlertState stateFromCode(const QString &code, bool *ok = nullptr);
QString severityCode(Severity severity);
Severity severityFromCode(const QString &code, bool *ok = nullptr);

// {"name":"value",...}; read back sorted by name, as Labels requires.
QString labelsToJson(const Labels &labels);
Labels labelsFromJson(const QString &json, bool *ok = nullptr);

// Alertmanager's API form: [{"name":..,"value":..,"isRegex":..,"isEqual":..}].
QString matchersToJson(const QList<LabelMatcher> &matchers);
QList<LabelMatcher> matchersFromJson(const QString &json, bool *ok = nullptr);

// Case-folded rule, summary and label values: what EventQuery::text is searched in.
QString searchText(const AlertEvent &event);
// EventQuery::text as searched for in searchText(); empty: no text filter.
QString searchNeedle(const QString &text);
// The same filter the SQL query applies, for events not yet written.
bool matchesQuery(const AlertEvent &event, const EventQuery &query);

} // namespace vigil::records
