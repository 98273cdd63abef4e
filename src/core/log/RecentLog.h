#pragma once

#include "LogEntry.h"

#include <QObject>

namespace vigil {

// The most recent log entries, for the Log view. Lives on the main thread; the writer thread
// feeds it through a queued connection (first the end of the existing vigil.log, then every
// new entry), so the view reads memory only.
class RecentLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentLog)

public:
    static constexpr int kDefaultCapacity = 2000;

    explicit RecentLog(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    // Oldest first, at most capacity().
    const QList<vigil::LogEntry> &entries() const { return m_entries; }

public Q_SLOTS:
    void append(const QList<vigil::LogEntry> &entries);

Q_SIGNALS:
    // The new entries, after they were appended (and the oldest dropped past the capacity).
    void appended(const QList<vigil::LogEntry> &entries);

private:
    int m_capacity;
    QList<LogEntry> m_entries;
};

} // namespace vigil
