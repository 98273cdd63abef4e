#pragma once

// One HTTP attempt as values (STYLE.md §12): the QNetworkRequest an OutgoingRequest becomes,
// and what came back, classified.

#include "notify/DeliveryPolicy.h"
#include "notify/NotifyTypes.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

namespace vigil {

struct AttemptResult
{
    int status = 0;        // HTTP status, 0 when no response arrived
    QByteArray body;       // at most 64 KiB
    QByteArray retryAfter; // the Retry-After header
    QString reason;        // why it did not succeed, for the user; empty for a 2xx
    DeliveryAction action = DeliveryAction::Retry;
};

// The request's URL, method-independent settings and headers: transfer timeout (always set,
// INTEROP.md §7.4), ManualRedirectPolicy (a 3xx is a failure), no cookies, no cache,
// User-Agent "Vigil/<version>" unless the request has one, then `attemptHeaders` (signing,
// idempotency) replacing any header of the same name.
QNetworkRequest buildNetworkRequest(const OutgoingRequest &request, qint64 transferTimeoutMs,
                                    const QList<std::pair<QByteArray, QByteArray>> &attemptHeaders);

// Reads a finished reply: status, body excerpt, Retry-After, classifyAttempt(), and the reason
// (httpReason / networkReason, URL redacted).
AttemptResult readAttempt(QNetworkReply *reply, ChannelType type, const QUrl &url,
                          qint64 transferTimeoutMs);

} // namespace vigil
