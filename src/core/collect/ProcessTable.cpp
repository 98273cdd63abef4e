#include "ProcessTable.h"

#include "PidFiles.h"
#include "ProcFile.h"
#include "ProcParse.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <pwd.h>
#include <unistd.h>

namespace vigil {

namespace {
constexpr qsizetype MaxSmallFile = 4096;
constexpr qsizetype MaxCmdline = 32 * 1024; // the view shows one line; this bounds the work
constexpr int CommLength = 15;              // TASK_COMM_LEN - 1: longer names are cut
} // namespace

struct ProcessTable::Counters
{
    quint64 cpuTicks = 0;
    quint64 readBytes = 0;
    quint64 writeBytes = 0;
    bool ioKnown = false;
};

ProcessTable::ProcessTable(const QString &root, int top)
    : m_procDir(rootPath(root, "proc"))
    , m_top(std::max(top, 1))
{
    if (const long ticks = sysconf(_SC_CLK_TCK); ticks > 0)
        m_clockTicks = ticks;
    if (const long page = sysconf(_SC_PAGESIZE); page > 0)
        m_pageSize = page;
}

void ProcessTable::reset()
{
    m_previous.clear();
    m_havePrevious = false;
}

qint64 ProcessTable::bootTimeSeconds()
{
    if (!m_bootTimeRead) {
        m_bootTimeRead = true;
        QByteArray stat;
        if (pidfiles::readSmallFile(m_procDir + "/stat", stat, 1 << 20) != 0 ||
            !pidfiles::parseBootTime(stat, m_bootTime))
            m_bootTime = -1;
    }
    return m_bootTime;
}

QString ProcessTable::userName(quint32 uid)
{
    const auto cached = m_users.constFind(uid);
    if (cached != m_users.cend())
        return *cached;
    QString name = QString::number(uid);
    const long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(suggested > 0 ? suggested : 16384, Qt::Uninitialized);
    passwd entry = {};
    passwd *found = nullptr;
    int error = 0;
    while ((error = getpwuid_r(uid, &entry, buffer.data(), size_t(buffer.size()), &found)) ==
               ERANGE &&
           buffer.size() < (1 << 20))
        buffer.resize(buffer.size() * 2);
    if (error == 0 && found && found->pw_name)
        name = QString::fromLocal8Bit(found->pw_name);
    m_users.insert(uid, name);
    return name;
}

bool ProcessTable::readProcess(const QByteArray &dir, ProcessInfo &info, Counters &counters)
{
    // A process may exit at any point here: a missing or empty file drops it silently.
    if (pidfiles::readSmallFile(dir + "/stat", m_buffer, MaxSmallFile) != 0)
        return false;
    pidfiles::PidStat stat;
    if (!pidfiles::parseStat(m_buffer, stat))
        return false;
    QByteArray comm = stat.comm.toByteArray();
    info.ppid = stat.ppid;
    info.startTicks = stat.startTime;
    info.residentBytes = stat.rssPages * quint64(m_pageSize);
    counters.cpuTicks = stat.cpuTicks();
    if (const qint64 boot = bootTimeSeconds(); boot >= 0)
        info.startTimeMs = boot * 1000 + qint64(stat.startTime * 1000 / quint64(m_clockTicks));

    quint32 uid = 0;
    if (pidfiles::readSmallFile(dir + "/status", m_buffer, MaxSmallFile) == 0 &&
        pidfiles::parseStatusUid(m_buffer, uid)) {
        info.uid = uid;
        info.user = userName(uid);
    }

    // io is readable only for one's own processes (or with CAP_SYS_PTRACE): else unknown.
    if (pidfiles::readSmallFile(dir + "/io", m_buffer, MaxSmallFile) == 0)
        counters.ioKnown = pidfiles::parseIo(m_buffer, counters.readBytes, counters.writeBytes);

    if (pidfiles::readSmallFile(dir + "/cmdline", m_cmdline, MaxCmdline) == 0) {
        info.commandLine = pidfiles::joinCmdline(m_cmdline);
        // comm is cut at 15 characters; argv[0] usually has the whole name (psutil does this).
        const QByteArrayView argv0 = pidfiles::argv0Basename(m_cmdline);
        if (comm.size() >= CommLength && argv0.startsWith(comm))
            comm = argv0.toByteArray();
    }
    info.name = QString::fromUtf8(comm);
    return true;
}

ProcessSnapshot ProcessTable::sample(qint64 monotonicNs, qint64 nowMs)
{
    ProcessSnapshot snapshot;
    snapshot.timeMs = nowMs;
    snapshot.top = m_top;
    DIR *dir = ::opendir(m_procDir.constData());
    if (!dir) {
        snapshot.error = QFile::decodeName(m_procDir) + QStringLiteral(": ") +
                         QString::fromLocal8Bit(strerror(errno));
        reset();
        return snapshot;
    }
    const double elapsedSeconds = m_havePrevious && monotonicNs > m_previousMonoNs
                                      ? double(monotonicNs - m_previousMonoNs) / 1e9
                                      : 0.0;
    QList<ProcessInfo> all;
    all.reserve(m_previous.size() + 16);
    QHash<qint64, Previous> current;
    current.reserve(m_previous.size() + 16);
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView name(entry->d_name);
        quint64 pid = 0;
        if (!proc::isAllDigits(name) || !proc::parseUInt(name, pid))
            continue;
        ProcessInfo info;
        info.pid = qint64(pid);
        Counters counters;
        if (!readProcess(m_procDir + '/' + name.toByteArray(), info, counters))
            continue;
        const auto previous = m_previous.constFind(info.pid);
        const bool same = elapsedSeconds > 0 && previous != m_previous.cend() &&
                          previous->startTicks == info.startTicks;
        if (same && counters.cpuTicks >= previous->cpuTicks)
            info.cpuPercent = double(counters.cpuTicks - previous->cpuTicks) /
                              double(m_clockTicks) / elapsedSeconds * 100.0;
        if (same && counters.ioKnown && previous->ioKnown &&
            counters.readBytes >= previous->readBytes &&
            counters.writeBytes >= previous->writeBytes) {
            info.readBytesPerSecond =
                double(counters.readBytes - previous->readBytes) / elapsedSeconds;
            info.writeBytesPerSecond =
                double(counters.writeBytes - previous->writeBytes) / elapsedSeconds;
        }
        current.insert(info.pid, {info.startTicks, counters.cpuTicks, counters.readBytes,
                                  counters.writeBytes, counters.ioKnown});
        all.append(std::move(info));
    }
    ::closedir(dir);
    m_previous = std::move(current); // exited processes drop out: the table cannot grow
    m_previousMonoNs = monotonicNs;
    m_havePrevious = true;

