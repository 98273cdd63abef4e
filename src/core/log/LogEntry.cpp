#include "LogEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigil {

namespace {

struct LevelName
{
    LogLevel level;
    const char *name;
};
constexpr LevelName kLevels[] = {{LogLevel::Debug, "debug"},
                                 {LogLevel::Info, "info"},
                                 {LogLevel::Warning, "warning"},
                                 {LogLevel::Error, "error"},
                                 {LogLevel::Fatal, "fatal"}};

// A JSON string literal with its quotes, escaped by Qt's own writer.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QString logLevelName(LogLevel level)
{
    for (const LevelName &l : kLevels) {
        if (l.level == level)
            return QLatin1String(l.name);
    }
    return QStringLiteral("info");
}

std::optional<LogLevel> logLevelFromName(const QString &name)
{
    for (const LevelName &l : kLevels) {
        if (name == QLatin1String(l.name))
            return l.level;
    }
    return std::nullopt;
}

LogLevel logLevelFromQt(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
        return LogLevel::Error;
    case QtFatalMsg:
        return LogLevel::Fatal;
    }
    return LogLevel::Info;
}

bool LogEntry::operator==(const LogEntry &other) const
{
    return timeMs == other.timeMs && level == other.level && category == other.category &&
           message == other.message && fields == other.fields;
}

QString logTimestamp(qint64 timeMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs).toUTC().toString(Qt::ISODateWithMs); // "…Z"
}

QByteArray toJsonLine(const LogEntry &entry)
{
    // Written by hand rather than through QJsonObject, whose keys come out sorted: a reader
    // of the raw file sees the time first.
    QByteArray line = "{\"timestamp\":" + quoted(logTimestamp(entry.timeMs)) +
                      ",\"level\":" + quoted(logLevelName(entry.level)) +
                      ",\"category\":" + quoted(entry.category) +
                      ",\"message\":" + quoted(entry.message);
    if (!entry.fields.isEmpty())
        line += ",\"fields\":" + QJsonDocument(entry.fields).toJson(QJsonDocument::Compact);
    line += "}\n";
    return line;
}

bool fromJsonLine(const QByteArray &line, LogEntry *entry, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const QDateTime time =
        QDateTime::fromString(o.value(u"timestamp").toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        *error = QStringLiteral("no valid timestamp");
        return false;
    }
    const std::optional<LogLevel> level = logLevelFromName(o.value(u"level").toString());
    if (!level) {
        *error = QStringLiteral("unknown level");
        return false;
    }
    if (!o.value(u"message").isString() || !o.value(u"category").isString()) {
        *error = QStringLiteral("no message or category");
        return false;
    }
    entry->timeMs = time.toMSecsSinceEpoch();
    entry->level = *level;
    entry->category = o.value(u"category").toString();
    entry->message = o.value(u"message").toString();
    entry->fields = o.value(u"fields").toObject();
    return true;
}

} // namespace vigil
