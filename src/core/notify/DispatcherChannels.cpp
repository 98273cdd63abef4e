#include "Dispatcher.h"

#include "notify/DeliveryAttempt.h"
#include "util/Logging.h"

#include <QNetworkReply>

// The dispatcher's view of the configured channels (which may deliver, which are disabled) and
// the one-off "Send test notification" requests, which bypass the outbox.

namespace vigil {

void Dispatcher::setChannels(const QList<ChannelSpec> &channels)
{
    QHash<QString, ChannelSpec> next;
    for (const ChannelSpec &spec : channels)
        next.insert(spec.name, spec);
    // "Disabled until edited": any change to the channel's settings enables it again.
    for (auto it = m_disabled.begin(); it != m_disabled.end();) {
        const ChannelSpec was = m_channels.value(it.key());
        const auto now = next.constFind(it.key());
        const bool edited = now == next.cend() || now->url != was.url ||
                            now->secret != was.secret || now->token != was.token ||
                            now->enabled != was.enabled;
        it = edited ? m_disabled.erase(it) : std::next(it);
    }
    m_channels = next;
    m_channelsKnown = true;
    pump();
}

void Dispatcher::testRequest(quint64 requestId, const OutgoingRequest &request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = send(request);
    m_tests.insert(reply);
    qCInfo(lcNotify) << "test request to" << request.channel << redactedUrl(request.url);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestId, type = request.type, url = request.url, elapsed] {
                onTestFinished(reply, requestId, type, url, elapsed);
            });
}

void Dispatcher::onTestFinished(QNetworkReply *reply, quint64 requestId, ChannelType type, QUrl url,
                                QElapsedTimer elapsed)
{
    if (!m_tests.remove(reply))
        return;
    reply->deleteLater();
    const AttemptResult a = readAttempt(reply, type, url, m_options.transferTimeoutMs);
    qCInfo(lcNotify) << "test request to" << redactedUrl(url) << ":"
                     << (a.reason.isEmpty() ? QStringLiteral("HTTP %1").arg(a.status) : a.reason);
    Q_EMIT testFinished(requestId, a.status, elapsed.elapsed(), a.reason);
}

void Dispatcher::disableChannel(const QString &channel, const QString &reason)
{
    m_disabled.insert(channel, reason);
    QList<OutboxItem> failed;
    check(m_outbox.failChannel(channel, QStringLiteral("channel disabled: ") + reason, &failed));
    for (const OutboxItem &item : std::as_const(failed))
        Q_EMIT deliveryFailed(item.id, item.channel, item.lastError);
    qCWarning(lcNotify) << "channel" << channel << "disabled:" << reason;
    Q_EMIT channelDisabled(channel, reason);
}

QString Dispatcher::channelProblem(const QString &channel) const
{
    const auto disabled = m_disabled.constFind(channel);
    if (disabled != m_disabled.cend())
        return QStringLiteral("channel disabled: ") + disabled.value();
    const auto spec = m_channels.constFind(channel);
    if (spec == m_channels.cend())
        return QStringLiteral("channel \"%1\" is not configured").arg(channel);
    if (!spec->enabled)
        return QStringLiteral("channel \"%1\" is disabled in the settings").arg(channel);
    return {};
}

} // namespace vigil
