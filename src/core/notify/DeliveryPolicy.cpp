#include "DeliveryPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

constexpr int kReasonBodyBytes = 200;
// Anything beyond this many seconds is "very long": the caller clamps to its maximum anyway.
constexpr double kMaxSeconds = 1e9;

std::optional<qint64> parseSeconds(const QByteArray &value)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || !std::isfinite(seconds))
        return std::nullopt;
    return static_cast<qint64>(std::ceil(std::clamp(seconds, 0.0, kMaxSeconds) * 1000.0));
}

bool isNumber(const QByteArray &value)
{
    const qsizetype start = value.startsWith('-') ? 1 : 0;
    return value.size() > start && std::all_of(value.cbegin() + start, value.cend(), [](char c) {
               return (c >= '0' && c <= '9') || c == '.';
           });
}

// HTTP-date in the three forms RFC 9110 §5.6.7 asks recipients to accept, always GMT. The day
// name is redundant and dropped first (a wrong one must not make the date unreadable).
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate: Sat, 21 Nov 2026 09:40:00 GMT
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // RFC 850: Saturday, 21-Nov-26 09:40:00 GMT
        QStringLiteral("MMM d HH:mm:ss yyyy"),        // asctime: Sat Nov 21 09:40:00 2026
    };
    for (const QString &format : formats) {
        const QDateTime local = c.toDateTime(text, format);
        if (!local.isValid())
            continue;
        QDate date = local.date();
        if (date.year() < 1970) // RFC 850's two-digit year: never before the epoch
            date = date.addYears(100);
        return QDateTime(date, local.time(), Qt::UTC);
    }
    return std::nullopt;
}

} // namespace

QString deliveryActionName(DeliveryAction action)
{
    switch (action) {
    case DeliveryAction::Delivered:
        return QStringLiteral("delivered");
    case DeliveryAction::Retry:
        return QStringLiteral("retry");
    case DeliveryAction::GiveUp:
        return QStringLiteral("give up");
    case DeliveryAction::Disable:
        return QStringLiteral("disable");
    }
    return {};
}

DeliveryAction classifyAttempt(ChannelType type, int httpStatus, QNetworkReply::NetworkError error,
                               const QByteArray &body)
{
    if (httpStatus > 0) {
        if (httpStatus >= 200 && httpStatus < 300)
            return DeliveryAction::Delivered;
        if (httpStatus == 408 || httpStatus == 425 || httpStatus == 429 ||
            (httpStatus >= 500 && httpStatus < 600))
            return DeliveryAction::Retry;
        if (httpStatus == 410)
            return DeliveryAction::Disable;
        if (httpStatus == 404 && type == ChannelType::Discord)
            return DeliveryAction::Disable;
        if (httpStatus == 404 && type == ChannelType::Slack && body.contains("no_service"))
            return DeliveryAction::Disable;
        return DeliveryAction::GiveUp; // 1xx as a final answer, 3xx, other 4xx, >= 600
    }
    switch (error) {
    case QNetworkReply::NoError: // no status and no error: not an HTTP answer
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return DeliveryAction::GiveUp;
    default:
        return DeliveryAction::Retry;
    }
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (isNumber(v))
        return parseSeconds(v);
    const std::optional<QDateTime> when = parseHttpDate(v);
    if (!when)
        return std::nullopt;
    const qint64 delta = when->toMSecsSinceEpoch() - nowMs;
    return std::max<qint64>(delta, 0);
}

std::optional<qint64> discordRetryAfterMs(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue value = doc.object().value(QLatin1String("retry_after"));
    if (!value.isDouble())
        return std::nullopt;
    return parseSeconds(QByteArray::number(value.toDouble(), 'f', 3));
}

qint64 backoffCeilingMs(int retryIndex, qint64 baseMs, qint64 capMs)
{
    const qint64 cap = std::max<qint64>(capMs, 0);
    qint64 ceiling = std::clamp<qint64>(baseMs, 0, cap);
    for (int i = 0; i < retryIndex && ceiling < cap; ++i)
        ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    return ceiling;
}

qint64 backoffDelayMs(int retryIndex, qint64 baseMs, qint64 capMs, QRandomGenerator &rng)
{
    const qint64 ceiling = backoffCeilingMs(retryIndex, baseMs, capMs);
    return ceiling <= 0 ? 0 : static_cast<qint64>(rng.bounded(static_cast<quint64>(ceiling) + 1));
}

