#pragma once

#include "alerts/AlertTypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace vigil {

class Clock;
class MetricStore;

// Evaluates threshold rules over the series in a MetricStore and keeps one Alert per rule and
// matching label set. Deterministic: all time comes from the arguments. Plain class, lives in the
// engine's thread. Semantics: docs/alerts.md (Prometheus-compatible: pending for `for`, firing,
// resolved; hysteresis; keep_firing_for; no data holds state; silences mute, never evaluate).
class AlertEngine
{
public:
    AlertEngine();
    ~AlertEngine();
    AlertEngine(const AlertEngine &) = delete;
    AlertEngine &operator=(const AlertEngine &) = delete;

    // Replaces the rule set. Returns one message per rule that cannot be used ("rules[3].series:
    // ..."); those rules are skipped, the others run. Alerts of removed rules resolve silently.
    QStringList setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const;

    void setSilences(const QList<Silence> &silences);
    QList<Silence> silences() const;

    // One evaluation at nowMs over the latest samples. intervalMs is the sampling interval (a
    // series without a sample for 3 intervals is stale). Returns the transitions, oldest first.
    QList<AlertEvent> evaluate(const MetricStore &store, qint64 nowMs, qint64 intervalMs);

    // Stops repeats of a firing alert until it resolves. Returns the Acknowledged event, or
    // nothing when the fingerprint is not firing.
    std::optional<AlertEvent> acknowledge(const QString &fingerprint, qint64 nowMs);

    // Pending and firing alerts, worst first.
    QList<Alert> alerts() const;
    std::optional<Alert> alert(const QString &fingerprint) const;

    // Restores pending and firing alerts after a restart (Prometheus `for` state restore).
    void restore(const QList<Alert> &alerts);

    // A wall-clock jump (suspend/resume) restarts pending timers instead of firing on stale data.
    void noteWallClockJump(qint64 nowMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigil
