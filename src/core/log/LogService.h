#pragma once

#include "LogEntry.h"
#include "LogFile.h"
#include "LogQueue.h"
#include "RecentLog.h"

#include <QObject>

#include <memory>

namespace vigil {

class Clock;
class LogWriter;

struct LogOptions
{
    QString directory; // where vigil.log lives: directoryFor(dataDir)
    qint64 maxFileBytes = LogFile::kDefaultMaxBytes;
    int keepFiles = LogFile::kDefaultKeepFiles;
    int queueCapacity = 8192;
    int tailCapacity = RecentLog::kDefaultCapacity;
    bool echoToStderr = true; // the human-readable line, formatted by qSetMessagePattern
};

// Vigil's message handler. Every qDebug/qCInfo/... of the process, from any thread, becomes a
// LogEntry (redacted, with the fields of the LogScopes open on that thread) on a bounded queue;
// the writer thread writes it as a JSON line to <directory>/vigil.log and as text to standard
// error, and hands it to the tail for the Log view. The thread that logs does no I/O and never
// waits (a full queue drops and counts; see LogQueue). One service is installed at a time.
class LogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogService)

public:
    explicit LogService(const LogOptions &options, const Clock &clock, QObject *parent = nullptr);
    ~LogService() override; // stop()

    // <dataDir>/logs; an empty dataDir means the default data directory ($XDG_DATA_HOME/vigil).
    static QString directoryFor(const QString &dataDir);

    // installHandler() and startWriter().
    void start();
    // Messages from now on go to the queue (and nowhere else until the writer runs).
    void installHandler();
    // The writer thread loads the end of the existing file, then drains the queue.
    void startWriter();
    // Restores the previous handler, writes what is queued and joins the writer.
    void stop();

    RecentLog *tail() const { return m_tail; }
    QString directory() const { return m_options.directory; }
    QString filePath() const;
    // Messages dropped because the queue was full, since start.
    quint64 droppedCount() const { return m_queue.droppedTotal(); }

private:
    friend void logMessageHandler(QtMsgType, const QMessageLogContext &, const QString &);
    void enqueue(QtMsgType type, const QMessageLogContext &context, const QString &message);

    LogOptions m_options;
    const Clock &m_clock;
    LogQueue m_queue;
    RecentLog *m_tail;
    std::unique_ptr<LogWriter> m_writer;
};

// --log-level: "debug", "info", "warning" or "error" (empty optional for anything else).
std::optional<LogLevel> parseLogLevel(const QString &name);
// The QLoggingCategory filter rules for a level: vigil.* categories log it and above. Rules in
// QT_LOGGING_RULES still win (Qt applies them after these).
QString logFilterRules(LogLevel level);
void applyLogLevel(LogLevel level);

} // namespace vigil
