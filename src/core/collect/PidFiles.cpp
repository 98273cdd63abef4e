#include "PidFiles.h"

#include "ProcParse.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace vigil::pidfiles {

int readSmallFile(const QByteArray &path, QByteArray &out, qsizetype cap)
{
    out.resize(cap);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out.resize(0);
        return errno;
    }
    qsizetype total = 0;
    int error = 0;
    while (total < cap) {
        const ssize_t n = ::read(fd, out.data() + total, size_t(cap - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        if (n <= 0)
            break;
        total += n;
    }
    ::close(fd);
    out.resize(error ? 0 : total);
    return error;
}

bool parseStat(QByteArrayView text, PidStat &out)
{
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    out.comm = text.sliced(open + 1, close - open - 1);
    proc::FieldReader fields(text.sliced(close + 1));
    QByteArrayView field;
    if (!fields.next(field) || field.size() != 1)
        return false;
    out.state = field.front();
    // Indexes count the fields after the state: 1 = ppid (4), 11 = utime (14), 21 = rss (24).
    for (int index = 1; index <= 21; ++index) {
        if (!fields.next(field))
            return false;
        bool ok = true;
        if (index == 1)
            ok = proc::parseInt(field, out.ppid);
        else if (index == 11)
            ok = proc::parseUInt(field, out.utime);
        else if (index == 12)
            ok = proc::parseUInt(field, out.stime);
        else if (index == 19)
            ok = proc::parseUInt(field, out.startTime);
        else if (index == 21)
            ok = proc::parseUInt(field, out.rssPages);
        if (!ok)
            return false;
    }
    return true;
}

bool parseStatusUid(QByteArrayView text, quint32 &uid)
{
    proc::LineReader lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (!line.startsWith("Uid:"))
            continue;
        proc::FieldReader fields(line.sliced(4));
        QByteArrayView field;
        quint64 value = 0;
        if (!fields.next(field) || !proc::parseUInt(field, value) || value > 0xffffffffULL)
            return false;
        uid = quint32(value);
        return true;
    }
    return false;
}

bool parseIo(QByteArrayView text, quint64 &readBytes, quint64 &writeBytes)
{
    proc::LineReader lines(text);
    QByteArrayView line;
    int found = 0;
    while (lines.next(line)) {
        quint64 *target = line.startsWith("read_bytes:")    ? &readBytes
                          : line.startsWith("write_bytes:") ? &writeBytes
                                                            : nullptr;
        if (!target)
            continue;
        proc::FieldReader fields(line.sliced(line.indexOf(':') + 1));
        QByteArrayView field;
        if (!fields.next(field) || !proc::parseUInt(field, *target))
            return false;
        ++found;
    }
    return found == 2;
}

QString joinCmdline(QByteArrayView text)
{
    while (!text.isEmpty() && text.back() == '\0')
        text.chop(1);
    QByteArray joined = text.toByteArray();
    joined.replace('\0', ' ');
    return QString::fromUtf8(joined);
}

QByteArrayView argv0Basename(QByteArrayView cmdline)
{
    QByteArrayView argv0(cmdline.data(), qstrnlen(cmdline.data(), cmdline.size()));
    return argv0.sliced(argv0.lastIndexOf('/') + 1);
}

bool parseBootTime(QByteArrayView procStat, qint64 &seconds)
{
    proc::LineReader lines(procStat);
    QByteArrayView line;
    while (lines.next(line)) {
        if (line.startsWith("btime "))
            return proc::parseInt(proc::chomp(line.sliced(6)), seconds);
    }
    return false;
}

} // namespace vigil::pidfiles
