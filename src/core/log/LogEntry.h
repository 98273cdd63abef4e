#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vigil {

// The levels users choose with --log-level; "error" is Qt's critical.
enum class LogLevel { Debug, Info, Warning, Error, Fatal };

QString logLevelName(LogLevel level);
std::optional<LogLevel> logLevelFromName(const QString &name);
LogLevel logLevelFromQt(QtMsgType type);

// One line of vigil.log. Message and fields are already redacted when an entry exists.
struct LogEntry
{
    qint64 timeMs = 0;
    LogLevel level = LogLevel::Info;
    QString category;
    QString message;
    QJsonObject fields; // structured context: fingerprint, check, channel, request_id...

    bool operator==(const LogEntry &other) const;
};

// {"timestamp":"2026-12-08T09:33:21.042Z","level":"info","category":"vigil.alerts",
//  "message":"...","fields":{...}} and a newline; "fields" only when there are some.
QByteArray toJsonLine(const LogEntry &entry);
// The inverse; false with a reason for anything that is not such a line.
bool fromJsonLine(const QByteArray &line, LogEntry *entry, QString *error);

// "2026-12-08T09:33:21.042Z"
QString logTimestamp(qint64 timeMs);

} // namespace vigil

Q_DECLARE_METATYPE(vigil::LogEntry)
