#pragma once

#include "ProbeOutcome.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QtGlobal>

namespace vigil {

// Counts the processes that match a name and/or a command-line pattern by scanning procRoot,
// and sums their CPU use and resident memory. Synchronous; keeps per-process CPU ticks between
// runs for the CPU share. Zombies never match, nor does the calling (Vigil) process.
class ProcessProbe final
{
public:
    struct Options
    {
        QString check;
        QString procRoot = QStringLiteral("/proc");
        // Exact match on /proc/PID/comm or on the basename of argv[0].
        QString name;
        // QRegularExpression, unanchored, against the space-joined command line (first 4 KiB).
        // Processes with an empty command line (kernel threads) never match it. When both name
        // and cmdlineRegex are set, a process must match both.
        QString cmdlineRegex;
        int minCount = 1;
        int maxCount = -1; // -1 = no max
    };

    explicit ProcessProbe(Options options);

    // Empty when the options are usable, else one line saying what is wrong.
    static QString validate(const Options &options);

    // Publishes check_process_count, check_process_resident_bytes and, from the second run on,
    // check_process_cpu_percent (per-core percent like top: 200 = two cores busy).
    ProbeOutcome run(qint64 nowMs, qint64 monoNs);

    const Options &options() const { return m_options; }
    // "name=nginx cmdline~=worker": what the probe matches, for the table.
    QString target() const;
    // How many processes the CPU bookkeeping remembers (those matched by the last run).
    qsizetype trackedProcessCount() const { return m_previous.size(); }

private:
    struct Ticks
    {
        quint64 startTime = 0; // field 22 of stat: tells a reused pid from the old process
        quint64 cpuTicks = 0;  // utime + stime
    };
    struct Scan;

    bool matches(Scan &scan, const QByteArray &dir);

    Options m_options;
    QString m_invalid;
    QRegularExpression m_regex;
    QByteArray m_nameUtf8;
    qint64 m_selfPid = 0;
    long m_clockTicks = 100;
    long m_pageSize = 4096;
    QHash<qint64, Ticks> m_previous; // matched pids of the last run only, so it cannot grow
    qint64 m_previousMonoNs = 0;
    bool m_havePrevious = false;
};

} // namespace vigil
