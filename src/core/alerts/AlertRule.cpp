#include "alerts/AlertTypes.h"

#include "alerts/CompareOp.h"
#include "alerts/Selector.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace vigil {

namespace {

constexpr qint64 Minute = 60 * 1000;

QString num(double v)
{
    return QString::number(v, 'g', 15);
}

bool fail(QString *field, QString *error, const QString &f, const QString &e)
{
    if (field)
        *field = f;
    if (error)
        *error = e;
    return false;
}

// For ">" a clear threshold lies below its raise threshold; for "<" above.
bool clearOnCorrectSide(CompareOp op, double clear, double raise)
{
    return isUpward(op) ? clear < raise : clear > raise;
}

AlertRule makeRule(const char *name, const char *series, double warning, double critical,
                   qint64 forMs, const char *summary, const char *description)
{
    AlertRule r;
    r.name = QLatin1String(name);
    r.series = QLatin1String(series);
    r.op = CompareOp::GreaterEqual;
    r.warning = warning;
    r.critical = critical;
    r.forMs = forMs;
    r.summary = QLatin1String(summary);
    r.description = QLatin1String(description);
    return r;
}

} // namespace

bool operator==(const AlertRule &a, const AlertRule &b)
{
    return a.name == b.name && a.series == b.series && a.op == b.op && a.warning == b.warning &&
           a.critical == b.critical && a.warningClear == b.warningClear &&
           a.criticalClear == b.criticalClear && a.forMs == b.forMs &&
           a.keepFiringForMs == b.keepFiringForMs && a.repeatMs == b.repeatMs &&
           a.labels == b.labels && a.summary == b.summary && a.description == b.description &&
           a.runbook == b.runbook && a.enabled == b.enabled;
}

