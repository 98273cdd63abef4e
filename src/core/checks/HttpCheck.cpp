#include "HttpCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace vigil {

namespace {

QString hex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // All-zero ids are invalid in trace context; a zero draw is astronomically unlikely, but
    // cheap to rule out.
    do {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    } while (raw.count('\0') == bytes);
    return QString::fromLatin1(raw.toHex());
}

QString statusRangesText(const QList<StatusRange> &ranges)
{
    QStringList parts;
    for (const StatusRange &r : ranges) {
        parts << (r.from == r.to ? QString::number(r.from)
                                 : QStringLiteral("%1-%2").arg(r.from).arg(r.to));
    }
    return parts.join(QLatin1String(", "));
}

// A value inside a JSON document by dotted path ("checks.db.status").
QJsonValue jsonAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}

// The common health-document vocabularies: {"status": "healthy"}, RFC draft pass/warn/fail,
// Spring's UP/DOWN.
std::optional<CheckStatus> healthDocumentStatus(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("healthy") || s == QLatin1String("pass") || s == QLatin1String("ok") ||
        s == QLatin1String("up"))
        return CheckStatus::Healthy;
    if (s == QLatin1String("degraded") || s == QLatin1String("warn") ||
        s == QLatin1String("warning"))
        return CheckStatus::Degraded;
    if (s == QLatin1String("unhealthy") || s == QLatin1String("fail") ||
        s == QLatin1String("down") || s == QLatin1String("error"))
        return CheckStatus::Unhealthy;
    return std::nullopt;
}

QString shortened(const QString &text, qsizetype max = 80)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

HttpCheck::HttpCheck(const CheckSpec &spec, QNetworkAccessManager *nam, QObject *parent)
    : CheckProbe(parent)
    , m_spec(spec)
    , m_nam(nam)
{}

QString HttpCheck::newTraceparent()
{
    return QStringLiteral("00-%1-%2-01").arg(hex(16), hex(8));
}

void HttpCheck::start()
{
    HttpFetch::Request request;
    request.url = QUrl(m_spec.http.url);
    request.method = m_spec.http.method.toUtf8();
    request.body = m_spec.http.body.toUtf8();
    request.timeoutMs = m_spec.timeoutMs;
    request.maxRedirects = m_spec.http.maxRedirects;
    request.verifyTls = m_spec.http.verifyTls;
    for (const auto &[name, value] : m_spec.http.headers)
        request.headers.append({name.toUtf8(), value.toUtf8()});
    const QString traceparent = newTraceparent();
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.headers.append({QByteArrayLiteral("traceparent"), traceparent.toLatin1()});
    request.headers.append({QByteArrayLiteral("X-Request-ID"), requestId.toLatin1()});

    m_fetch = new HttpFetch(m_nam, request, this);
    connect(m_fetch, &HttpFetch::finished, this,
            [this, traceparent, requestId](const HttpFetch::Response &response) {
                ProbeReport report = judge(m_spec, response);
                report.traceparent = traceparent;
                report.requestId = requestId;
                Q_EMIT finished(report);
            });
    m_fetch->start();
}

ProbeReport HttpCheck::judge(const CheckSpec &spec, const HttpFetch::Response &response)
{
    const CheckSpec::Http &http = spec.http;
    ProbeReport r;
    r.target = spec.target();
    r.certDaysLeft = response.certDaysLeft;
    if (!response.ok) {
        r.status = CheckStatus::Unhealthy;
        r.message = response.error;
        return r;
    }
    r.latencySeconds = response.latencySeconds;
    r.httpStatus = response.status;
    const QString ms = QString::number(response.latencySeconds * 1000.0, 'f', 0);
    auto fail = [&](const QString &why) {
        r.status = CheckStatus::Unhealthy;
        r.message = tr("HTTP %1: %2").arg(response.status).arg(why);
        return r;
    };

    bool statusOk = false;
    for (const StatusRange &range : http.expectStatus)
        statusOk = statusOk || (response.status >= range.from && response.status <= range.to);
    if (!statusOk)
        return fail(tr("expected %1").arg(statusRangesText(http.expectStatus)));

    const QString body = QString::fromUtf8(response.body); // lossy on non-UTF-8: fine to search
    if (!http.keyword.isEmpty() && !body.contains(http.keyword))
        return fail(tr("body does not contain \"%1\"").arg(shortened(http.keyword)));
    if (!http.bodyRegex.isEmpty()) {
        const QRegularExpression re(http.bodyRegex);
        if (!re.match(body).hasMatch())
            return fail(tr("body does not match /%1/").arg(shortened(http.bodyRegex)));
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    if (!http.jsonField.isEmpty()) {
        if (!isJson) {
            return fail(response.truncated ? tr("body over the read limit, not parsed")
                                           : tr("body is not JSON (%1 at offset %2)")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
        }
        const QJsonValue v =
            jsonAt(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), http.jsonField);
        if (v.isUndefined())
            return fail(tr("no JSON field \"%1\"").arg(shortened(http.jsonField)));
        if (jsonText(v) != http.jsonEquals) {
            return fail(tr("%1 is \"%2\", expected \"%3\"")
                            .arg(shortened(http.jsonField), shortened(jsonText(v)),
                                 shortened(http.jsonEquals)));
        }
    }

    r.status = CheckStatus::Healthy;
    QStringList notes;
    if (http.healthDocument && isJson && doc.isObject()) {
        const QJsonValue status = doc.object().value(QLatin1String("status"));
        if (status.isString()) {
            if (const auto mapped = healthDocumentStatus(status.toString())) {
                r.status = std::max(r.status, *mapped);
                if (*mapped != CheckStatus::Healthy)
                    notes << tr("service reports \"%1\"").arg(shortened(status.toString()));
            }
        }
    }
    if (http.degradedLatencyMs > 0 && response.latencySeconds * 1000.0 > http.degradedLatencyMs) {
        r.status = std::max(r.status, CheckStatus::Degraded);
        notes << tr("slower than %1 ms").arg(http.degradedLatencyMs);
    }
    if (response.certDaysLeft) {
        const double days = *response.certDaysLeft;
        const QString left =
            days < 0 ? tr("certificate expired %1 days ago").arg(QString::number(-days, 'f', 1))
                     : tr("certificate expires in %1 days").arg(QString::number(days, 'f', 1));
        if (days < http.certCriticalDays) {
            r.status = CheckStatus::Unhealthy;
            notes << left;
        } else if (days < http.certWarningDays) {
            r.status = std::max(r.status, CheckStatus::Degraded);
            notes << left;
        }
    }
    r.message = tr("HTTP %1 in %2 ms").arg(response.status).arg(ms);
    if (response.truncated)
        notes << tr("body cut at %1 KiB").arg(response.body.size() / 1024);
    if (!notes.isEmpty())
        r.message += QLatin1String(": ") + notes.join(QLatin1String("; "));
    return r;
}

} // namespace vigil