    snapshot.totalProcesses = int(all.size());
    markTop(all, m_top);
    for (ProcessInfo &info : all) {
        if (info.topByCpu || info.topByMemory)
            snapshot.processes.append(std::move(info));
    }
    return snapshot;
}

void ProcessTable::markTop(QList<ProcessInfo> &all, int top)
{
    const qsizetype n = std::min<qsizetype>(top, all.size());
    QList<qsizetype> order(all.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    // Unknown CPU (a process's first snapshot) ranks below 0 %; ties go to the lower pid.
    const auto cpu = [&](qsizetype i) { return all[i].hasCpu() ? all[i].cpuPercent : -1.0; };
    std::partial_sort(order.begin(), order.begin() + n, order.end(), [&](qsizetype a, qsizetype b) {
        return cpu(a) != cpu(b) ? cpu(a) > cpu(b) : all[a].pid < all[b].pid;
    });
    for (qsizetype i = 0; i < n; ++i)
        all[order[i]].topByCpu = true;
    std::partial_sort(order.begin(), order.begin() + n, order.end(), [&](qsizetype a, qsizetype b) {
        return all[a].residentBytes != all[b].residentBytes
                   ? all[a].residentBytes > all[b].residentBytes
                   : all[a].pid < all[b].pid;
    });
    for (qsizetype i = 0; i < n; ++i)
        all[order[i]].topByMemory = true;
}

int ProcessTable::sendSignal(qint64 pid, quint64 startTicks, int signal)
{
    if (pid <= 0)
        return EINVAL; // kill() would signal a whole process group
    const QByteArray path = m_procDir + '/' + QByteArray::number(pid) + "/stat";
    if (const int error = pidfiles::readSmallFile(path, m_buffer, MaxSmallFile))
        return pidfiles::vanished(error) ? ESRCH : error;
    pidfiles::PidStat stat;
    if (!pidfiles::parseStat(m_buffer, stat) || stat.startTime != startTicks || stat.isZombie())
        return ESRCH; // gone, or the pid now belongs to another process
    return ::kill(pid_t(pid), signal) == 0 ? 0 : errno;
}

} // namespace vigil
