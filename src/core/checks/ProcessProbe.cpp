#include "ProcessProbe.h"

#include "collect/PidFiles.h"
#include "collect/ProcParse.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace vigil {

namespace {

constexpr qsizetype MaxCmdline = 4096; // bounds the work per process; argv rarely needs more
constexpr qsizetype MaxSmallFile = 1024;

using pidfiles::readSmallFile;
using pidfiles::vanished;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

} // namespace

struct ProcessProbe::Scan
{
    QByteArray buffer;
    QByteArray cmdline;
    Ticks ticks;
    quint64 residentPages = 0;
    int errors = 0;
    QString firstError;

    bool fail(const QByteArray &path, const QString &why)
    {
        if (errors++ == 0)
            firstError = QFile::decodeName(path) + QStringLiteral(": ") + why;
        return false;
    }
    bool fail(const QByteArray &path, int error)
    {
        return vanished(error) ? false : fail(path, errnoText(error));
    }
};

ProcessProbe::ProcessProbe(Options options)
    : m_options(std::move(options))
    , m_invalid(validate(m_options))
    , m_regex(m_options.cmdlineRegex)
    , m_nameUtf8(m_options.name.toUtf8())
    , m_selfPid(QCoreApplication::applicationPid())
{
    if (const long ticks = sysconf(_SC_CLK_TCK); ticks > 0)
        m_clockTicks = ticks;
    if (const long page = sysconf(_SC_PAGESIZE); page > 0)
        m_pageSize = page;
}

QString ProcessProbe::validate(const Options &options)
{
    if (options.name.isEmpty() && options.cmdlineRegex.isEmpty())
        return QCoreApplication::translate(
            "vigil::ProcessProbe", "either a process name or a command-line pattern is required");
    if (!options.cmdlineRegex.isEmpty()) {
        const QRegularExpression regex(options.cmdlineRegex);
        if (!regex.isValid())
            return QCoreApplication::translate("vigil::ProcessProbe",
                                               "invalid command-line pattern: %1 at offset %2")
                .arg(regex.errorString())
                .arg(regex.patternErrorOffset());
    }
    if (options.procRoot.isEmpty())
        return QCoreApplication::translate("vigil::ProcessProbe",
                                           "the proc root must not be empty");
    if (options.minCount < 0)
        return QCoreApplication::translate("vigil::ProcessProbe",
                                           "the minimum count must not be negative");
    if (options.maxCount < -1)
        return QCoreApplication::translate("vigil::ProcessProbe",
                                           "the maximum count must be -1 (no limit) or more");
    if (options.maxCount >= 0 && options.maxCount < options.minCount)
        return QCoreApplication::translate("vigil::ProcessProbe",
                                           "the maximum count (%1) is below the minimum (%2)")
            .arg(options.maxCount)
            .arg(options.minCount);
    return {};
}

QString ProcessProbe::target() const
{
    QStringList parts;
    if (!m_options.name.isEmpty())
        parts.append(QStringLiteral("name=") + m_options.name);
    if (!m_options.cmdlineRegex.isEmpty())
        parts.append(QStringLiteral("cmdline~=") + m_options.cmdlineRegex);
    return parts.join(u' ');
}

bool ProcessProbe::matches(Scan &scan, const QByteArray &dir)
{
    bool nameMatched = m_nameUtf8.isEmpty();
    if (!nameMatched) {
        const QByteArray path = dir + "/comm";
        if (const int error = readSmallFile(path, scan.buffer, MaxSmallFile))
            return scan.fail(path, error);
        nameMatched = proc::chomp(scan.buffer) == m_nameUtf8;
    }
    if (!nameMatched || !m_options.cmdlineRegex.isEmpty()) {
        const QByteArray path = dir + "/cmdline";
        if (const int error = readSmallFile(path, scan.cmdline, MaxCmdline))
            return scan.fail(path, error);
        QByteArray &cmdline = scan.cmdline;
        if (!nameMatched) {
            if (pidfiles::argv0Basename(cmdline) != m_nameUtf8)
                return false;
        }
        if (!m_options.cmdlineRegex.isEmpty()) {
            while (cmdline.endsWith('\0'))
                cmdline.chop(1);
            if (cmdline.isEmpty()) // kernel thread or zombie: nothing to match against
                return false;
            cmdline.replace('\0', ' ');
            if (!m_regex.match(QString::fromUtf8(cmdline)).hasMatch())
                return false;
        }
    }

    const QByteArray statPath = dir + "/stat";
    if (const int error = readSmallFile(statPath, scan.buffer, MaxSmallFile))
        return scan.fail(statPath, error);
    if (scan.buffer.isEmpty())
        return false; // reaped between open() and read()
    pidfiles::PidStat stat;
    if (!pidfiles::parseStat(scan.buffer, stat))
        return scan.fail(statPath,
                         QCoreApplication::translate("vigil::ProcessProbe", "unexpected format"));
    if (stat.isZombie())
        return false;
    scan.ticks = {stat.startTime, stat.cpuTicks()};

    const QByteArray statmPath = dir + "/statm";
    if (const int error = readSmallFile(statmPath, scan.buffer, MaxSmallFile))
        return scan.fail(statmPath, error);
    proc::FieldReader statm(scan.buffer);
    quint64 sizes[2] = {0, 0};
    if (proc::parseUInts(statm, sizes, 2) != 2)
        return scan.buffer.isEmpty()
                   ? false
                   : scan.fail(statmPath, QCoreApplication::translate("vigil::ProcessProbe",
                                                                      "unexpected format"));
    scan.residentPages = sizes[1];
    return true;
}

