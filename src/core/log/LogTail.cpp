#include "LogTail.h"

namespace vigil {

LogTail::LogTail(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(capacity, 1))
{}

void LogTail::append(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    m_entries.append(entries);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    Q_EMIT appended(entries);
}

} // namespace vigil
