#include "HistoryExport.h"

#include "series/SeriesId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace vigil::HistoryExport {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}

// Prometheus form, exact and parseable: {alertname="cpu_high",cpu="total"}.
QString labelsField(const Labels &labels)
{
    QStringList parts;
    for (const Label &l : labels)
        parts.append(l.first + QStringLiteral("=\"") + SeriesId::escapeLabelValue(l.second) + u'"');
    return u'{' + parts.join(u',') + u'}';
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

const char *const kCsvHeader[] = {
    "time",         "kind",      "severity",    "from_severity", "rule",       "labels",
    "value",        "threshold", "summary",     "fingerprint",   "from_state", "to_state",
    "firing_since", "notified",  "silenced_by", "runbook",       "id"};

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') &&
        !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray toCsv(const QList<AlertEvent> &events)
{
    QString out;
    QStringList header;
    for (const char *name : kCsvHeader)
        header.append(QLatin1String(name));
    out += header.join(u',') + QStringLiteral("\r\n");
    for (const AlertEvent &e : events) {
        const QStringList fields{
            isoTime(e.timeMs),
            alertEventKindName(e.kind),
            severityName(e.toSeverity),
            severityName(e.fromSeverity),
            e.rule,
            labelsField(e.labels),
            number(e.value),
            number(e.threshold),
            e.summary,
            e.fingerprint,
            alertStateName(e.fromState),
            alertStateName(e.toState),
            e.firingSinceMs > 0 ? isoTime(e.firingSinceMs) : QString(),
            e.notify ? QStringLiteral("true") : QStringLiteral("false"),
            e.silencedBy,
            e.runbook,
            QString::number(e.id),
        };
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &f : fields)
            escaped.append(csvField(f));
        out += escaped.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<AlertEvent> &events)
{
    QJsonArray array;
    for (const AlertEvent &e : events) {
        QJsonObject labels;
        for (const Label &l : e.labels)
            labels.insert(l.first, l.second);
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("time"), isoTime(e.timeMs));
        o.insert(QStringLiteral("time_ms"), e.timeMs);
        o.insert(QStringLiteral("kind"), alertEventKindName(e.kind));
        o.insert(QStringLiteral("severity"), severityName(e.toSeverity));
        o.insert(QStringLiteral("from_severity"), severityName(e.fromSeverity));
        o.insert(QStringLiteral("from_state"), alertStateName(e.fromState));
        o.insert(QStringLiteral("to_state"), alertStateName(e.toState));
        o.insert(QStringLiteral("rule"), e.rule);
        o.insert(QStringLiteral("fingerprint"), e.fingerprint);
        o.insert(QStringLiteral("labels"), labels);
        o.insert(QStringLiteral("value"), jsonNumber(e.value));
        o.insert(QStringLiteral("threshold"), jsonNumber(e.threshold));
        o.insert(QStringLiteral("firing_since"), e.firingSinceMs > 0
                                                     ? QJsonValue(isoTime(e.firingSinceMs))
                                                     : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("summary"), e.summary);
        o.insert(QStringLiteral("runbook"), e.runbook);
        o.insert(QStringLiteral("notified"), e.notify);
        o.insert(QStringLiteral("silenced_by"),
                 e.silencedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.silencedBy));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result write(const QString &path, Format format, const QList<AlertEvent> &events)
{
    Result result;
    result.path = path;
    const QByteArray bytes = format == Format::Csv ? toCsv(events) : toJson(events);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    if (file.write(bytes) != bytes.size()) {
        result.error = file.errorString();
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = file.errorString();
        return result;
    }
    result.count = events.size();
    return result;
}

QFuture<Result> start(const QString &path, Format format, const QList<AlertEvent> &events)
{
    return QtConcurrent::run(&write, path, format, events);
}

} // namespace vigil::HistoryExport
