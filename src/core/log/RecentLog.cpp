#include "RecentLog.h"

namespace vigil {

RecentLog::RecentLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(capacity, 1))
{}

void RecentLog::append(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    m_entries.append(entries);
    if (m_entries.size() > m_capacity)
        m_entries.remove(0, m_entries.size() - m_capacity);
    Q_EMIT appended(entries);
}

} // namespace vigil
