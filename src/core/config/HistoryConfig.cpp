#include "HistoryConfig.h"

#include "config/ConfigText.h"
#include "config/Duration.h"
#include "config/ObjectReader.h"

#include <QJsonObject>

namespace vigil::configreader {

namespace {

constexpr qint64 kMinRetentionMs = 3600 * 1000;
constexpr qint64 kMaxRetentionMs = 3650LL * 24 * 3600 * 1000;
constexpr qint64 kMinFlushMs = 1000;
constexpr qint64 kMaxFlushMs = 5 * 60 * 1000;

// "<key>: \"<text>\" is out of range; allowed <min> to <max>" when ms is outside [min, max].
bool inRange(ObjectReader &reader, const QJsonObject &object, const QString &key, qint64 ms,
             qint64 min, qint64 max)
{
    if (ms >= min && ms <= max)
        return true;
    reader.problem(key, configtext::quoted(object.value(key).toString()) +
                            QStringLiteral(" is out of range; allowed %1 to %2")
                                .arg(formatDuration(min), formatDuration(max)));
    return false;
}

} // namespace

void readHistory(const QJsonValue &value, ConfigResult &result)
{
    const QString path = QStringLiteral("history");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        result.errors << path + QStringLiteral(": expected an object, got ") +
                             configtext::describe(value);
        return;
    }
    Config::History h = result.config.history;
    QStringList problems;
    const QJsonObject object = value.toObject();
    ObjectReader reader(path, object, &problems);
    reader.boolean("enabled", &h.enabled);
    reader.duration("raw_retention", &h.rawRetentionMs);
    reader.duration("minute_retention", &h.minuteRetentionMs);
    reader.duration("hour_retention", &h.hourRetentionMs);
    reader.duration("flush_interval", &h.flushIntervalMs);
    for (const QString &key : reader.unknownKeys())
        result.warnings << reader.at(key) + QStringLiteral(": unknown key, ignored");
    if (problems.isEmpty()) {
        const bool rawOk = inRange(reader, object, QStringLiteral("raw_retention"),
                                   h.rawRetentionMs, kMinRetentionMs, kMaxRetentionMs);
        const bool minuteOk = inRange(reader, object, QStringLiteral("minute_retention"),
                                      h.minuteRetentionMs, kMinRetentionMs, kMaxRetentionMs);
        const bool hourOk = inRange(reader, object, QStringLiteral("hour_retention"),
                                    h.hourRetentionMs, kMinRetentionMs, kMaxRetentionMs);
        inRange(reader, object, QStringLiteral("flush_interval"), h.flushIntervalMs, kMinFlushMs,
                kMaxFlushMs);
        const bool ok = rawOk && minuteOk && hourOk;
        // Each tier is rolled up from the finer one: it must outlive it.
        if (ok && h.minuteRetentionMs < h.rawRetentionMs)
            reader.problem(QStringLiteral("minute_retention"),
                           QStringLiteral("must be at least history.raw_retention (%1)")
                               .arg(formatDuration(h.rawRetentionMs)));
        else if (ok && h.hourRetentionMs < h.minuteRetentionMs)
            reader.problem(QStringLiteral("hour_retention"),
                           QStringLiteral("must be at least history.minute_retention (%1)")
                               .arg(formatDuration(h.minuteRetentionMs)));
    }
    result.errors << problems;
    if (problems.isEmpty())
        result.config.history = h;
}

} // namespace vigil::configreader

namespace vigil::configwriter {

QByteArray historySection(const Config &config)
{
    using configtext::jsonString;
    const Config::History &h = config.history;
    QByteArray out = "    \"history\": {\n";
    out += "        \"enabled\": ";
    out += h.enabled ? "true" : "false";
    out += ",\n        \"raw_retention\": " + jsonString(formatDuration(h.rawRetentionMs));
    out += ",\n        \"minute_retention\": " + jsonString(formatDuration(h.minuteRetentionMs));
    out += ",\n        \"hour_retention\": " + jsonString(formatDuration(h.hourRetentionMs));
    out += ",\n        \"flush_interval\": " + jsonString(formatDuration(h.flushIntervalMs)) + "\n";
    out += "    },\n";
    return out;
}

} // namespace vigil::configwriter
