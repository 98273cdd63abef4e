#pragma once

// Internal to AlertEngine: the rule entries, one slot per (rule, series), and the transitions.

#include "alerts/AlertEngine.h"
#include "alerts/MatcherSet.h"
#include "alerts/Selector.h"
#include "alerts/Template.h"

#include <QHash>

#include <vector>

namespace vigil {

class MetricStore;

// One (rule, series) pair, inactive or not. Inactive instances only remember the warm-up.
struct AlertSlot
{
    Alert alert;
    qint64 clearSinceMs = -1;  // firing, first non-breaching sample (keep_firing_for)
    qint64 firstSampleMs = -1; // warm-up of rate series: first sample seen
};

struct RuleEntry
{
    AlertRule rule;
    Selector selector;
    Template summary;
    Template description;
    Unit unit = Unit::None;
    bool rate = false; // a *_per_second series: needs a second sample before it can go pending
    std::vector<AlertSlot> instances;
};

struct CompiledSilence
{
    Silence silence;
    MatcherSet matchers;
};

struct AlertEngine::Private
{
    std::vector<RuleEntry> rules; // valid rules, in the order given
    std::vector<CompiledSilence> silences;
    QHash<QString, Alert> restored;                 // by fingerprint, until the next evaluation
    QHash<QString, std::pair<size_t, size_t>> byFp; // fingerprint -> (rule, slot)
    quint64 generation = 0;                         // of the store the instances were matched on
    bool matched = false;                           // false: instances must be matched again

    // Matches every rule against the store's series; keeps the state of known fingerprints.
    void match(const MetricStore &store);
    void evaluateSlot(RuleEntry &entry, AlertSlot &slot, const MetricStore &store, qint64 nowMs,
                      qint64 staleAfterMs, QList<AlertEvent> &events) const;
    QString silenceFor(const Labels &labels, qint64 nowMs) const;

    static Alert rendered(const RuleEntry &entry, const Alert &alert);
    static AlertEvent event(const RuleEntry &entry, const Alert &alert, AlertEventKind kind,
                            qint64 nowMs);
};

// alertname + series labels + rule labels (rule labels win; alertname is always the rule name).
Labels alertLabels(const AlertRule &rule, const SeriesId &series);

} // namespace vigil
