// Alerting tools: PagerDuty Events API v2 (§2.4), pushing into Alertmanager (§2.6) and Vigil's own
// webhook, which is Alertmanager's webhook payload version 4 (§2.5, §2.9).

#include "notify/PayloadText.h"
#include "notify/Payloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::payload {

namespace {

constexpr qsizetype kPagerDutySummary = 1024;
constexpr qsizetype kPagerDutyDedupKey = 255;
constexpr qsizetype kPagerDutyBytes = 512 * 1024;
const char kPagerDutyUrl[] = "https://events.pagerduty.com/v2/enqueue";
const char kGoZeroTime[] = "0001-01-01T00:00:00Z";

QString pagerDutySeverity(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Unknown:
        return QStringLiteral("error");
    case Severity::Healthy:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject labelsObject(const Labels &labels)
{
    QJsonObject out;
    for (const auto &[name, value] : labels)
        out.insert(name, value);
    return out;
}

QByteArray pagerDutyBody(const ChannelSpec &channel, const NotifyMessage &message,
                         const NotifyAlert &a, qsizetype cap)
{
    QJsonObject root{
        {QStringLiteral("routing_key"), channel.token},
        {QStringLiteral("dedup_key"), truncated(QStringLiteral("vigil:") + message.host.left(200) +
                                                    QLatin1Char(':') + a.fingerprint,
                                                kPagerDutyDedupKey)}};
    if (isResolved(a)) {
        root.insert(QStringLiteral("event_action"), QStringLiteral("resolve"));
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    root.insert(QStringLiteral("event_action"), QStringLiteral("trigger"));
    QString prefix;
    if (a.kind != AlertEventKind::Firing)
        prefix = QLatin1Char('[') + statusTag(a) + QStringLiteral("] ");
    const QString summary = prefix + alertName(a) + QStringLiteral(" on ") + message.host +
                            QStringLiteral(": ") + truncated(whatText(a), cap);

    QJsonObject details{{QStringLiteral("value"), a.value},
                        {QStringLiteral("threshold"), a.threshold},
                        {QStringLiteral("value_text"), valueOf(a)},
                        {QStringLiteral("rule"), a.rule},
                        {QStringLiteral("event"), alertEventKindName(a.kind)},
                        {QStringLiteral("firing_since"), rfc3339(a.startsAtMs)},
                        {QStringLiteral("labels"), labelsObject(a.labels)}};
    if (!a.thresholdText.isEmpty())
        details.insert(QStringLiteral("threshold_text"), a.thresholdText);
    if (firingDurationMs(a) >= 1000)
        details.insert(QStringLiteral("for"), machineDuration(firingDurationMs(a)));
    if (!a.description.isEmpty())
        details.insert(QStringLiteral("description"), truncated(a.description, cap));
    if (!a.runbook.isEmpty())
        details.insert(QStringLiteral("runbook_url"), a.runbook);

    root.insert(QStringLiteral("payload"),
                QJsonObject{{QStringLiteral("summary"), truncated(summary, kPagerDutySummary)},
                            {QStringLiteral("source"), message.host},
                            {QStringLiteral("severity"), pagerDutySeverity(a.severity)},
                            {QStringLiteral("timestamp"), rfc3339(a.eventTimeMs)},
                            {QStringLiteral("class"), alertName(a)},
                            {QStringLiteral("custom_details"), details}});
    root.insert(QStringLiteral("client"), QStringLiteral("Vigil"));
    if (!message.vigilUrl.isEmpty())
        root.insert(QStringLiteral("client_url"), message.vigilUrl);
    if (!a.runbook.isEmpty())
        root.insert(QStringLiteral("links"),
                    QJsonArray{QJsonObject{{QStringLiteral("href"), a.runbook},
                                           {QStringLiteral("text"), QStringLiteral("Runbook")}}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Alertmanager label names match [a-zA-Z_][a-zA-Z0-9_]*: anything else would reject the batch.
QString labelName(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            c = QLatin1Char('_');
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

void insertIfSet(QJsonObject *object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object->insert(key, value);
}

// The annotations of one alert, for the webhook (§2.9) and, fewer, for the push (§2.6).
QJsonObject annotations(const NotifyAlert &a, bool full)
{
    QJsonObject out;
    insertIfSet(&out, QStringLiteral("summary"), whatText(a));
    insertIfSet(&out, QStringLiteral("description"), a.description);
    insertIfSet(&out, QStringLiteral("runbook_url"), a.runbook);
    insertIfSet(&out, QStringLiteral("value"), valueOf(a));
    insertIfSet(&out, QStringLiteral("threshold"), a.thresholdText);
    if (!full)
        return out;
    insertIfSet(&out, QStringLiteral("threshold_") + severityText(a), a.thresholdText);
    insertIfSet(&out, QStringLiteral("rule"), a.rule);
    if (firingDurationMs(a) >= 1000)
        out.insert(QStringLiteral("for"), machineDuration(firingDurationMs(a)));
    return out;
}

qint64 resolvedAtMs(const NotifyAlert &a)
{
    return a.endsAtMs > 0 ? a.endsAtMs : a.eventTimeMs;
}

// Pairs present with the same value in every object.
QJsonObject common(const QList<QJsonObject> &objects)
{
    if (objects.isEmpty())
        return {};
    QJsonObject out = objects.first();
    for (const QJsonObject &o : objects) {
        for (const QString &key : out.keys()) {
            if (o.value(key) != out.value(key))
                out.remove(key);
        }
    }
    return out;
}

// Go's %q for a label value, enough for the group key.
QString quotedValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QUrl withPath(const QUrl &base, const QString &suffix)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(suffix))
        return url;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix);
    return url;
}

} // namespace

Rendered renderPagerDuty(const ChannelSpec &channel, const NotifyMessage &message)
{
    const QUrl url = channel.url.isEmpty() ? QUrl(QLatin1String(kPagerDutyUrl)) : channel.url;
    if (message.alerts.isEmpty())
        return {url, {}, {}};
    qsizetype cap = 256 * 1024;
    QByteArray body = pagerDutyBody(channel, message, message.alerts.first(), cap);
    while (body.size() > kPagerDutyBytes && cap > 64) {
        cap /= 2;
        body = pagerDutyBody(channel, message, message.alerts.first(), cap);
    }
    return {url, body, {}};
}

Rendered renderAlertmanager(const ChannelSpec &channel, const NotifyMessage &message)
{
    QJsonArray alerts;
    for (const NotifyAlert &a : message.alerts) {
        QJsonObject labels;
        const QJsonObject raw = amLabels(a, message.host);
        for (auto it = raw.begin(); it != raw.end(); ++it)
            labels.insert(labelName(it.key()), it.value());
        if (!labels.contains(QLatin1String("job")))
            labels.insert(QStringLiteral("job"), QStringLiteral("vigil"));
        const qint64 now = qMax(message.createdMs, a.eventTimeMs);
        const qint64 endsAt = isResolved(a) ? resolvedAtMs(a) : now + kAlertmanagerEndsAtMarginMs;
        QJsonObject alert{{QStringLiteral("labels"), labels},
                          {QStringLiteral("annotations"), annotations(a, false)},
                          {QStringLiteral("startsAt"), rfc3339(a.startsAtMs)},
                          {QStringLiteral("endsAt"), rfc3339(qMax(endsAt, a.startsAtMs))}};
        insertIfSet(&alert, QStringLiteral("generatorURL"), generatorUrl(message, a));
        alerts.append(alert);
    }
    return {withPath(channel.url, QStringLiteral("/api/v2/alerts")),
            QJsonDocument(alerts).toJson(QJsonDocument::Compact),
            {}};
}

Rendered renderWebhook(const ChannelSpec &channel, const NotifyMessage &message)
{
    QJsonArray alerts;
    QList<QJsonObject> allLabels, allAnnotations;
    for (const NotifyAlert &a : message.alerts) {
        const QJsonObject labels = amLabels(a, message.host);
        const QJsonObject notes = annotations(a, true);
        allLabels << labels;
        allAnnotations << notes;
        alerts.append(
            QJsonObject{{QStringLiteral("status"),
                         isResolved(a) ? QStringLiteral("resolved") : QStringLiteral("firing")},
                        {QStringLiteral("labels"), labels},
                        {QStringLiteral("annotations"), notes},
                        {QStringLiteral("startsAt"), rfc3339(a.startsAtMs)},
                        {QStringLiteral("endsAt"),
                         isResolved(a) ? rfc3339(resolvedAtMs(a)) : QLatin1String(kGoZeroTime)},
                        {QStringLiteral("generatorURL"), generatorUrl(message, a)},
                        {QStringLiteral("fingerprint"), a.fingerprint}});
    }
    QJsonObject groupLabels;
    const QJsonObject commonLabels = common(allLabels);
    if (commonLabels.contains(QLatin1String("alertname")))
        groupLabels.insert(QStringLiteral("alertname"),
                           commonLabels.value(QLatin1String("alertname")));
    QStringList keyParts;
    for (auto it = groupLabels.begin(); it != groupLabels.end(); ++it)
        keyParts << it.key() + QLatin1Char('=') + quotedValue(it.value().toString());

    const QString groupKey =
        QStringLiteral("vigil:{}:{") + keyParts.join(QLatin1Char(',')) + QLatin1Char('}');
    const QJsonObject root{{QStringLiteral("version"), QStringLiteral("4")},
                           {QStringLiteral("groupKey"), groupKey},
                           {QStringLiteral("status"), anyFiring(message)
                                                          ? QStringLiteral("firing")
                                                          : QStringLiteral("resolved")},
                           {QStringLiteral("receiver"), channel.name},
                           {QStringLiteral("groupLabels"), groupLabels},
                           {QStringLiteral("commonLabels"), commonLabels},
                           {QStringLiteral("commonAnnotations"), common(allAnnotations)},
                           {QStringLiteral("externalURL"), message.vigilUrl},
                           {QStringLiteral("truncatedAlerts"), 0},
                           {QStringLiteral("alerts"), alerts}};
    return {channel.url, QJsonDocument(root).toJson(QJsonDocument::Compact), {}};
}

} // namespace vigil::payload
