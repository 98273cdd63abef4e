// Push services: ntfy's JSON publish (§2.7) and Gotify's /message (§2.8).

#include "notify/PayloadText.h"
#include "notify/Payloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vigil::payload {

namespace {

constexpr qsizetype kNtfyMessageBytes = 4096; // beyond it ntfy turns the message into a file
constexpr qsizetype kTitleChars = 250;
constexpr qsizetype kTextCap = 2000;
constexpr qsizetype kGotifyMessageChars = 32000;

int ntfyPriority(const ChannelSpec &channel, const NotifyMessage &message)
{
    if (channel.priority > 0)
        return qBound(1, channel.priority, 5);
    if (!anyFiring(message))
        return 3;
    switch (worstSeverity(message)) {
    case Severity::Critical:
        return 5;
    case Severity::Warning:
        return 4;
    default:
        return 3;
    }
}

int gotifyPriority(const ChannelSpec &channel, const NotifyMessage &message)
{
    if (channel.priority > 0)
        return qBound(1, channel.priority, 10);
    if (!anyFiring(message))
        return 4;
    return worstSeverity(message) == Severity::Critical ? 10 : 8;
}

QJsonArray ntfyTags(const NotifyMessage &message)
{
    if (!anyFiring(message))
        return {QStringLiteral("white_check_mark")};
    switch (worstSeverity(message)) {
    case Severity::Critical:
        return {QStringLiteral("rotating_light"), QStringLiteral("critical"),
                QStringLiteral("computer")};
    case Severity::Warning:
        return {QStringLiteral("warning"), QStringLiteral("computer")};
    default:
        return {QStringLiteral("computer")};
    }
}

// Topics are [-_A-Za-z0-9]{1,64}.
QString ntfyTopic(const QString &text)
{
    QString out = text.left(64);
    for (QChar &c : out) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            c = QLatin1Char('-');
    }
    return out;
}

QJsonObject viewAction(const QString &label, const QString &url)
{
    return {{QStringLiteral("action"), QStringLiteral("view")},
            {QStringLiteral("label"), label},
            {QStringLiteral("url"), url}};
}

} // namespace

Rendered renderNtfy(const ChannelSpec &channel, const NotifyMessage &message)
{
    // The channel URL names the topic (https://ntfy.sh/vigil-desk1); JSON goes to the root.
    QUrl root = channel.url;
    QString path = root.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QString topic = path.mid(slash + 1);
    root.setPath(path.left(qMax<qsizetype>(0, slash)) + QLatin1Char('/'));
    root.setQuery(QString());
    root.setFragment(QString());
    if (topic.isEmpty())
        topic = ntfyTopic(QStringLiteral("vigil-") + message.host);

    QJsonObject body{{QStringLiteral("topic"), topic},
                     {QStringLiteral("title"), truncated(pushTitle(message), kTitleChars)},
                     {QStringLiteral("message"),
                      truncatedUtf8(plainMessage(message, kTextCap), kNtfyMessageBytes)},
                     {QStringLiteral("priority"), ntfyPriority(channel, message)},
                     {QStringLiteral("tags"), ntfyTags(message)}};
    QJsonArray actions;
    if (!message.vigilUrl.isEmpty()) {
        body.insert(QStringLiteral("click"), message.vigilUrl);
        actions.append(viewAction(QStringLiteral("Open Vigil"), message.vigilUrl));
    }
    if (message.alerts.size() == 1 && !message.alerts.first().runbook.isEmpty())
        actions.append(viewAction(QStringLiteral("Runbook"), message.alerts.first().runbook));
    if (!actions.isEmpty())
        body.insert(QStringLiteral("actions"), actions);

    Rendered out{root, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
    if (!channel.token.isEmpty())
        out.headers.append({QByteArrayLiteral("Authorization"),
                            QByteArrayLiteral("Bearer ") + channel.token.toUtf8()});
    return out;
}

Rendered renderGotify(const ChannelSpec &channel, const NotifyMessage &message)
{
    QUrl url = channel.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/message")))
        path += QStringLiteral("/message");
    url.setPath(path);

    // Plain text: markdown with remote images would leak who reads the message (§2.8).
    QJsonObject extras{
        {QStringLiteral("client::display"),
         QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain")}}}};
    if (!message.vigilUrl.isEmpty())
        extras.insert(QStringLiteral("client::notification"),
                      QJsonObject{{QStringLiteral("click"),
                                   QJsonObject{{QStringLiteral("url"), message.vigilUrl}}}});
    const QJsonObject body{{QStringLiteral("title"), truncated(pushTitle(message), kTitleChars)},
                           {QStringLiteral("message"),
                            truncated(plainMessage(message, kTextCap), kGotifyMessageChars)},
                           {QStringLiteral("priority"), gotifyPriority(channel, message)},
                           {QStringLiteral("extras"), extras}};

    Rendered out{url, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
    if (!channel.token.isEmpty())
        out.headers.append({QByteArrayLiteral("X-Gotify-Key"), channel.token.toUtf8()});
    return out;
}

} // namespace vigil::payload
