#include "DeliveryAttempt.h"

#include <QNetworkReply>

namespace vigil {

namespace {
constexpr qint64 kMaxReplyBytes = 64 * 1024; // of a response: reason excerpt, Discord JSON
} // namespace

QNetworkRequest buildNetworkRequest(const OutgoingRequest &request, qint64 transferTimeoutMs,
                                    const QList<std::pair<QByteArray, QByteArray>> &attemptHeaders)
{
    QNetworkRequest req(request.url);
    req.setTransferTimeout(static_cast<int>(transferTimeoutMs));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (!req.hasRawHeader("User-Agent"))
        req.setRawHeader("User-Agent", QByteArrayLiteral("Vigil/" VIGIL_VERSION));
    for (const auto &[name, value] : attemptHeaders)
        req.setRawHeader(name, value);
    return req;
}

AttemptResult readAttempt(QNetworkReply *reply, ChannelType type, const QUrl &url,
                          qint64 transferTimeoutMs)
{
    AttemptResult a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // not after the transfer timeout aborted it
        a.body = reply->read(kMaxReplyBytes);
    a.retryAfter = reply->rawHeader("Retry-After");
    a.action = classifyAttempt(type, a.status, reply->error(), a.body);
    if (a.action != DeliveryAction::Delivered)
        a.reason = a.status > 0 ? httpReason(a.status, a.body)
                                : networkReason(reply->error(), reply->errorString(), url,
                                                transferTimeoutMs);
    return a;
}

} // namespace vigil
