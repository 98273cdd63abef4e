#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cerrno>

// Reading and parsing the files of one /proc/<pid> directory, shared by the process table
// (collect/ProcessTable) and the process check (checks/ProcessProbe).
namespace vigil::pidfiles {

// Reads at most `cap` bytes of a kernel text file into `out` with open/read/close (a pid
// directory comes and goes, so no descriptor is kept). Returns 0 or the errno.
int readSmallFile(const QByteArray &path, QByteArray &out, qsizetype cap);

// A process that exits between readdir() and our reads: normal, not an error.
inline bool vanished(int error)
{
    return error == ENOENT || error == ESRCH;
}

// The fields of /proc/<pid>/stat that Vigil uses (proc(5) numbering in the comments).
struct PidStat
{
    QByteArrayView comm;   // (2), without the parentheses; points into the parsed text
    char state = '?';      // (3)
    qint64 ppid = 0;       // (4)
    quint64 utime = 0;     // (14) clock ticks
    quint64 stime = 0;     // (15) clock ticks
    quint64 startTime = 0; // (22) clock ticks after boot: tells a reused pid from the old one
    quint64 rssPages = 0;  // (24)
    quint64 cpuTicks() const { return utime + stime; }
    // Exited, waiting for its parent: not running.
    bool isZombie() const { return state == 'Z' || state == 'X'; }
};

// comm may hold spaces and ')', so the fields are counted after the last ')'. False when the
// text does not have the layout of proc(5).
bool parseStat(QByteArrayView text, PidStat &out);

// The real uid of the "Uid:" line of /proc/<pid>/status.
bool parseStatusUid(QByteArrayView text, quint32 &uid);

// read_bytes and write_bytes of /proc/<pid>/io (bytes that reached the storage layer).
bool parseIo(QByteArrayView text, quint64 &readBytes, quint64 &writeBytes);

// The NUL-separated argv of /proc/<pid>/cmdline joined with spaces (empty for kernel threads).
QString joinCmdline(QByteArrayView text);

// The basename of argv[0] in the raw /proc/<pid>/cmdline.
QByteArrayView argv0Basename(QByteArrayView cmdline);

// "btime" of /proc/stat: the boot time in seconds since the epoch.
bool parseBootTime(QByteArrayView procStat, qint64 &seconds);

} // namespace vigil::pidfiles
