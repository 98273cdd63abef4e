#include "AlertEnginePrivate.h"

#include "alerts/CompareOp.h"
#include "alerts/Fingerprint.h"
#include "series/MetricStore.h"
#include "util/Logging.h"

#include <algorithm>

namespace vigil {

namespace {

struct Level
{
    Severity severity = Severity::Healthy; // Healthy: breaches nothing
    double threshold = 0;
};

// Hysteresis: a level the alert already holds is left only once the value passes that level's
// clear threshold (by default the raise threshold itself).
Level levelOf(const AlertRule &rule, double value, Severity current)
{
    const bool held = current == Severity::Warning || current == Severity::Critical;
    if (rule.critical) {
        const double limit = current == Severity::Critical
                                 ? rule.criticalClear.value_or(*rule.critical)
                                 : *rule.critical;
        if (breaches(rule.op, value, limit))
            return {Severity::Critical, *rule.critical};
    }
    if (rule.warning) {
        // Being critical implies being past warning, so warning's clear applies then too.
        const double limit = held ? rule.warningClear.value_or(*rule.warning) : *rule.warning;
        if (breaches(rule.op, value, limit))
            return {Severity::Warning, *rule.warning};
    }
    return {};
}

TemplateValues templateValues(const RuleEntry &entry, const Alert &alert)
{
    return {alert.labels, alert.value, alert.threshold, entry.unit, entry.rule.forMs};
}

QString renderSummary(const RuleEntry &entry, const Alert &alert)
{
    if (!entry.summary.isEmpty())
        return entry.summary.render(templateValues(entry, alert));
    return QStringLiteral("%1: %2 at %3 (threshold %4)")
        .arg(entry.rule.name, alert.series.toString(), formatValue(alert.value, entry.unit),
             formatValue(alert.threshold, entry.unit));
}

void resetToInactive(AlertSlot &slot)
{
    Alert &a = slot.alert;
    a.state = AlertState::Inactive;
    a.severity = Severity::Warning;
    a.threshold = 0;
    a.activeSinceMs = a.firingSinceMs = a.lastNotifiedMs = 0;
    a.notifiedFiring = a.stale = a.acknowledged = false;
    a.silencedBy.clear();
    slot.clearSinceMs = -1;
}

} // namespace

Labels alertLabels(const AlertRule &rule, const SeriesId &series)
{
    Labels labels = series.labels();
    for (const Label &extra : rule.labels)
        labels.append(extra);
    labels.append({QStringLiteral("alertname"), rule.name});
    // SeriesId sorts and keeps the last value of a duplicate name: rule labels, then alertname.
    return SeriesId(series.name(), std::move(labels)).labels();
}

void AlertEngine::Private::match(const MetricStore &store)
{
    QHash<QString, QList<SeriesId>> byName;
    for (const SeriesId &id : store.seriesIds())
        byName[id.name()].append(id);
    byFp.clear();
    for (size_t r = 0; r < rules.size(); ++r) {
        RuleEntry &entry = rules[r];
        if (!entry.rule.enabled)
            continue;
        QHash<QString, AlertSlot> old;
        for (AlertSlot &slot : entry.instances)
            old.insert(slot.alert.fingerprint, std::move(slot));
        entry.instances.clear();
        auto add = [&](const SeriesId &id, const Labels &labels, const QString &fp) {
            AlertSlot slot = old.take(fp);
            // A restored alert replaces an inactive one (a restore may come after the first
            // evaluations), never a live pending or firing one.
            const auto restoredIt = restored.constFind(fp);
            if (restoredIt != restored.constEnd()) {
                if (slot.alert.state == AlertState::Inactive) {
                    slot.alert = *restoredIt;
                    slot.alert.stale = true; // until a sample says otherwise
                    slot.clearSinceMs = -1;
                }
                restored.erase(restoredIt);
            }
            slot.alert.fingerprint = fp;
            slot.alert.rule = entry.rule.name;
            slot.alert.labels = labels;
            slot.alert.series = id;
            byFp.insert(fp, {r, entry.instances.size()});
            entry.instances.push_back(std::move(slot));
        };
        for (const SeriesId &id : byName.value(entry.selector.metric())) {
            if (!entry.selector.matches(id))
                continue;
            const Labels labels = alertLabels(entry.rule, id);
            add(id, labels, alertFingerprint(labels));
        }
        // A pending or firing alert whose series left the store is held (stale), never dropped:
        // no data is not "OK". One whose series is there but no longer matches the rule goes.
        QList<Alert> gone;
        for (const AlertSlot &slot : std::as_const(old)) {
            if (slot.alert.state != AlertState::Inactive && !store.contains(slot.alert.series))
                gone.append(slot.alert);
        }
        for (const Alert &a : std::as_const(gone)) {
            const Labels labels = alertLabels(entry.rule, a.series);
            if (entry.selector.matches(a.series) && alertFingerprint(labels) == a.fingerprint)
                add(a.series, labels, a.fingerprint);
        }
        // Restored alerts of series the store does not have (yet) are held the same way.
        const QList<Alert> waiting = restored.values();
        for (const Alert &a : waiting) {
            if (a.rule != entry.rule.name || store.contains(a.series) ||
                !entry.selector.matches(a.series) || byFp.contains(a.fingerprint))
                continue;
            const Labels labels = alertLabels(entry.rule, a.series);
            if (alertFingerprint(labels) == a.fingerprint)
                add(a.series, labels, a.fingerprint);
        }
    }
    generation = store.generation();
    matched = true;
    qCDebug(lcAlerts) << "matched" << rules.size() << "rules:" << byFp.size() << "alert instances,"
                      << restored.size() << "restored alerts unclaimed";
}

QString AlertEngine::Private::silenceFor(const Labels &labels, qint64 nowMs) const
{
    for (const CompiledSilence &s : silences) {
        if (s.silence.isActive(nowMs) && s.matchers.matches(labels))
            return s.silence.id;
    }
    return {};
}

void AlertEngine::Private::evaluateSlot(RuleEntry &entry, AlertSlot &slot, const MetricStore &store,
                                        qint64 nowMs, qint64 staleAfterMs,
                                        QList<AlertEvent> &events) const
{
    const AlertRule &rule = entry.rule;
    Alert &a = slot.alert;
    if (a.state != AlertState::Inactive)
        a.silencedBy = silenceFor(a.labels, nowMs);
    qint64 spacingMs = 0;
    const std::optional<Sample> latest = store.latest(a.series, &spacingMs);
    const bool fresh = latest && (staleAfterMs < 0 ||
                                  latest->timeMs > nowMs - std::max(staleAfterMs, 3 * spacingMs));

    auto push = [&](AlertEventKind kind, AlertState from, Severity fromSeverity, bool notify) {
        AlertEvent e = event(entry, a, kind, nowMs);
        e.fromState = from;
        e.fromSeverity = fromSeverity;
        e.notify = notify;
        events.append(std::move(e));
    };
    auto fire = [&](AlertState from, Severity fromSeverity) {
        a.state = AlertState::Firing;
        a.firingSinceMs = nowMs;
        a.notifiedFiring = a.silencedBy.isEmpty();
        if (a.notifiedFiring)
            a.lastNotifiedMs = nowMs;
        push(AlertEventKind::Firing, from, fromSeverity, a.notifiedFiring);
    };

    if (fresh) {
        a.stale = false;
        a.value = latest->value;
        a.lastSampleMs = latest->timeMs;
        if (slot.firstSampleMs < 0)
            slot.firstSampleMs = latest->timeMs;
        const bool warmedUp = !entry.rate || latest->timeMs > slot.firstSampleMs;
        const Severity current = a.state == AlertState::Inactive ? Severity::Healthy : a.severity;
        const Level level = levelOf(rule, a.value, current);

        switch (a.state) {
        case AlertState::Inactive:
            if (level.severity == Severity::Healthy || !warmedUp)
                return;
            a.severity = level.severity;
            a.threshold = level.threshold;
            a.activeSinceMs = nowMs;
            a.silencedBy = silenceFor(a.labels, nowMs);
            if (rule.forMs <= 0) {
                fire(AlertState::Inactive, Severity::Healthy);
            } else {
                a.state = AlertState::Pending;
                push(AlertEventKind::Pending, AlertState::Inactive, Severity::Healthy, false);
            }
            return;
        case AlertState::Pending:
            if (level.severity == Severity::Healthy) {
                // A flap inside `for`: back to inactive, nobody was told it was pending.
                const Severity was = a.severity;
                a.state = AlertState::Inactive;
                push(AlertEventKind::Resolved, AlertState::Pending, was, false);
                resetToInactive(slot);
                return;
            }
            a.severity = level.severity;
            a.threshold = level.threshold;
            if (nowMs - a.activeSinceMs >= rule.forMs)
                fire(AlertState::Pending, a.severity);
            return;
        case AlertState::Firing:
            if (level.severity == Severity::Healthy) {
                // Measured in sample time: only data can show that it stayed clear.
                if (slot.clearSinceMs < 0)
                    slot.clearSinceMs = latest->timeMs;
                if (latest->timeMs - slot.clearSinceMs >= rule.keepFiringForMs) {
                    const Severity was = a.severity;
                    a.state = AlertState::Inactive;
                    // Told it fired, so told it resolved, silenced or not.
                    push(AlertEventKind::Resolved, AlertState::Firing, was, a.notifiedFiring);
                    resetToInactive(slot);
                    return;
                }
                break; // keep_firing_for holds it
            }
            slot.clearSinceMs = -1;
            if (level.severity != a.severity) {
                const Severity was = a.severity;
                a.severity = level.severity;
                a.threshold = level.threshold;
                const bool notify = a.silencedBy.isEmpty();
                if (notify) {
                    a.lastNotifiedMs = nowMs;
                    a.notifiedFiring = true;
                }
                push(level.severity > was ? AlertEventKind::Escalated : AlertEventKind::Deescalated,
                     AlertState::Firing, was, notify);
                return;
            }
            break;
        }
    } else if (a.state != AlertState::Inactive) {
        a.stale = true; // held: no data never fires a pending alert nor resolves a firing one
    }

    // Repeats: also the first notification of an alert that fired while silenced.
    if (a.state != AlertState::Firing || a.acknowledged || !a.silencedBy.isEmpty())
        return;
    const bool due =
        !a.notifiedFiring || (rule.repeatMs > 0 && nowMs - a.lastNotifiedMs >= rule.repeatMs);
    if (!due)
        return;
    a.notifiedFiring = true;
    a.lastNotifiedMs = nowMs;
    push(AlertEventKind::Repeat, AlertState::Firing, a.severity, true);
}

Alert AlertEngine::Private::rendered(const RuleEntry &entry, const Alert &alert)
{
    Alert out = alert;
    out.summary = renderSummary(entry, alert);
    out.description = entry.description.render(templateValues(entry, alert));
    out.runbook = entry.rule.runbook;
    return out;
}

AlertEvent AlertEngine::Private::event(const RuleEntry &entry, const Alert &alert,
                                       AlertEventKind kind, qint64 nowMs)
{
    AlertEvent e;
    e.timeMs = nowMs;
    e.kind = kind;
    e.fingerprint = alert.fingerprint;
    e.rule = alert.rule;
    e.labels = alert.labels;
    e.fromState = e.toState = alert.state;
    e.fromSeverity = e.toSeverity =
        alert.state == AlertState::Inactive ? Severity::Healthy : alert.severity;
    e.value = alert.value;
    e.threshold = alert.threshold;
    e.firingSinceMs = alert.firingSinceMs;
    e.summary = renderSummary(entry, alert);
    e.runbook = entry.rule.runbook;
    e.silencedBy = alert.silencedBy;
    e.seriesName = alert.series.name();
    if (kind != AlertEventKind::Pending)
        e.description = entry.description.render(templateValues(entry, alert));
    return e;
}

} // namespace vigil
