// Chat services: Slack incoming webhooks (§2.1) and Discord webhooks (§2.2).

#include "notify/PayloadText.h"
#include "notify/Payloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::payload {

namespace {

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString versionText()
{
    return QStringLiteral("Vigil " VIGIL_VERSION);
}

// "HighCPU (warning)", "HighCPU resolved", "HighCPU escalated (critical)".
QString stateTitle(const NotifyAlert &a)
{
    const QString sev = QStringLiteral(" (") + severityText(a) + QLatin1Char(')');
    switch (a.kind) {
    case AlertEventKind::Resolved:
        return alertName(a) + QStringLiteral(" resolved");
    case AlertEventKind::Escalated:
        return alertName(a) + QStringLiteral(" escalated") + sev;
    case AlertEventKind::Deescalated:
        return alertName(a) + QStringLiteral(" de-escalated") + sev;
    case AlertEventKind::Repeat:
        return alertName(a) + QStringLiteral(" still firing") + sev;
    default:
        return alertName(a) + sev;
    }
}

// ---- Slack -------------------------------------------------------------------------------

constexpr qsizetype kSlackText = 40000;
constexpr qsizetype kSlackHeader = 150;
constexpr qsizetype kSlackSection = 3000;
constexpr qsizetype kSlackField = 2000;
constexpr qsizetype kSlackBlocks = 50;

QJsonObject mrkdwn(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), text}};
}

QString slackLink(const QString &url, const QString &label)
{
    QString target = slackEscaped(url, kSlackField);
    target.replace(QLatin1Char('|'), QLatin1String("%7C"));
    return QLatin1Char('<') + target + QLatin1Char('|') + label + QLatin1Char('>');
}

QString slackFallback(const NotifyMessage &message)
{
    if (message.alerts.size() == 1) {
        const NotifyAlert &a = message.alerts.first();
        const QString name = alertName(a);
        if (isResolved(a))
            return QStringLiteral("[RESOLVED] %1 on %2 after %3")
                .arg(name, message.host, humanDuration(firingDurationMs(a)));
        return QStringLiteral("[%1] %2 on %3: %4 (%5)")
            .arg(statusTag(a), name, message.host, truncated(whatText(a), kSlackSection),
                 severityText(a));
    }
    QStringList lines{messageTag(message) + groupTitle(message)};
    for (qsizetype i = 0; i < listedCount(message); ++i) {
        const NotifyAlert &a = message.alerts.at(i);
        lines << QStringLiteral("• ") + headline(alertName(a), a, message.host);
    }
    if (message.alerts.size() > kMaxListedAlerts)
        lines << moreText(message.alerts.size() - kMaxListedAlerts);
    return lines.join(QLatin1Char('\n'));
}

QString slackSection(const NotifyAlert &a, const QString &host, bool single)
{
    const QString what = slackEscaped(whatText(a), 1000);
    QStringList lines;
    if (single)
        lines << QLatin1Char('*') + slackEscaped(host, 200) + QStringLiteral("*: ") + what;
    else
        lines << QLatin1Char('*') + slackEscaped(groupedTitle(a), 300) + QStringLiteral("*: ") +
                     what;
    lines << slackEscaped(readingLine(a), kSlackSection);
    if (const QString labels = labelsText(a); !labels.isEmpty())
        lines << QStringLiteral("Labels: `") + slackEscaped(labels, 1000) + QLatin1Char('`');
    if (!a.runbook.isEmpty())
        lines << slackLink(a.runbook, QStringLiteral("Runbook"));
    if (!a.description.isEmpty())
        lines << slackEscaped(a.description, kSlackSection);
    return slackCut(lines.join(QLatin1Char('\n')), kSlackSection);
}

QJsonObject slackFields(const NotifyAlert &a)
{
    QJsonArray fields;
    const auto field = [&fields](const QString &name, const QString &value) {
        fields.append(mrkdwn(QLatin1Char('*') + name + QStringLiteral("*\n") +
                             slackEscaped(value, kSlackField - name.size() - 3)));
    };
    field(QStringLiteral("Severity"), severityText(a));
    field(QStringLiteral("Started"), rfc3339(a.startsAtMs));
    if (isResolved(a)) {
        field(QStringLiteral("Resolved"), rfc3339(a.endsAtMs > 0 ? a.endsAtMs : a.eventTimeMs));
        field(QStringLiteral("Duration"), humanDuration(firingDurationMs(a)));
    }
    field(QStringLiteral("Rule"), a.rule);
    return {{QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("fields"), fields}};
}

QString slackColor(const NotifyMessage &message)
{
    if (!anyFiring(message))
        return QStringLiteral("good");
    return worstSeverity(message) == Severity::Critical ? QStringLiteral("danger")
                                                        : QStringLiteral("warning");
}

// ---- Discord -----------------------------------------------------------------------------

constexpr qsizetype kDiscordContent = 2000;
constexpr qsizetype kDiscordTitle = 256;
constexpr qsizetype kDiscordDescription = 4096;
constexpr qsizetype kDiscordFieldValue = 1024;
constexpr qsizetype kDiscordEmbedsTotal = 6000;
constexpr int kDiscordFiring = 10038562;  // 0x992D22, as Alertmanager
constexpr int kDiscordResolved = 3066993; // 0x2ECC71

