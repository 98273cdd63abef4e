#include "Signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace vigil {

QByteArray hubSignature256(const QByteArray &body, const QByteArray &secret)
{
    return QByteArrayLiteral("sha256=") +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QByteArray standardWebhookKey(const QString &secret)
{
    if (secret.startsWith(QLatin1String("whsec_"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty())
            return decoded.decoded;
    }
    return secret.toUtf8();
}

QByteArray standardWebhookSignature(const QString &secret, const QString &id, qint64 timestampSecs,
                                    const QByteArray &body)
{
    const QByteArray content = id.toUtf8() + '.' + QByteArray::number(timestampSecs) + '.' + body;
    return QByteArrayLiteral("v1,") + QMessageAuthenticationCode::hash(content,
                                                                       standardWebhookKey(secret),
                                                                       QCryptographicHash::Sha256)
                                          .toBase64();
}

QList<std::pair<QByteArray, QByteArray>> signingHeaders(const OutgoingRequest &request,
                                                        qint64 nowSecs)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QByteArray id = request.idempotencyKey.toUtf8();
    if (!request.signingSecret.isEmpty()) {
        headers.append({QByteArrayLiteral("X-Hub-Signature-256"),
                        hubSignature256(request.body, request.signingSecret.toUtf8())});
        headers.append({QByteArrayLiteral("webhook-id"), id});
        headers.append({QByteArrayLiteral("webhook-timestamp"), QByteArray::number(nowSecs)});
        headers.append({QByteArrayLiteral("webhook-signature"),
                        standardWebhookSignature(request.signingSecret, request.idempotencyKey,
                                                 nowSecs, request.body)});
    }
    if (request.type == ChannelType::Webhook && !id.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), id});
    return headers;
}

} // namespace vigil
