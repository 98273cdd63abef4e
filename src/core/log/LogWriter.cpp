#include "LogWriter.h"

#include "LogQueue.h"
#include "util/Clock.h"

#include <cstdio>

namespace vigil {

namespace {

void writeStderr(const QByteArray &text, bool enabled)
{
    if (text.isEmpty() || !enabled)
        return;
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

QByteArray stderrLine(const LogEntry &entry)
{
    const QByteArray prefix = entry.level == LogLevel::Warning ? "warning: "
                              : entry.level >= LogLevel::Error ? "error: "
                                                               : "";
    return "vigil: " + prefix + entry.message.toLocal8Bit() + '\n';
}

} // namespace

LogWriter::LogWriter(LogQueue &queue, const Options &options, const Clock &clock)
    : m_queue(queue)
    , m_options(options)
    , m_clock(clock)
    , m_file(options.directory, options.maxFileBytes, options.keepFiles)
{
    setObjectName(QStringLiteral("vigil-log"));
}

LogEntry LogWriter::note(LogLevel level, const QString &message, const QJsonObject &fields) const
{
    LogEntry e;
    e.timeMs = m_clock.nowMs();
    e.level = level;
    e.category = QStringLiteral("vigil.log");
    e.message = message;
    e.fields = fields;
    return e;
}

void LogWriter::loadTail()
{
    const LogFile::Tail tail = LogFile::readTail(m_file.path(), m_options.tailEntries);
    QList<LogEntry> entries = tail.entries;
    QByteArray err;
    if (tail.unreadable > 0) {
        // Not written to the file: the lines are still there for whoever wants to look.
        entries.append(note(LogLevel::Warning,
                            QStringLiteral("%1 earlier lines of %2 are not log entries and are "
                                           "not shown")
                                .arg(tail.unreadable)
                                .arg(m_file.path()),
                            {{QStringLiteral("unreadable"), tail.unreadable}}));
        err += stderrLine(entries.last());
    }
    if (!tail.error.isEmpty()) {
        entries.append(note(LogLevel::Warning, tail.error));
        err += stderrLine(entries.last());
    }
    writeStderr(err, m_options.echoToStderr);
    if (!entries.isEmpty())
        Q_EMIT entriesReady(entries);
}

void LogWriter::run()
{
    if (m_options.tailEntries > 0)
        loadTail();
    for (;;) {
        LogQueue::Batch batch = m_queue.take();
        QList<LogEntry> entries;
        QList<QByteArray> lines;
        QByteArray err;
        entries.reserve(batch.records.size() + 1);
        if (batch.dropped > 0) {
            entries.append(note(LogLevel::Warning,
                                QStringLiteral("%1 log messages were dropped: more arrived than "
                                               "the writer could take (queue of %2)")
                                    .arg(batch.dropped)
                                    .arg(m_queue.capacity()),
                                {{QStringLiteral("dropped"), qint64(batch.dropped)}}));
            lines.append(toJsonLine(entries.last()));
            err += stderrLine(entries.last());
        }
        for (LogRecord &r : batch.records) {
            lines.append(toJsonLine(r.entry));
            err += r.stderrLine;
            entries.append(std::move(r.entry));
        }
        writeBatch(std::move(entries), std::move(err), std::move(lines));
        m_queue.markDone();
        if (batch.closed)
            return;
    }
}

void LogWriter::writeBatch(QList<LogEntry> entries, QByteArray stderrText, QList<QByteArray> lines)
{
    QString error;
    if (!lines.isEmpty() && !m_file.append(lines, &error)) {
        if (error != m_fileError) {
            m_fileError = error;
            entries.append(note(LogLevel::Warning,
                                QStringLiteral("log file: %1; messages go to standard error "
                                               "only until it can be written again")
                                    .arg(error)));
            stderrText += stderrLine(entries.last());
        }
    } else if (!lines.isEmpty() && !m_fileError.isEmpty()) {
        m_fileError.clear();
        entries.append(note(LogLevel::Info,
                            QStringLiteral("log file %1 is written again").arg(m_file.path())));
        stderrText += stderrLine(entries.last());
    }
    writeStderr(stderrText, m_options.echoToStderr);
    if (!entries.isEmpty())
        Q_EMIT entriesReady(entries);
}

} // namespace vigil