qint64 retryDelayMs(const RetryPolicy &policy, ChannelType type, int retryIndex,
                    const QByteArray &retryAfterHeader, const QByteArray &body, qint64 nowMs,
                    QRandomGenerator &rng)
{
    std::optional<qint64> asked = parseRetryAfterMs(retryAfterHeader, nowMs);
    if (!asked && type == ChannelType::Discord)
        asked = discordRetryAfterMs(body);
    if (asked)
        return std::clamp<qint64>(*asked, 0, policy.maxRetryAfterMs);
    return backoffDelayMs(retryIndex, policy.backoffBaseMs, policy.backoffCapMs, rng);
}

QString httpReason(int httpStatus, const QByteArray &body)
{
    const QString excerpt = QString::fromUtf8(body.left(kReasonBodyBytes)).simplified();
    const QString head = QStringLiteral("HTTP %1").arg(httpStatus);
    return excerpt.isEmpty() ? head : head + QLatin1String(": ") + excerpt;
}

QString networkReason(QNetworkReply::NetworkError error, const QString &errorString,
                      const QUrl &url, qint64 transferTimeoutMs)
{
    if (error == QNetworkReply::OperationCanceledError)
        return QStringLiteral("timed out after %1").arg(formatDelay(transferTimeoutMs));
    QString text = errorString;
    const QString redacted = redactedUrl(url);
    for (const QUrl::FormattingOptions options :
         {QUrl::FormattingOptions(QUrl::FullyEncoded), QUrl::FormattingOptions(QUrl::PrettyDecoded),
          QUrl::FormattingOptions(QUrl::RemoveUserInfo)}) {
        const QString full = url.toString(options);
        if (!full.isEmpty())
            text.replace(full, redacted);
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        text.replace(url.path(), QStringLiteral("/…"));
    return text.isEmpty() ? QStringLiteral("network error %1").arg(int(error)) : text;
}

QString redactedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(no valid URL)");
    const QString host = url.host().contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + url.host() + QLatin1Char(']')
                             : url.host();
    return url.scheme() + QLatin1String("://") + host + QStringLiteral("/…");
}

QString formatDelay(qint64 ms)
{
    constexpr qint64 second = 1000, minute = 60 * second, hour = 60 * minute;
    if (ms >= hour && ms % hour == 0)
        return QStringLiteral("%1 h").arg(ms / hour);
    if (ms >= minute && ms % minute == 0)
        return QStringLiteral("%1 min").arg(ms / minute);
    if (ms >= second && ms % second == 0)
        return QStringLiteral("%1 s").arg(ms / second);
    if (ms >= 10 * second)
        return QStringLiteral("%1 s").arg(ms / second);
    return QStringLiteral("%1 ms").arg(ms);
}

QString gaveUpMessage(qint64 maxAgeMs, int attempts, const QString &lastError)
{
    return QStringLiteral("gave up after %1 (%2 %3, last: %4)")
        .arg(formatDelay(maxAgeMs))
        .arg(attempts)
        .arg(attempts == 1 ? QLatin1String("attempt") : QLatin1String("attempts"),
             lastError.isEmpty() ? QStringLiteral("none") : lastError);
}

double destinationRatePerSecond(ChannelType type, double fallback)
{
    switch (type) {
    case ChannelType::Slack:
        return 1;
    case ChannelType::PagerDuty:
        return 2;
    default:
        return fallback > 0 ? fallback : 5;
    }
}

TokenBucket::TokenBucket(double ratePerSec, double capacity, qint64 nowMs)
    : m_rate(ratePerSec > 0 ? ratePerSec : 1)
    , m_capacity(std::max(capacity, 1.0))
    , m_tokens(m_capacity)
    , m_lastMs(nowMs)
{}

double TokenBucket::available(qint64 nowMs) const
{
    const double elapsed = static_cast<double>(std::max<qint64>(nowMs - m_lastMs, 0));
    return std::min(m_capacity, m_tokens + elapsed * m_rate / 1000.0);
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    const double tokens = available(nowMs);
    if (tokens < 1.0)
        return false;
    m_tokens = tokens - 1.0;
    m_lastMs = std::max(m_lastMs, nowMs);
    return true;
}

qint64 TokenBucket::readyAtMs(qint64 nowMs) const
{
    const double tokens = available(nowMs);
    if (tokens >= 1.0)
        return nowMs;
    return nowMs + static_cast<qint64>(std::ceil((1.0 - tokens) * 1000.0 / m_rate));
}

} // namespace vigil