// One embed within `budget` characters (title + description + fields + footer).
QJsonObject discordEmbed(const NotifyAlert &a, const QString &host, qsizetype budget)
{
    const qsizetype valueCap = qMin(kDiscordFieldValue, budget / 10);
    const QString title =
        truncated(QLatin1Char('[') + statusTag(a) + QStringLiteral("] ") + alertName(a),
                  qMin(kDiscordTitle, budget / 6));
    const QString footer = QStringLiteral("Vigil • ") + a.fingerprint.left(32);
    QJsonArray fields;
    qsizetype used = title.size() + footer.size();
    const auto field = [&](const QString &name, const QString &value) {
        const QString v = truncated(value, valueCap);
        used += name.size() + v.size();
        fields.append(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("value"), v},
                                  {QStringLiteral("inline"), true}});
    };
    field(QStringLiteral("Host"), host);
    field(QStringLiteral("Severity"), severityText(a));
    field(QStringLiteral("Rule"), a.rule);
    const qsizetype descCap = qMax<qsizetype>(0, qMin(kDiscordDescription, budget - used));
    const QString description =
        truncated(plainLines(a, host, false, descCap).join(QLatin1Char('\n')), descCap);
    QJsonObject embed{{QStringLiteral("title"), title},
                      {QStringLiteral("color"), isResolved(a) ? kDiscordResolved : kDiscordFiring},
                      {QStringLiteral("timestamp"), rfc3339(a.eventTimeMs)},
                      {QStringLiteral("fields"), fields},
                      {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), footer}}}};
    if (!description.isEmpty())
        embed.insert(QStringLiteral("description"), description);
    return embed;
}

} // namespace

Rendered renderSlack(const ChannelSpec &channel, const NotifyMessage &message)
{
    const bool single = message.alerts.size() == 1;
    QJsonArray blocks;
    QString header =
        (anyFiring(message) ? QStringLiteral("🔥 ") : QStringLiteral("✅ ")) + groupTitle(message);
    if (single)
        header = kindEmoji(message.alerts.first()) + QLatin1Char(' ') +
                 stateTitle(message.alerts.first());
    blocks.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                    {QStringLiteral("text"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                 {QStringLiteral("text"), truncated(header, kSlackHeader)},
                                 {QStringLiteral("emoji"), true}}}});
    for (qsizetype i = 0; i < listedCount(message); ++i) {
        const NotifyAlert &a = message.alerts.at(i);
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                        {QStringLiteral("text"), mrkdwn(slackSection(a, message.host, single))}});
        if (single)
            blocks.append(slackFields(a));
    }
    if (message.alerts.size() > kMaxListedAlerts)
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                        {QStringLiteral("elements"),
                         QJsonArray{mrkdwn(moreText(message.alerts.size() - kMaxListedAlerts))}}});
    const QString footer = versionText() + QStringLiteral(" • ") +
                           (single ? message.alerts.first().fingerprint
                                   : QStringLiteral("%1 alerts").arg(message.alerts.size()));
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("context")},
        {QStringLiteral("elements"), QJsonArray{mrkdwn(slackEscaped(footer, kSlackField))}}});
    while (blocks.size() > kSlackBlocks)
        blocks.removeAt(blocks.size() - 2); // keep the footer

    QString fallback, attachmentText;
    if (single) {
        const NotifyAlert &a = message.alerts.first();
        fallback = headline(alertName(a), a, message.host);
        if (isResolved(a))
            attachmentText = QStringLiteral("Resolved at %1 after %2")
                                 .arg(rfc3339(a.endsAtMs > 0 ? a.endsAtMs : a.eventTimeMs),
                                      humanDuration(firingDurationMs(a)));
        else if (!a.runbook.isEmpty())
            attachmentText = QStringLiteral("Runbook: ") + a.runbook;
        else
            attachmentText = QStringLiteral("Firing since ") + rfc3339(a.startsAtMs);
    } else {
        fallback = attachmentText = groupTitle(message);
    }
    const QJsonObject attachment{
        {QStringLiteral("color"), slackColor(message)},
        {QStringLiteral("fallback"), truncated(fallback, kSlackSection)},
        {QStringLiteral("text"), slackEscaped(attachmentText, kSlackSection)}};
    const QJsonObject root{
        {QStringLiteral("text"), slackEscaped(slackFallback(message), kSlackText)},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("attachments"), QJsonArray{attachment}}};
    return {channel.url, compact(root), {}};
}

Rendered renderDiscord(const ChannelSpec &channel, const NotifyMessage &message)
{
    const qsizetype shown = listedCount(message);
    const qsizetype budget = kDiscordEmbedsTotal / qMax<qsizetype>(1, shown);
    QJsonArray embeds;
    for (qsizetype i = 0; i < shown; ++i)
        embeds.append(discordEmbed(message.alerts.at(i), message.host, budget));
    QString content;
    if (message.alerts.size() == 1) {
        const NotifyAlert &a = message.alerts.first();
        content = headline(alertName(a), a, message.host);
    } else {
        content = messageTag(message) + groupTitle(message);
        if (message.alerts.size() > shown)
            content += QStringLiteral(", ") + moreText(message.alerts.size() - shown) +
                       QStringLiteral(" not shown");
    }
    const QJsonObject root{
        {QStringLiteral("username"), QStringLiteral("Vigil")},
        {QStringLiteral("content"), truncated(content, kDiscordContent)},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}},
        {QStringLiteral("embeds"), embeds}};
    return {channel.url, compact(root), {}};
}

} // namespace vigil::payload
