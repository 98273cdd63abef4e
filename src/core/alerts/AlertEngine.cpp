#include "AlertEngine.h"

#include "alerts/AlertEnginePrivate.h"
#include "series/MetricStore.h"
#include "util/Logging.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace vigil {

AlertEngine::AlertEngine()
    : d(std::make_unique<Private>())
{}

AlertEngine::~AlertEngine() = default;

QStringList AlertEngine::setRules(const QList<AlertRule> &rules)
{
    QStringList errors;
    std::vector<RuleEntry> entries;
    QSet<QString> names;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AlertRule &rule = rules.at(i);
        const QString path = QStringLiteral("rules[%1].").arg(i);
        QString field;
        QString error;
        if (!validateRule(rule, &field, &error)) {
            errors << path + field + QLatin1String(": ") + error;
            continue;
        }
        if (names.contains(rule.name)) {
            errors << path + QStringLiteral("name: duplicate rule name \"%1\"").arg(rule.name);
            continue;
        }
        names.insert(rule.name);
        RuleEntry entry;
        entry.rule = rule;
        entry.selector = *Selector::parse(rule.series);
        entry.summary = Template(rule.summary, rule.name);
        entry.description = Template(rule.description, rule.name);
        entry.unit = Template::unitOf(entry.selector.metric());
        entry.rate = entry.selector.metric().endsWith(QLatin1String("_per_second"));
        // A changed rule keeps the state of its alerts (matched again by fingerprint); a
        // disabled or removed rule's alerts disappear without any event.
        if (rule.enabled) {
            for (RuleEntry &old : d->rules) {
                if (old.rule.name == rule.name)
                    entry.instances = std::move(old.instances);
            }
        }
        entries.push_back(std::move(entry));
    }
    for (const QString &e : std::as_const(errors))
        qCWarning(lcAlerts).noquote() << "rule skipped:" << e;
    d->rules = std::move(entries);
    d->byFp.clear();
    d->matched = false;
    return errors;
}

QList<AlertRule> AlertEngine::rules() const
{
    QList<AlertRule> out;
    out.reserve(qsizetype(d->rules.size()));
    for (const RuleEntry &e : d->rules)
        out.append(e.rule);
    return out;
}

void AlertEngine::setSilences(const QList<Silence> &silences)
{
    d->silences.clear();
    for (const Silence &s : silences) {
        QString error;
        auto matchers = MatcherSet::compile(s.matchers, &error);
        if (!matchers) {
            qCWarning(lcAlerts).noquote() << "silence" << s.id << "ignored:" << error;
            continue;
        }
        d->silences.push_back({s, std::move(*matchers)});
    }
}

QList<Silence> AlertEngine::silences() const
{
    QList<Silence> out;
    for (const CompiledSilence &s : d->silences)
        out.append(s.silence);
    return out;
}

QList<AlertEvent> AlertEngine::evaluate(const MetricStore &store, qint64 nowMs, qint64 intervalMs)
{
    if (!d->matched || store.generation() != d->generation)
        d->match(store);
    // "No sample for 3 intervals" is stale; without an interval nothing goes stale. A series
    // reported less often (a check every minute) is measured by its own spacing instead.
    const qint64 staleAfterMs = intervalMs > 0 ? 3 * intervalMs : -1;
    QList<AlertEvent> events;
    for (RuleEntry &entry : d->rules) {
        for (AlertSlot &slot : entry.instances)
            d->evaluateSlot(entry, slot, store, nowMs, staleAfterMs, events);
    }
    d->restored.clear(); // restored alerts no rule claimed are gone
    return events;
}

std::optional<AlertEvent> AlertEngine::acknowledge(const QString &fingerprint, qint64 nowMs)
{
    const auto it = d->byFp.constFind(fingerprint);
    if (it == d->byFp.constEnd())
        return std::nullopt;
    RuleEntry &entry = d->rules[it->first];
    Alert &alert = entry.instances[it->second].alert;
    if (alert.state != AlertState::Firing || alert.acknowledged)
        return std::nullopt;
    alert.acknowledged = true;
    AlertEvent e = Private::event(entry, alert, AlertEventKind::Acknowledged, nowMs);
    e.fromState = e.toState = AlertState::Firing;
    e.fromSeverity = e.toSeverity = alert.severity;
    e.notify = false;
    return e;
}

QList<Alert> AlertEngine::alerts() const
{
    QList<Alert> out;
    for (const RuleEntry &entry : d->rules) {
        for (const AlertSlot &slot : entry.instances) {
            if (slot.alert.state != AlertState::Inactive)
                out.append(Private::rendered(entry, slot.alert));
        }
    }
    // Worst first: firing before pending, critical before warning, then the oldest.
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.state != b.state)
            return a.state == AlertState::Firing;
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.activeSinceMs != b.activeSinceMs)
            return a.activeSinceMs < b.activeSinceMs;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.series < b.series;
    });
    return out;
}

std::optional<Alert> AlertEngine::alert(const QString &fingerprint) const
{
    const auto it = d->byFp.constFind(fingerprint);
    if (it == d->byFp.constEnd())
        return std::nullopt;
    const RuleEntry &entry = d->rules[it->first];
    const Alert &alert = entry.instances[it->second].alert;
    if (alert.state == AlertState::Inactive)
        return std::nullopt;
    return Private::rendered(entry, alert);
}

void AlertEngine::restore(const QList<Alert> &alerts)
{
    for (const Alert &a : alerts) {
        if (a.state != AlertState::Inactive && !a.fingerprint.isEmpty())
            d->restored.insert(a.fingerprint, a);
    }
    d->matched = false; // claimed when the instances are matched again, at the next evaluation
}

void AlertEngine::noteWallClockJump(qint64 nowMs)
{
    for (RuleEntry &entry : d->rules) {
        for (AlertSlot &slot : entry.instances) {
            if (slot.alert.state == AlertState::Pending)
                slot.alert.activeSinceMs = nowMs;
            slot.firstSampleMs = -1; // rate series warm up again after a resume
        }
    }
}

} // namespace vigil
