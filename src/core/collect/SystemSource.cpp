#include "SystemSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>

namespace vigil {

SystemSource::SystemSource(const QString &root)
    : m_loadavg(rootPath(root, "proc/loadavg"))
    , m_uptime(rootPath(root, "proc/uptime"))
    , m_stat(rootPath(root, "proc/stat"))
    , m_procDir(rootPath(root, "proc"))
    , m_loadIds{SeriesId(QStringLiteral("load1")), SeriesId(QStringLiteral("load5")),
                SeriesId(QStringLiteral("load15"))}
    , m_uptimeId(QStringLiteral("uptime_seconds"))
    , m_runningId(QStringLiteral("processes_running"))
    , m_totalId(QStringLiteral("processes_total"))
{}

void SystemSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    Q_UNUSED(monotonicNs)
    collectLoad(out);
    collectUptime(out);
    collectRunning(out);
    collectProcessCount(out);
}

void SystemSource::warnOnce(const char *key, const QString &message)
{
    if (firstTime(QLatin1String(key)))
        qCWarning(lcCollector).noquote() << "system:" << message;
}

void SystemSource::collectLoad(QList<SeriesSample> &out)
{
    // "0.22 0.16 0.06 1/83 4588"
    if (!m_loadavg.read()) {
        warnOnce("loadavg", u"cannot read " + m_loadavg.errorString());
        return;
    }
    proc::FieldReader fields(m_loadavg.contents());
    double load[3] = {};
    QByteArrayView field;
    for (double &value : load) {
        if (!fields.next(field) || !proc::parseDouble(field, value)) {
            warnOnce("loadavg-format",
                     u"unexpected format in " + QFile::decodeName(m_loadavg.path()));
            return;
        }
    }
    for (int i = 0; i < 3; ++i)
        out.append({m_loadIds[i], load[i]});
}

void SystemSource::collectUptime(QList<SeriesSample> &out)
{
    // "325.42 578.27": seconds since boot, then idle seconds summed over CPUs
    if (!m_uptime.read()) {
        warnOnce("uptime", u"cannot read " + m_uptime.errorString());
        return;
    }
    proc::FieldReader fields(m_uptime.contents());
    QByteArrayView field;
    double uptime = 0;
    if (!fields.next(field) || !proc::parseDouble(field, uptime)) {
        warnOnce("uptime-format", u"unexpected format in " + QFile::decodeName(m_uptime.path()));
        return;
    }
    out.append({m_uptimeId, uptime});
}

void SystemSource::collectRunning(QList<SeriesSample> &out)
{
    if (!m_stat.read()) {
        warnOnce("stat", u"cannot read " + m_stat.errorString());
        return;
    }
    proc::LineReader lines(m_stat.contents());
    QByteArrayView line;
    while (lines.next(line)) {
        if (!line.startsWith("procs_running "))
            continue;
        proc::FieldReader fields(line);
        QByteArrayView key, number;
        quint64 running = 0;
        if (fields.next(key) && fields.next(number) && proc::parseUInt(number, running)) {
            out.append({m_runningId, double(running)});
            return;
        }
        break;
    }
    warnOnce("procs_running", u"no procs_running line in " + QFile::decodeName(m_stat.path()));
}

void SystemSource::collectProcessCount(QList<SeriesSample> &out)
{
    DIR *dir = ::opendir(m_procDir.constData());
    if (!dir) {
        warnOnce("procdir",
                 u"cannot list " + QFile::decodeName(m_procDir) + u": " + qt_error_string(errno));
        return;
    }
    quint64 count = 0;
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        // One directory per process (thread group); threads only appear under /proc/<pid>/task.
        if (proc::isAllDigits(QByteArrayView(entry->d_name, qsizetype(std::strlen(entry->d_name)))))
            ++count;
    }
    const int error = errno;
    ::closedir(dir);
    if (error != 0) {
        warnOnce("procdir-read",
                 u"cannot list " + QFile::decodeName(m_procDir) + u": " + qt_error_string(error));
        return;
    }
    out.append({m_totalId, double(count)});
}

} // namespace vigil
