#include "RuleCheck.h"

#include "alerts/CompareOp.h"
#include "alerts/Selector.h"
#include "alerts/Template.h"

#include <algorithm>

namespace vigil {

HealthReport evaluateRulesNow(const QList<AlertRule> &rules, const SampleBatch &batch)
{
    HealthReport report;
    bool anyMatch = false;
    for (const AlertRule &rule : rules) {
        QString field;
        QString error;
        if (!rule.enabled || !validateRule(rule, &field, &error))
            continue;
        const std::optional<Selector> selector = Selector::parse(rule.series);
        if (!selector)
            continue;
        const Template summary(rule.summary, rule.name);
        for (const SeriesSample &s : batch.samples) {
            if (!selector->matches(s.id))
                continue;
            anyMatch = true;
            Severity severity = Severity::Healthy;
            double threshold = 0;
            if (rule.critical && breaches(rule.op, s.value, *rule.critical)) {
                severity = Severity::Critical;
                threshold = *rule.critical;
            } else if (rule.warning && breaches(rule.op, s.value, *rule.warning)) {
                severity = Severity::Warning;
                threshold = *rule.warning;
            }
            if (severity == Severity::Healthy)
                continue;
            Labels labels = s.id.labels();
            labels.append({QStringLiteral("alertname"), rule.name});
            QString text = summary.render(
                {labels, s.value, threshold, Template::unitOf(s.id.name()), rule.forMs});
            if (text.isEmpty())
                text = QStringLiteral("%1: %2 %3 %4")
                           .arg(rule.name, s.id.toString(), compareOpSymbol(rule.op))
                           .arg(threshold);
            report.findings.append({rule.name, s.id, s.value, threshold, severity, text});
        }
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const HealthFinding &a, const HealthFinding &b) {
                         return int(a.severity) > int(b.severity);
                     });
    if (!anyMatch)
        report.status = Severity::Unknown;
    else if (report.findings.isEmpty())
        report.status = Severity::Healthy;
    else
        report.status = report.findings.first().severity;
    return report;
}

} // namespace vigil
