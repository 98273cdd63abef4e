#include "AlertConfigReader.h"

#include "alerts/CompareOp.h"
#include "config/ConfigText.h"
#include "config/Duration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace vigil::configreader {

using configtext::describe;
using configtext::keyPath;
using configtext::quoted;

namespace {

QString message(const QString &path, const QString &text)
{
    return path + QLatin1String(": ") + text;
}

QString expected(const QString &path, QLatin1String what, const QJsonValue &got)
{
    return message(path,
                   QLatin1String("expected ") + what + QLatin1String(", got ") + describe(got));
}

void warnUnknownKeys(const QString &path, const QJsonObject &object,
                     std::initializer_list<QLatin1String> known, QStringList *warnings)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            *warnings << message(keyPath(path, it.key()), QStringLiteral("unknown key, ignored"));
    }
}

// Reads one duration; false with a message in *problem when it is not one (or too large).
bool readDuration(const QString &path, const QJsonValue &value, qint64 *ms, QString *problem)
{
    const DurationStatus status =
        value.isString() ? parseDurationStatus(value.toString(), ms) : DurationStatus::Invalid;
    if (status == DurationStatus::Invalid)
        *problem = expected(path, QLatin1String("a duration like \"2m\""), value);
    else if (status == DurationStatus::TooLarge)
        *problem = message(path, quoted(value.toString()) + QStringLiteral(" is out of range"));
    return status == DurationStatus::Ok;
}

// One rule object into *rule. Every problem is appended to *problems; the rule is usable only
// when there are none.
void readRule(const QString &path, const QJsonObject &object, AlertRule *rule,
              QStringList *problems, QStringList *warnings)
{
    warnUnknownKeys(
        path, object,
        {QLatin1String("name"), QLatin1String("series"), QLatin1String("operator"),
         QLatin1String("warning"), QLatin1String("critical"), QLatin1String("warning_clear"),
         QLatin1String("critical_clear"), QLatin1String("for"), QLatin1String("keep_firing_for"),
         QLatin1String("repeat"), QLatin1String("labels"), QLatin1String("summary"),
         QLatin1String("description"), QLatin1String("runbook"), QLatin1String("enabled")},
        warnings);
    auto at = [&](const char *key) { return keyPath(path, QLatin1String(key)); };

    struct Text
    {
        const char *key;
        QString *out;
        bool required;
    };
    for (const Text &t :
         {Text{"name", &rule->name, true}, Text{"series", &rule->series, true},
          Text{"summary", &rule->summary, false}, Text{"description", &rule->description, false},
          Text{"runbook", &rule->runbook, false}}) {
        const QJsonValue v = object.value(QLatin1String(t.key));
        if (v.isUndefined() && t.required)
            *problems << message(at(t.key), QStringLiteral("required"));
        else if (v.isString())
            *t.out = v.toString();
        else if (!v.isUndefined())
            *problems << expected(at(t.key), QLatin1String("a string"), v);
    }

    const QJsonValue op = object.value(QLatin1String("operator"));
    if (!op.isUndefined()) {
        const auto parsed = op.isString() ? compareOpFromSymbol(op.toString()) : std::nullopt;
        if (parsed)
            rule->op = *parsed;
        else
            *problems << expected(at("operator"),
                                  QLatin1String("one of \">\", \">=\", \"<\", \"<=\""), op);
    }

    struct Number
    {
        const char *key;
        std::optional<double> *out;
    };
    for (const Number &n : {Number{"warning", &rule->warning}, Number{"critical", &rule->critical},
                            Number{"warning_clear", &rule->warningClear},
                            Number{"critical_clear", &rule->criticalClear}}) {
        const QJsonValue v = object.value(QLatin1String(n.key));
        if (v.isDouble())
            *n.out = v.toDouble();
        else if (!v.isUndefined() && !v.isNull()) // null: not set, as the writer puts it
            *problems << expected(at(n.key), QLatin1String("a number or null"), v);
    }

    struct Duration
    {
        const char *key;
        qint64 *out;
    };
    for (const Duration &d :
         {Duration{"for", &rule->forMs}, Duration{"keep_firing_for", &rule->keepFiringForMs},
          Duration{"repeat", &rule->repeatMs}}) {
        const QJsonValue v = object.value(QLatin1String(d.key));
        QString problem;
        if (!v.isUndefined() && !readDuration(at(d.key), v, d.out, &problem))
            *problems << problem;
    }

    const QJsonValue labels = object.value(QLatin1String("labels"));
    if (labels.isObject()) {
        const QJsonObject o = labels.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                rule->labels.append({it.key(), it.value().toString()});
            else
                *problems << expected(keyPath(at("labels"), it.key()), QLatin1String("a string"),
                                      it.value());
        }
    } else if (!labels.isUndefined()) {
        *problems << expected(at("labels"), QLatin1String("an object of strings"), labels);
    }
    // As SeriesId keeps them: sorted by name (JSON object keys are unique already).
    std::sort(rule->labels.begin(), rule->labels.end());

    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (enabled.isBool())
        rule->enabled = enabled.toBool();
    else if (!enabled.isUndefined())
        *problems << expected(at("enabled"), QLatin1String("true or false"), enabled);
}

} // namespace

