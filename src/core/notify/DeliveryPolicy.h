#pragma once

// Pure delivery rules (INTEROP.md §3): what one attempt's outcome means, when to try again,
// how fast a destination may be called, and how a URL appears in logs and the UI. No I/O, no
// clock: everything takes "now" as an argument so tests pin it.

#include "notify/NotifyTypes.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

class QRandomGenerator;

namespace vigil {

// What to do with an outbox item after one attempt (§3.1).
enum class DeliveryAction {
    Delivered, // 2xx
    Retry,     // network error, refused, DNS, transfer timeout, 408, 425, 429, 5xx
    GiveUp,    // 3xx, 400, 401, 403, 404, 405, 413, 422, other 4xx: a retry fixes nothing
    Disable,   // 410; Discord 404; Slack 404 no_service: the channel is gone until edited
};

QString deliveryActionName(DeliveryAction action); // "delivered", "retry", "give up", "disable"

// Classifies on the HTTP status when there is one (> 0), else on the network error (§7.4:
// 4xx/5xx also set error()). OperationCanceledError is the transfer timeout: a user abort never
// reaches here. A URL scheme Qt cannot send to is a give-up, every other transport error a retry.
DeliveryAction classifyAttempt(ChannelType type, int httpStatus,
                               QNetworkReply::NetworkError error = QNetworkReply::NoError,
                               const QByteArray &body = {});

// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date (IMF-fixdate, RFC 850, asctime),
// as milliseconds from nowMs. Past dates and negative numbers give 0 ("now"). Garbage: nullopt.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowMs);
// Discord's 429 body: {"retry_after": 0.25, ...} (float seconds).
std::optional<qint64> discordRetryAfterMs(const QByteArray &body);

struct RetryPolicy
{
    qint64 backoffBaseMs = 500;       // first retry: uniform in [0, base]
    qint64 backoffCapMs = 300000;     // 5 min
    qint64 maxRetryAfterMs = 3600000; // a server asking for more is clamped to 1 h
};

// Exponential ceiling of retry number `retryIndex` (0 = first retry): base x 2^n, at most cap.
qint64 backoffCeilingMs(int retryIndex, qint64 baseMs, qint64 capMs);
// Full jitter: uniform in [0, ceiling].
qint64 backoffDelayMs(int retryIndex, qint64 baseMs, qint64 capMs, QRandomGenerator &rng);
// The delay before the next attempt after a Retry outcome: Retry-After header first, then
// Discord's JSON retry_after, both clamped to maxRetryAfterMs; else the jittered back-off.
qint64 retryDelayMs(const RetryPolicy &policy, ChannelType type, int retryIndex,
                    const QByteArray &retryAfterHeader, const QByteArray &body, qint64 nowMs,
                    QRandomGenerator &rng);

// "HTTP 404: <first 200 bytes of the body, whitespace simplified>" ("HTTP 404" when empty).
QString httpReason(int httpStatus, const QByteArray &body);
// A transport error for the user and the log: the transfer timeout is "timed out after 15 s";
// any URL Qt put into the error string is replaced by its redacted form.
QString networkReason(QNetworkReply::NetworkError error, const QString &errorString,
                      const QUrl &url, qint64 transferTimeoutMs);

// Scheme + host only, the rest elided: "https://hooks.slack.com/…". Webhook URLs are bearer
// secrets (INTEROP.md §1): use this in every log line and in the UI.
QString redactedUrl(const QUrl &url);

// "24 h", "90 min", "45 s", "250 ms".
QString formatDelay(qint64 ms);
// "gave up after 24 h (3 attempts, last: HTTP 503)".
QString gaveUpMessage(qint64 maxAgeMs, int attempts, const QString &lastError);

// Requests per second a destination accepts (§3.2): Slack 1, PagerDuty 2, others fallback.
double destinationRatePerSecond(ChannelType type, double fallback);

// Token bucket: `ratePerSec` tokens per second, at most `capacity` saved up. Times are wall ms
// passed in; a clock going backwards refills nothing.
class TokenBucket final
{
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSec, double capacity, qint64 nowMs);

    bool tryTake(qint64 nowMs);
    // When the next token is there (nowMs if one is available now).
    qint64 readyAtMs(qint64 nowMs) const;

private:
    double available(qint64 nowMs) const;

    double m_rate = 1;
    double m_capacity = 1;
    double m_tokens = 1;
    qint64 m_lastMs = 0;
};

} // namespace vigil
