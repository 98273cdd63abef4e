#pragma once

#include "LogEntry.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

namespace vigil {

// An entry on its way to the writer thread, with its already formatted standard-error line
// (empty when nothing goes to standard error).
struct LogRecord
{
    LogEntry entry;
    QByteArray stderrLine;
};

// Many producers (any thread that logs), one consumer (the writer). Bounded: push() never
// waits; when the queue is full the record is dropped and counted, so a flood of messages or a
// stalled disk slows nobody down. The consumer learns how many were dropped with each take().
class LogQueue final
{
    Q_DISABLE_COPY_MOVE(LogQueue)

public:
    explicit LogQueue(int capacity);

    // False when the queue was full (the record is dropped and counted) or closed.
    bool push(LogRecord record);

    struct Batch
    {
        QList<LogRecord> records;
        quint64 dropped = 0; // dropped since the previous take()
        bool closed = false; // close() was called and nothing is left after this batch
    };
    // Waits until there is something to take, drops to report, or the queue is closed.
    Batch take();
    // After close(), push() refuses and take() returns what is left, then closed batches.
    void close();
    // Waits (at most timeoutMs) until the consumer has taken everything pushed so far and
    // finished with it (see markDone). For fatal messages, which end the process right after.
    bool waitUntilWritten(int timeoutMs);
    // Called by the consumer once the records of its last take() are written.
    void markDone();

    int capacity() const { return m_capacity; }
    quint64 droppedTotal() const;

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    QWaitCondition m_written;
    QList<LogRecord> m_records;
    quint64 m_dropped = 0;
    quint64 m_droppedTotal = 0;
    quint64 m_pushed = 0;
    quint64 m_taken = 0;
    quint64 m_done = 0;
    bool m_closed = false;
};

} // namespace vigil
