#pragma once

// Signing webhook bodies (INTEROP.md §4): GitHub's X-Hub-Signature-256 and Standard Webhooks'
// webhook-signature over the exact bytes sent. Bodies are rendered once (Payloads.h); these
// headers are computed per attempt, because webhook-timestamp is the time of the attempt.

#include "notify/NotifyTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace vigil {

// "sha256=" + lowercase hex HMAC-SHA256(secret, body), the X-Hub-Signature-256 value.
QByteArray hubSignature256(const QByteArray &body, const QByteArray &secret);

// The Standard Webhooks key of a secret: "whsec_<base64>" gives the decoded bytes; any other
// secret (or a whsec_ secret whose rest is not valid base64) is used as its raw UTF-8 bytes.
QByteArray standardWebhookKey(const QString &secret);

// "v1," + base64 HMAC-SHA256(standardWebhookKey(secret), "<id>.<timestampSecs>.<body>").
QByteArray standardWebhookSignature(const QString &secret, const QString &id, qint64 timestampSecs,
                                    const QByteArray &body);

// Per-attempt headers of `request` sent at nowSecs (unix seconds):
// - with a signingSecret: X-Hub-Signature-256 (keyed with the secret's UTF-8 bytes as written,
//   as GitHub-style receivers configure it), webhook-id (= idempotencyKey), webhook-timestamp
//   and webhook-signature;
// - for webhook channels, always Idempotency-Key (= idempotencyKey).
QList<std::pair<QByteArray, QByteArray>> signingHeaders(const OutgoingRequest &request,
                                                        qint64 nowSecs);

} // namespace vigil
