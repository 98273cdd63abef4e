#pragma once

#include "engine/Health.h"
#include "series/SeriesId.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <limits>
#include <optional>

namespace vigil {

// One label matcher of a selector: name op "value", with Prometheus semantics (a missing label
// equals ""; regexes are fully anchored).
struct LabelMatcher
{
    enum class Op { Equal, NotEqual, Regex, NotRegex };
    QString name;
    Op op = Op::Equal;
    QString value;
    friend bool operator==(const LabelMatcher &a, const LabelMatcher &b)
    {
        return a.name == b.name && a.op == b.op && a.value == b.value;
    }
};

enum class CompareOp { Greater, GreaterEqual, Less, LessEqual };

// A threshold rule, as configured (config key `rules`, docs/alerts.md).
struct AlertRule
{
    QString name;   // unique; becomes the alertname label
    QString series; // selector text: metric{label="v",other=~"re"}
    CompareOp op = CompareOp::Greater;
    std::optional<double> warning;
    std::optional<double> critical;
    std::optional<double> warningClear;  // hysteresis: leave warning only past this value
    std::optional<double> criticalClear; // hysteresis: leave critical only past this value
    qint64 forMs = 0;                    // pending time before firing
    qint64 keepFiringForMs = 0;          // clear delay
    qint64 repeatMs = 4 * 3600 * 1000;   // re-notify interval while firing (0: never)
    Labels labels;                       // extra labels
    QString summary; // templates: {{ $value }} {{ $labels.x }} {{ $threshold }} {{ $for }}
    QString description;
    QString runbook;
    bool enabled = true;
    friend bool operator==(const AlertRule &a, const AlertRule &b);
};

// Checks one rule on its own: name, selector, thresholds ordered consistently with the operator,
// clear thresholds on the correct side, durations. On failure returns false and sets *field
// ("series", "warning", ...) and *error (the reason). Used by the config reader and the dialog.
bool validateRule(const AlertRule &rule, QString *field, QString *error);

// Rules shipped out of the box: cpu_high (80/95 for 2m, clear 70/85), memory_high (85/95 for 2m),
// filesystem_full (80/90 for 1m, every filesystem).
QList<AlertRule> defaultAlertRules();

enum class AlertState { Inactive, Pending, Firing };

// One alert instance: one rule x one matching label set.
struct Alert
{
    QString fingerprint; // 16 hex digits, Alertmanager's label fingerprint of `labels`
    QString rule;
    Labels labels; // alertname + series labels + rule labels (never severity, never the value)
    SeriesId series;
    AlertState state = AlertState::Inactive;
    Severity severity = Severity::Warning; // current (or pending) level
    double value = 0;
    double threshold = 0;     // threshold of the current level
    qint64 activeSinceMs = 0; // pending start (Prometheus activeAt)
    qint64 firingSinceMs = 0; // 0 unless firing: startsAt
    qint64 lastSampleMs = 0;
    qint64 lastNotifiedMs = 0;   // last firing/repeat notification
    bool notifiedFiring = false; // a firing notification went out (so resolved must too)
    bool stale = false;          // no sample for 3 intervals: state held, shown as stale
    bool acknowledged = false;   // no repeats until resolved
    QString silencedBy;          // id of the silence muting it, empty when not silenced
    QString summary;             // rendered templates
    QString description;
    QString runbook;
};

enum class AlertEventKind {
    Pending,
    Firing,
    Escalated,
    Deescalated,
    Repeat,
    Resolved,
    Acknowledged
};

// Every transition, stored and shown in history; `notify` says whether it goes to notification
// channels (false for pending, silenced, acknowledged repeats ...).
struct AlertEvent
{
    qint64 id = 0; // assigned by the store
    qint64 timeMs = 0;
    AlertEventKind kind = AlertEventKind::Firing;
    QString fingerprint;
    QString rule;
    Labels labels;
    AlertState fromState = AlertState::Inactive;
    AlertState toState = AlertState::Inactive;
    Severity fromSeverity = Severity::Warning;
    Severity toSeverity = Severity::Warning;
    double value = 0;
    double threshold = 0;
    qint64 firingSinceMs = 0;
    QString summary;
    QString runbook;
    bool notify = false;
    QString silencedBy;
    // For notification channels only (not stored): the series' metric name, for its unit,
    // and the rendered description.
    QString seriesName;
    QString description;
};

// Mutes notifications (never evaluation) of alerts whose labels match every matcher.
struct Silence
{
    QString id;
    QList<LabelMatcher> matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0; // required
    QString comment;
    QString createdBy;
    bool isActive(qint64 nowMs) const { return startsAtMs <= nowMs && nowMs < endsAtMs; }
};

// A filter over stored alert events (history view, export).
struct EventQuery
{
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    QList<Severity> severities;  // empty: all
    QList<AlertEventKind> kinds; // empty: all
    QString text;                // case-insensitive, in rule, summary or any label value
    int limit = 10000;
};

QString alertStateName(AlertState state);        // "inactive", "pending", "firing"
QString alertEventKindName(AlertEventKind kind); // "firing", "escalated", ...

} // namespace vigil

Q_DECLARE_METATYPE(vigil::Alert)
Q_DECLARE_METATYPE(vigil::AlertEvent)
Q_DECLARE_METATYPE(vigil::Silence)
Q_DECLARE_METATYPE(vigil::EventQuery)
