#pragma once

#include "LogEntry.h"
#include "LogFile.h"

#include <QThread>

namespace vigil {

class Clock;
class LogQueue;

// The thread ("vigil-log") that does every write of the log: standard error and vigil.log. At
// start it reads the end of the existing vigil.log for the Log view; then it takes batches from
// the queue until the queue is closed and empty. A file that cannot be written is reported
// once (standard error and the view) and tried again with the next batch; nothing else stops.
class LogWriter final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWriter)

public:
    struct Options
    {
        QString directory;
        qint64 maxFileBytes = LogFile::kDefaultMaxBytes;
        int keepFiles = LogFile::kDefaultKeepFiles;
        int tailEntries = 0;      // how much of the existing file to load for the view
        bool echoToStderr = true; // the writer's own notes (drops, file errors) too
    };
    LogWriter(LogQueue &queue, const Options &options, const Clock &clock);

Q_SIGNALS:
    // The loaded tail, then each written batch (queued to RecentLog::append).
    void entriesReady(const QList<vigil::LogEntry> &entries);

protected:
    void run() override;

private:
    void loadTail();
    void writeBatch(QList<LogEntry> entries, QByteArray stderrText, QList<QByteArray> lines);
    LogEntry note(LogLevel level, const QString &message, const QJsonObject &fields = {}) const;

    LogQueue &m_queue;
    Options m_options;
    const Clock &m_clock;
    LogFile m_file;
    QString m_fileError; // the last reported failure, so it is reported once
};

} // namespace vigil
