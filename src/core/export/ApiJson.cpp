#include "ApiJson.h"

#include "alerts/Selector.h"
#include "config/Duration.h"
#include "export/Exposition.h"
#include "series/MetricStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace vigil::api {

namespace {

QByteArray success(const QJsonValue &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString valueText(double value)
{
    return QString::fromLatin1(Exposition::formatValue(value));
}

QJsonObject labelObject(const Labels &labels)
{
    QJsonObject o;
    for (const Label &l : labels)
        o.insert(l.first, l.second);
    return o;
}

// What a check points at, without credentials or a query string that may hold a token.
QString safeTarget(const CheckSpec &spec)
{
    const QString target = spec.target();
    const QUrl url(target);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return target;
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

Reply badData(const QString &message)
{
    return {400, error(QStringLiteral("bad_data"), message)};
}

// The time parameter `key`, or fallback when absent; a bad one sets *problem (first one wins).
qint64 timeParam(const QUrlQuery &query, const QString &key, qint64 fallback, QString *problem)
{
    if (!query.hasQueryItem(key))
        return fallback;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    const std::optional<qint64> t = parseTimeMs(text);
    if (!t && problem->isEmpty())
        *problem = QStringLiteral("invalid %1 \"%2\": expected Unix seconds or an RFC 3339 time")
                       .arg(key, text);
    return t.value_or(fallback);
}

} // namespace

QByteArray error(const QString &type, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("errorType"), type},
                                     {QStringLiteral("error"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray alerts(const QList<Alert> &alerts)
{
    QJsonArray list;
    for (const Alert &a : alerts) {
        if (a.state == AlertState::Inactive)
            continue;
        QJsonObject labels = labelObject(a.labels);
        labels.insert(QStringLiteral("severity"), severityName(a.severity));
        QJsonObject annotations;
        if (!a.summary.isEmpty())
            annotations.insert(QStringLiteral("summary"), a.summary);
        if (!a.description.isEmpty())
            annotations.insert(QStringLiteral("description"), a.description);
        if (!a.runbook.isEmpty())
            annotations.insert(QStringLiteral("runbook_url"), a.runbook);
        list.append(QJsonObject{
            {QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("state"), alertStateName(a.state)},
            {QStringLiteral("activeAt"), isoTime(a.activeSinceMs)},
            {QStringLiteral("firingSince"), isoTime(a.firingSinceMs)},
            {QStringLiteral("value"), valueText(a.value)},
            {QStringLiteral("threshold"), valueText(a.threshold)},
            {QStringLiteral("fingerprint"), a.fingerprint},
            {QStringLiteral("series"), a.series.toString()},
            {QStringLiteral("stale"), a.stale},
            {QStringLiteral("acknowledged"), a.acknowledged},
            {QStringLiteral("silencedBy"), a.silencedBy},
        });
    }
    return success(QJsonObject{{QStringLiteral("alerts"), list}});
}

QByteArray checks(const QList<CheckState> &checks)
{
    QJsonArray list;
    for (const CheckState &c : checks) {
        QJsonObject o{
            {QStringLiteral("name"), c.spec.name},
            {QStringLiteral("type"), checkTypeName(c.spec.type)},
            {QStringLiteral("target"), safeTarget(c.spec)},
            {QStringLiteral("enabled"), c.spec.enabled},
            {QStringLiteral("status"), checkStatusName(c.status)},
            {QStringLiteral("intervalSeconds"), double(c.spec.intervalMs) / 1000.0},
            {QStringLiteral("nextRun"), isoTime(c.nextRunMs)},
            {QStringLiteral("uptimePercent"),
             c.uptimePercent ? QJsonValue(*c.uptimePercent) : QJsonValue::Null},
        };
        if (c.last) {
            const CheckResult &r = *c.last;
            QJsonObject last{{QStringLiteral("time"), isoTime(r.timeMs)},
                             {QStringLiteral("status"), checkStatusName(r.attemptStatus)},
                             {QStringLiteral("message"), r.message}};
            if (r.latencySeconds)
                last.insert(QStringLiteral("latencySeconds"), *r.latencySeconds);
            if (r.httpStatus != 0)
                last.insert(QStringLiteral("httpStatus"), r.httpStatus);
            if (r.certDaysLeft)
                last.insert(QStringLiteral("certDaysLeft"), *r.certDaysLeft);
            o.insert(QStringLiteral("last"), last);
        } else {
            o.insert(QStringLiteral("last"), QJsonValue::Null);
        }
        list.append(o);
    }
    return success(QJsonObject{{QStringLiteral("checks"), list}});
}

std::optional<qint64> parseTimeMs(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && std::abs(seconds) < 1e11
                   ? std::optional<qint64>(qint64(std::llround(seconds * 1000.0)))
                   : std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) // RFC 3339 needs Z or an offset
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

std::optional<qint64> parseStepMs(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && seconds > 0 && seconds < 1e9
                   ? std::optional<qint64>(std::max<qint64>(1, qint64(seconds * 1000.0)))
                   : std::nullopt;
    qint64 ms = 0;
    if (!parseDuration(text, &ms) || ms <= 0)
        return std::nullopt;
    return ms;
}

Reply series(const MetricStore &history, const QUrlQuery &query, qint64 nowMs)
{
    const auto param = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    QStringList matches = query.allQueryItemValues(QStringLiteral("match"), QUrl::FullyDecoded);
    matches += query.allQueryItemValues(QStringLiteral("match[]"), QUrl::FullyDecoded);
    if (matches.isEmpty())
        return badData(QStringLiteral("missing parameter match (a selector such as "
                                      "cpu_usage_percent{cpu=\"total\"})"));
    QList<Selector> selectors;
    for (const QString &m : std::as_const(matches)) {
        QString why;
        const std::optional<Selector> s = Selector::parse(m, &why);
        if (!s)
            return badData(QStringLiteral("invalid match \"%1\": %2").arg(m, why));
        selectors.append(*s);
    }
    QString problem;
    const qint64 endMs = timeParam(query, QStringLiteral("end"), nowMs, &problem);
    const qint64 startMs = timeParam(query, QStringLiteral("start"), endMs - 3600 * 1000, &problem);
    if (!problem.isEmpty())
        return badData(problem);
    if (endMs < startMs)
        return badData(QStringLiteral("end is before start"));
    qint64 stepMs = 0;
    if (query.hasQueryItem(QStringLiteral("step"))) {
        const auto s = parseStepMs(param("step"));
        if (!s)
            return badData(QStringLiteral("invalid step \"%1\": expected a positive duration "
                                          "such as 15s or a number of seconds")
                               .arg(param("step")));
        stepMs = *s;
        if ((endMs - startMs) / stepMs + 1 > MaxPointsPerSeries)
            return badData(QStringLiteral("more than %1 points per series; use a larger step")
                               .arg(MaxPointsPerSeries));
    }

    QJsonArray result;
    for (const SeriesId &id : history.seriesIds()) {
        const bool wanted = std::any_of(selectors.begin(), selectors.end(),
                                        [&id](const Selector &s) { return s.matches(id); });
        if (!wanted)
            continue;
        const QList<Sample> samples = history.range(id, startMs - stepMs, endMs);
        QJsonArray values;
        const auto point = [&values](qint64 t, double v) {
            values.append(QJsonArray{double(t) / 1000.0, valueText(v)});
        };
        if (stepMs == 0) {
            for (const Sample &s : samples)
                point(s.timeMs, s.value);
        } else {
            // Per step point t: the latest sample in (t - step, t]; none there, no point.
            qsizetype i = 0;
            for (qint64 t = startMs; t <= endMs; t += stepMs) {
                const Sample *latest = nullptr;
                while (i < samples.size() && samples[i].timeMs <= t)
                    latest = &samples[i++];
                if (latest && latest->timeMs > t - stepMs)
                    point(t, latest->value);
            }
        }
        if (values.isEmpty())
            continue;
        QJsonObject metric = labelObject(id.labels());
        metric.insert(QStringLiteral("__name__"), id.name());
        result.append(
            QJsonObject{{QStringLiteral("metric"), metric}, {QStringLiteral("values"), values}});
    }
    return {200, success(QJsonObject{{QStringLiteral("resultType"), QStringLiteral("matrix")},
                                     {QStringLiteral("result"), result}})};
}

} // namespace vigil::api
