#pragma once

#include "ProcessTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vigil {

// Reads every /proc/<pid> (stat, status, io, cmdline) under the collector root and keeps the
// previous counters, so that CPU % and disk rates come from the ticks and bytes between two
// snapshots. Lives in the collector thread; never touched from elsewhere.
class ProcessTable final
{
public:
    // root: "/" in production, a captured tree in tests. top: rows per criterion (>= 1).
    ProcessTable(const QString &root, int top);

    // Reads all processes; returns the top N by CPU and the top N by memory (their union).
    // monotonicNs times the rates; nowMs stamps the snapshot.
    ProcessSnapshot sample(qint64 monotonicNs, qint64 nowMs);
    // Forgets the previous counters (nobody looks): the next snapshot starts afresh.
    void reset();
    void setTop(int top) { m_top = top; }
    int top() const { return m_top; }

    // Sends `signal` to pid when it is still the process that started at startTicks (a pid may
    // have been reused since the user chose it). Returns 0 or the errno (ESRCH when gone).
    int sendSignal(qint64 pid, quint64 startTicks, int signal);

    // The name of a uid from the user database, cached; the number when it has none.
    QString userName(quint32 uid);

private:
    struct Previous
    {
        quint64 startTicks = 0;
        quint64 cpuTicks = 0;
        quint64 readBytes = 0;
        quint64 writeBytes = 0;
        bool ioKnown = false;
    };
    struct Counters;

    bool readProcess(const QByteArray &dir, ProcessInfo &info, Counters &counters);
    qint64 bootTimeSeconds();
    static void markTop(QList<ProcessInfo> &all, int top);

    QByteArray m_procDir;
    int m_top;
    long m_clockTicks = 100;
    long m_pageSize = 4096;
    qint64 m_bootTime = -1; // seconds since the epoch; read once (psutil caches it too)
    bool m_bootTimeRead = false;
    QHash<qint64, Previous> m_previous; // the last snapshot's processes only
    qint64 m_previousMonoNs = 0;
    bool m_havePrevious = false;
    QHash<quint32, QString> m_users;
    QByteArray m_buffer;
    QByteArray m_cmdline;
};

} // namespace vigil
