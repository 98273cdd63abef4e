#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>

namespace vigil {

// One process as the Processes view shows it. Rates and CPU need two snapshots: they are NaN
// (unknown) in the first snapshot of a process, and the disk rates stay NaN for processes
// whose /proc/<pid>/io the user may not read (other users' processes) — unknown, never 0.
struct ProcessInfo
{
    static constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();

    qint64 pid = 0;
    qint64 ppid = 0;
    QString name;                // comm, or argv[0]'s basename when comm is cut at 15 characters
    qint64 uid = -1;             // real uid; -1 when status was unreadable
    QString user;                // the user name, or the uid as a number when it has no name
    double cpuPercent = Unknown; // per core, like top: 200 = two cores busy
    quint64 residentBytes = 0;   // RSS
    double readBytesPerSecond = Unknown;
    double writeBytesPerSecond = Unknown;
    qint64 startTimeMs = 0;   // wall clock, ms since the epoch; 0 when unknown
    quint64 startTicks = 0;   // stat field 22: with pid, identifies the process
    QString commandLine;      // empty for kernel threads
    bool topByCpu = false;    // among the top N by CPU of this snapshot
    bool topByMemory = false; // among the top N by resident memory

    bool hasCpu() const { return !std::isnan(cpuPercent); }
    bool hasIo() const { return !std::isnan(readBytesPerSecond); }
};

// What one look at /proc found: the union of the top N by CPU and the top N by memory.
struct ProcessSnapshot
{
    qint64 timeMs = 0;
    int totalProcesses = 0; // every process seen, not just the rows
    int top = 0;            // N
    QList<ProcessInfo> processes;
    QString error; // the proc directory itself could not be read
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::ProcessSnapshot)
