#include "LogQueue.h"

#include <QDeadlineTimer>

namespace vigil {

LogQueue::LogQueue(int capacity)
    : m_capacity(std::max(capacity, 1))
{}

bool LogQueue::push(LogRecord record)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return false;
    if (m_records.size() >= m_capacity) {
        ++m_dropped;
        ++m_droppedTotal;
        if (m_dropped == 1)
            m_ready.wakeOne(); // the writer reports drops even if it sleeps on an empty queue
        return false;
    }
    m_records.append(std::move(record));
    ++m_pushed;
    m_ready.wakeOne();
    return true;
}

LogQueue::Batch LogQueue::take()
{
    QMutexLocker lock(&m_mutex);
    while (m_records.isEmpty() && m_dropped == 0 && !m_closed)
        m_ready.wait(&m_mutex);
    Batch batch;
    batch.records.swap(m_records);
    batch.dropped = m_dropped;
    m_dropped = 0;
    m_taken += quint64(batch.records.size());
    batch.closed = m_closed;
    return batch;
}

void LogQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_ready.wakeAll();
}

void LogQueue::markDone()
{
    QMutexLocker lock(&m_mutex);
    m_done = m_taken;
    m_written.wakeAll();
}

bool LogQueue::waitUntilWritten(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_pushed;
    QDeadlineTimer deadline(timeoutMs);
    while (m_done < target) {
        if (!m_written.wait(&m_mutex, deadline))
            return m_done >= target;
    }
    return true;
}

quint64 LogQueue::droppedTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_droppedTotal;
}

} // namespace vigil