void readRules(const QJsonValue &value, ConfigResult &result)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        result.errors << expected(QStringLiteral("rules"), QLatin1String("an array of rules"),
                                  value);
        return;
    }
    const QJsonArray array = value.toArray();
    QList<AlertRule> rules;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            result.warnings << expected(path, QLatin1String("a rule object"), item);
            continue;
        }
        AlertRule rule;
        QStringList problems;
        readRule(path, item.toObject(), &rule, &problems, &result.warnings);
        QString field;
        QString error;
        if (problems.isEmpty() && !validateRule(rule, &field, &error)) {
            // "labels.team" names a key inside the rule's labels object.
            const qsizetype dot = field.indexOf(u'.');
            const QString fieldPath =
                dot < 0 ? keyPath(path, field)
                        : keyPath(keyPath(path, field.left(dot)), field.mid(dot + 1));
            problems << message(fieldPath, error);
        }
        if (problems.isEmpty() && names.contains(rule.name))
            problems << message(keyPath(path, QStringLiteral("name")),
                                QStringLiteral("duplicate rule name %1; the first one is used")
                                    .arg(quoted(rule.name)));
        result.warnings << problems; // a broken rule is skipped; the others still run
        if (!problems.isEmpty())
            continue;
        names.insert(rule.name);
        rules.append(rule);
    }
    result.config.rules = rules;
}

void readAlerts(const QJsonValue &value, ConfigResult &result)
{
    const QString path = QStringLiteral("alerts");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        result.errors << expected(path, QLatin1String("an object"), value);
        return;
    }
    const QJsonObject object = value.toObject();
    warnUnknownKeys(path, object, {QLatin1String("history_retention")}, &result.warnings);
    const QJsonValue retention = object.value(QLatin1String("history_retention"));
    if (retention.isUndefined())
        return;
    const QString retentionPath = keyPath(path, QStringLiteral("history_retention"));
    qint64 ms = 0;
    QString problem;
    if (!readDuration(retentionPath, retention, &ms, &problem)) {
        result.errors << problem;
    } else if (ms < ConfigLimits::MinRetentionMs || ms > ConfigLimits::MaxRetentionMs) {
        result.errors << message(retentionPath,
                                 quoted(retention.toString()) +
                                     QStringLiteral(" is out of range; allowed %1 to %2")
                                         .arg(formatDuration(ConfigLimits::MinRetentionMs),
                                              formatDuration(ConfigLimits::MaxRetentionMs)));
    } else {
        result.config.alerts.historyRetentionMs = ms;
    }
}

void readNotifications(const QJsonValue &value, ConfigResult &result)
{
    const QString path = QStringLiteral("notifications");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        result.errors << expected(path, QLatin1String("an object"), value);
        return;
    }
    const QJsonObject object = value.toObject();
    warnUnknownKeys(path, object, {QLatin1String("desktop")}, &result.warnings);
    const QJsonValue desktopValue = object.value(QLatin1String("desktop"));
    if (desktopValue.isUndefined())
        return;
    const QString desktopPath = keyPath(path, QStringLiteral("desktop"));
    if (!desktopValue.isObject()) {
        result.errors << expected(desktopPath, QLatin1String("an object"), desktopValue);
        return;
    }
    const QJsonObject desktop = desktopValue.toObject();
    warnUnknownKeys(desktopPath, desktop, {QLatin1String("enabled"), QLatin1String("min_severity")},
                    &result.warnings);
    Config::Notifications::Desktop &out = result.config.notifications.desktop;
    const QJsonValue enabled = desktop.value(QLatin1String("enabled"));
    if (enabled.isBool())
        out.enabled = enabled.toBool();
    else if (!enabled.isUndefined())
        result.errors << expected(keyPath(desktopPath, QStringLiteral("enabled")),
                                  QLatin1String("true or false"), enabled);
    const QJsonValue severity = desktop.value(QLatin1String("min_severity"));
    if (severity == QJsonValue(QLatin1String("warning")))
        out.minSeverity = Severity::Warning;
    else if (severity == QJsonValue(QLatin1String("critical")))
        out.minSeverity = Severity::Critical;
    else if (!severity.isUndefined())
        result.errors << expected(keyPath(desktopPath, QStringLiteral("min_severity")),
                                  QLatin1String("\"warning\" or \"critical\""), severity);
}

} // namespace vigil::configreader