ProbeOutcome ProcessProbe::run(qint64 nowMs, qint64 monoNs)
{
    Q_UNUSED(nowMs) // samples are stamped by the caller; only the monotonic clock matters here
    ProbeOutcome outcome;
    outcome.target = target();
    if (!m_invalid.isEmpty()) {
        outcome.message = m_invalid;
        return outcome;
    }

    QByteArray root = QFile::encodeName(m_options.procRoot);
    while (root.size() > 1 && root.endsWith('/'))
        root.chop(1);
    DIR *dir = ::opendir(root.constData());
    if (!dir) {
        outcome.message = m_options.procRoot + QStringLiteral(": ") + errnoText(errno);
        return outcome;
    }

    Scan scan;
    QHash<qint64, Ticks> current;
    int count = 0;
    quint64 cpuTicks = 0;
    double residentBytes = 0;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0)
                scan.fail(root, errnoText(errno));
            break;
        }
        const QByteArrayView name(entry->d_name);
        quint64 pid = 0;
        if (!proc::isAllDigits(name) || !proc::parseUInt(name, pid) || qint64(pid) == m_selfPid)
            continue;
        if (!matches(scan, root + '/' + name.toByteArray()))
            continue;
        ++count;
        residentBytes += double(scan.residentPages) * double(m_pageSize);
        current.insert(qint64(pid), scan.ticks);
        // A pid seen last run with the same start time is the same process; a new or reused pid
        // contributes from the next run on.
        const auto previous = m_previous.constFind(qint64(pid));
        if (previous != m_previous.cend() && previous->startTime == scan.ticks.startTime &&
            scan.ticks.cpuTicks >= previous->cpuTicks)
            cpuTicks += scan.ticks.cpuTicks - previous->cpuTicks;
    }
    ::closedir(dir);

    outcome.samples.append(
        {checkSeriesId(QStringLiteral("check_process_count"), m_options.check), double(count)});
    outcome.samples.append(
        {checkSeriesId(QStringLiteral("check_process_resident_bytes"), m_options.check),
         residentBytes});
    if (m_havePrevious && monoNs > m_previousMonoNs) {
        const double elapsedSeconds = double(monoNs - m_previousMonoNs) / 1e9;
        const double cpuSeconds = double(cpuTicks) / double(m_clockTicks);
        outcome.samples.append(
            {checkSeriesId(QStringLiteral("check_process_cpu_percent"), m_options.check),
             cpuSeconds / elapsedSeconds * 100.0});
    }
    m_previous = std::move(current); // only this run's matches: exited pids drop out
    m_previousMonoNs = monoNs;
    m_havePrevious = true;

    QStringList limits;
    if (m_options.minCount > 0)
        limits.append(
            QCoreApplication::translate("vigil::ProcessProbe", "min %1").arg(m_options.minCount));
    if (m_options.maxCount >= 0)
        limits.append(
            QCoreApplication::translate("vigil::ProcessProbe", "max %1").arg(m_options.maxCount));
    // Two numerus sources keep the English singular right without an English catalogue.
    outcome.message =
        (count == 1 ? QCoreApplication::translate("vigil::ProcessProbe", "%n process matches %1",
                                                  nullptr, int(count))
                    : QCoreApplication::translate("vigil::ProcessProbe", "%n processes match %1",
                                                  nullptr, int(count)))
            .arg(outcome.target);
    if (!limits.isEmpty())
        outcome.message += QStringLiteral(" (") + limits.join(QStringLiteral(", ")) + u')';

    const bool inRange =
        count >= m_options.minCount && (m_options.maxCount < 0 || count <= m_options.maxCount);
    if (scan.errors > 0) {
        // Unreadable entries may hide matches: the count is a lower bound.
        outcome.message +=
            QCoreApplication::translate("vigil::ProcessProbe", "; %1 unreadable (%2)")
                .arg(QString::number(scan.errors), scan.firstError);
        outcome.verdict = inRange ? ProbeVerdict::Degraded : ProbeVerdict::Unhealthy;
    } else {
        outcome.verdict = inRange ? ProbeVerdict::Healthy : ProbeVerdict::Unhealthy;
    }
    return outcome;
}

} // namespace vigil
