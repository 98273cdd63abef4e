#include "Payloads.h"

#include "notify/PayloadText.h"

#include <QCryptographicHash>

namespace vigil {

namespace {

using payload::Rendered;

Rendered renderBody(const ChannelSpec &channel, const NotifyMessage &message)
{
    switch (channel.type) {
    case ChannelType::Slack:
        return payload::renderSlack(channel, message);
    case ChannelType::Discord:
        return payload::renderDiscord(channel, message);
    case ChannelType::Teams:
        return payload::renderTeams(channel, message);
    case ChannelType::PagerDuty:
        return payload::renderPagerDuty(channel, message);
    case ChannelType::Alertmanager:
        return payload::renderAlertmanager(channel, message);
    case ChannelType::Ntfy:
        return payload::renderNtfy(channel, message);
    case ChannelType::Gotify:
        return payload::renderGotify(channel, message);
    case ChannelType::Webhook:
        break;
    }
    return payload::renderWebhook(channel, message);
}

// Stable across renders of the same message (and across restarts): "msg_", the first alert's
// fingerprint (the alert's stable key, INTEROP.md §1), "_", then 24 hex digits of SHA-256 over
// the channel and, per alert, fingerprint, kind and event time. Letters, digits and '_' only, so
// it never contains '.' (Standard Webhooks).
QString idempotencyKey(const ChannelSpec &channel, const NotifyMessage &message)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(channel.name.toUtf8());
    for (const NotifyAlert &a : message.alerts) {
        hash.addData(QByteArrayLiteral("\n"));
        hash.addData(a.fingerprint.toUtf8());
        hash.addData(QByteArrayLiteral("/"));
        hash.addData(alertEventKindName(a.kind).toUtf8());
        hash.addData(QByteArrayLiteral("/"));
        hash.addData(QByteArray::number(a.eventTimeMs));
    }
    QString fingerprint = message.alerts.isEmpty() ? QString() : message.alerts.first().fingerprint;
    fingerprint.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 0x80); });
    return QStringLiteral("msg_") + fingerprint.left(32) + QLatin1Char('_') +
           QString::fromLatin1(hash.result().toHex().left(24));
}

QString summaryLine(const NotifyMessage &message)
{
    if (message.alerts.isEmpty())
        return QStringLiteral("no alerts on ") + message.host;
    const NotifyAlert &first = message.alerts.first();
    QString line = payload::headline(first.rule, first, message.host);
    if (message.alerts.size() > 1)
        line += QLatin1Char(' ') + payload::moreText(message.alerts.size() - 1);
    return line;
}

} // namespace

OutgoingRequest renderRequest(const ChannelSpec &channel, const NotifyMessage &message)
{
    NotifyMessage msg = message;
    if (channel.type == ChannelType::PagerDuty && msg.alerts.size() > 1)
        msg.alerts = msg.alerts.mid(0, 1); // one event, one alert: see renderRequests()
    if (msg.channel.isEmpty())
        msg.channel = channel.name;

    const Rendered rendered = renderBody(channel, msg);
    OutgoingRequest req;
    req.channel = channel.name;
    req.type = channel.type;
    req.url = rendered.url;
    req.method = QByteArrayLiteral("POST");
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    req.headers.append(
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Vigil/" VIGIL_VERSION)});
    req.headers += rendered.headers;
    req.body = rendered.body;
    req.idempotencyKey = idempotencyKey(channel, msg);
    if (channel.type == ChannelType::Webhook)
        req.signingSecret = channel.secret;
    req.summary = summaryLine(msg);
    return req;
}

QList<OutgoingRequest> renderRequests(const ChannelSpec &channel, const NotifyMessage &message)
{
    QList<OutgoingRequest> out;
    if (message.alerts.isEmpty())
        return out;
    if (channel.type != ChannelType::PagerDuty) {
        out.append(renderRequest(channel, message));
        return out;
    }
    for (const NotifyAlert &a : message.alerts) {
        NotifyMessage single = message;
        single.alerts = {a};
        out.append(renderRequest(channel, single));
    }
    return out;
}

} // namespace vigil
