// Microsoft Teams through a Workflows webhook: a message envelope around an Adaptive Card
// (§2.3), the shape of Alertmanager's msteamsv2.

#include "notify/PayloadText.h"
#include "notify/Payloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::payload {

namespace {

constexpr qsizetype kTeamsBytes = 28000;

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("TextBlock")},
            {QStringLiteral("text"), text},
            {QStringLiteral("wrap"), true}};
}

QString teamsColor(const NotifyAlert &a)
{
    if (isResolved(a))
        return QStringLiteral("Good");
    return a.kind == AlertEventKind::Deescalated ? QStringLiteral("Warning")
                                                 : QStringLiteral("Attention");
}

QString teamsColor(const NotifyMessage &message)
{
    QString color = QStringLiteral("Good");
    for (const NotifyAlert &a : message.alerts) {
        const QString c = teamsColor(a);
        if (c == QLatin1String("Attention"))
            return c;
        if (c == QLatin1String("Warning"))
            color = c;
    }
    return color;
}

void appendTeamsAlert(QJsonArray *body, const NotifyAlert &a, const QString &host, bool single,
                      qsizetype cap)
{
    if (!single) {
        QJsonObject title = textBlock(truncated(groupedTitle(a), cap));
        title.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        title.insert(QStringLiteral("color"), teamsColor(a));
        title.insert(QStringLiteral("separator"), true);
        body->append(title);
    }
    body->append(textBlock(truncated(whatText(a), cap)));
    body->append(textBlock(readingLine(a)));
    QJsonArray facts;
    const auto fact = [&facts, cap](const QString &title, const QString &value) {
        facts.append(QJsonObject{{QStringLiteral("title"), title},
                                 {QStringLiteral("value"), truncated(value, cap)}});
    };
    if (single)
        fact(QStringLiteral("Host"), host);
    fact(QStringLiteral("Severity"), severityText(a));
    fact(QStringLiteral("Started"), rfc3339(a.startsAtMs));
    if (isResolved(a))
        fact(QStringLiteral("Resolved"), rfc3339(a.endsAtMs > 0 ? a.endsAtMs : a.eventTimeMs));
    fact(QStringLiteral("Rule"), a.rule);
    if (const QString labels = labelsText(a); !labels.isEmpty())
        fact(QStringLiteral("Labels"), labels);
    if (!a.runbook.isEmpty())
        fact(QStringLiteral("Runbook"), a.runbook);
    body->append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")},
                             {QStringLiteral("facts"), facts}});
    if (!a.description.isEmpty()) {
        QJsonObject description = textBlock(truncated(a.description, cap));
        description.insert(QStringLiteral("isSubtle"), true);
        body->append(description);
    }
}

QByteArray teamsBody(const NotifyMessage &message, qsizetype cap)
{
    const bool single = message.alerts.size() == 1;
    QJsonArray body;
    QString heading = messageTag(message) + groupTitle(message);
    if (single)
        heading = QLatin1Char('[') + statusTag(message.alerts.first()) + QStringLiteral("] ") +
                  alertName(message.alerts.first()) + QStringLiteral(" on ") + message.host;
    QJsonObject head = textBlock(truncated(heading, cap));
    head.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
    head.insert(QStringLiteral("size"), QStringLiteral("Medium"));
    head.insert(QStringLiteral("style"), QStringLiteral("heading"));
    head.insert(QStringLiteral("color"), teamsColor(message));
    body.append(head);
    for (qsizetype i = 0; i < listedCount(message); ++i)
        appendTeamsAlert(&body, message.alerts.at(i), message.host, single, cap);
    if (message.alerts.size() > kMaxListedAlerts)
        body.append(textBlock(moreText(message.alerts.size() - kMaxListedAlerts)));

    QJsonObject card{
        {QStringLiteral("$schema"),
         QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("msteams"), QJsonObject{{QStringLiteral("width"), QStringLiteral("full")}}},
        {QStringLiteral("body"), body}};
    QJsonArray actions;
    const auto openUrl = [&actions](const QString &title, const QString &url) {
        actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("url"), url}});
    };
    if (single && !message.alerts.first().runbook.isEmpty())
        openUrl(QStringLiteral("Runbook"), message.alerts.first().runbook);
    if (!message.vigilUrl.isEmpty())
        openUrl(QStringLiteral("Open Vigil"), message.vigilUrl);
    if (!actions.isEmpty())
        card.insert(QStringLiteral("actions"), actions);

    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
        {QStringLiteral("contentUrl"), QJsonValue::Null},
        {QStringLiteral("content"), card}};
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                     {QStringLiteral("attachments"), QJsonArray{attachment}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

Rendered renderTeams(const ChannelSpec &channel, const NotifyMessage &message)
{
    qsizetype cap = 4000;
    QByteArray body = teamsBody(message, cap);
    while (body.size() > kTeamsBytes && cap > 40) {
        cap /= 2;
        body = teamsBody(message, cap);
    }
    return {channel.url, body, {}};
}

} // namespace vigil::payload