bool validateRule(const AlertRule &rule, QString *field, QString *error)
{
    static const QRegularExpression namePattern(QStringLiteral("\\A[a-zA-Z_][a-zA-Z0-9_]*\\z"));
    if (rule.name.isEmpty())
        return fail(field, error, QStringLiteral("name"), QStringLiteral("must not be empty"));
    if (!namePattern.match(rule.name).hasMatch())
        return fail(field, error, QStringLiteral("name"),
                    QStringLiteral("invalid rule name \"%1\"; use letters, digits and _ "
                                   "(not a digit first)")
                        .arg(SeriesId::escapeLabelValue(rule.name)));

    QString selectorError;
    if (!Selector::parse(rule.series, &selectorError))
        return fail(field, error, QStringLiteral("series"), selectorError);

    const QString op = compareOpSymbol(rule.op);
    struct Threshold
    {
        const char *key;
        std::optional<double> value;
    };
    for (const Threshold &t :
         {Threshold{"warning", rule.warning}, Threshold{"critical", rule.critical},
          Threshold{"warning_clear", rule.warningClear},
          Threshold{"critical_clear", rule.criticalClear}}) {
        if (t.value && !std::isfinite(*t.value))
            return fail(field, error, QLatin1String(t.key),
                        QStringLiteral("must be a finite number"));
    }
    if (!rule.warning && !rule.critical)
        return fail(field, error, QStringLiteral("warning"),
                    QStringLiteral("set a warning or a critical threshold (or both)"));
    if (rule.warning && rule.critical) {
        const bool ordered =
            isUpward(rule.op) ? *rule.warning <= *rule.critical : *rule.warning >= *rule.critical;
        if (!ordered)
            return fail(
                field, error, QStringLiteral("critical"),
                QStringLiteral("critical (%1) must be %2 warning (%3) for operator \"%4\"")
                    .arg(num(*rule.critical),
                         isUpward(rule.op) ? QStringLiteral("at least") : QStringLiteral("at most"),
                         num(*rule.warning), op));
    }
    const QString side = isUpward(rule.op) ? QStringLiteral("below") : QStringLiteral("above");
    if (rule.warningClear) {
        if (!rule.warning)
            return fail(field, error, QStringLiteral("warning_clear"),
                        QStringLiteral("there is no warning threshold to clear"));
        if (!clearOnCorrectSide(rule.op, *rule.warningClear, *rule.warning))
            return fail(field, error, QStringLiteral("warning_clear"),
                        QStringLiteral("%1 must be %2 warning (%3) for operator \"%4\"")
                            .arg(num(*rule.warningClear), side, num(*rule.warning), op));
    }
    if (rule.criticalClear) {
        if (!rule.critical)
            return fail(field, error, QStringLiteral("critical_clear"),
                        QStringLiteral("there is no critical threshold to clear"));
        if (!clearOnCorrectSide(rule.op, *rule.criticalClear, *rule.critical))
            return fail(field, error, QStringLiteral("critical_clear"),
                        QStringLiteral("%1 must be %2 critical (%3) for operator \"%4\"")
                            .arg(num(*rule.criticalClear), side, num(*rule.critical), op));
    }

    struct Duration
    {
        const char *key;
        qint64 ms;
    };
    for (const Duration &d :
         {Duration{"for", rule.forMs}, Duration{"keep_firing_for", rule.keepFiringForMs},
          Duration{"repeat", rule.repeatMs}}) {
        if (d.ms < 0)
            return fail(field, error, QLatin1String(d.key), QStringLiteral("must not be negative"));
    }

    for (const Label &l : rule.labels) {
        const QString labelField = QLatin1String("labels.") + l.first;
        if (!SeriesId::isValidLabelName(l.first))
            return fail(field, error, labelField,
                        QStringLiteral("invalid label name; use letters, digits and _"));
        if (l.first == QLatin1String("alertname"))
            return fail(field, error, labelField,
                        QStringLiteral("reserved: alertname is always the rule name"));
    }

    if (!rule.runbook.isEmpty()) {
        const QUrl url(rule.runbook, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(field, error, QStringLiteral("runbook"),
                        QStringLiteral("expected an absolute URL like \"https://…\""));
    }
    return true;
}

QList<AlertRule> defaultAlertRules()
{
    AlertRule cpu =
        makeRule("cpu_high", "cpu_usage_percent{cpu=\"total\"}", 80, 95, 2 * Minute,
                 "CPU at {{ $value }} (threshold {{ $threshold }})",
                 "Total CPU usage has been at or above {{ $threshold }} for at least {{ $for }}.");
    cpu.warningClear = 70;
    cpu.criticalClear = 85;
    const AlertRule memory =
        makeRule("memory_high", "memory_used_percent", 85, 95, 2 * Minute,
                 "Memory at {{ $value }} (threshold {{ $threshold }})",
                 "Memory in use has been at or above {{ $threshold }} for at least {{ $for }}.");
    const AlertRule filesystem =
        makeRule("filesystem_full", "filesystem_used_percent", 80, 90, Minute,
                 "{{ $labels.mount }} is {{ $value }} full",
                 "File system {{ $labels.mount }} ({{ $labels.device }}) is {{ $value }} full "
                 "(threshold {{ $threshold }}).");
    AlertRule checks = makeRule(
        "check_failing", "check_status", 1, 2, 0, "Check {{ $labels.check }} is failing",
        "Service check {{ $labels.check }} reports status {{ $value }} (1 degraded, 2 unhealthy); "
        "its last message is in the Checks tab.");
    return {cpu, memory, filesystem, checks};
}

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Inactive:
        return QStringLiteral("inactive");
    case AlertState::Pending:
        return QStringLiteral("pending");
    case AlertState::Firing:
        return QStringLiteral("firing");
    }
    return QStringLiteral("inactive");
}

QString alertEventKindName(AlertEventKind kind)
{
    switch (kind) {
    case AlertEventKind::Pending:
        return QStringLiteral("pending");
    case AlertEventKind::Firing:
        return QStringLiteral("firing");
    case AlertEventKind::Escalated:
        return QStringLiteral("escalated");
    case AlertEventKind::Deescalated:
        return QStringLiteral("deescalated");
    case AlertEventKind::Repeat:
        return QStringLiteral("repeat");
    case AlertEventKind::Resolved:
        return QStringLiteral("resolved");
    case AlertEventKind::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return QStringLiteral("firing");
}

} // namespace vigil
