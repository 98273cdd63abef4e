#include "FilesystemSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>
#include <QHash>

#include <cerrno>
#include <poll.h>
#include <sys/statvfs.h>

namespace vigil {

namespace {

// Sorted for binary search; keep docs/series.md in step.
constexpr const char *PseudoTypes[] = {
    "anon_inodefs", "autofs",        "binder",   "binfmt_misc",     "bpf",
    "cgroup",       "cgroup2",       "configfs", "cpuset",          "debugfs",
    "devpts",       "devtmpfs",      "efivarfs", "fuse.gvfsd-fuse", "fuse.lxcfs",
    "fuse.portal",  "fuse.snapfuse", "fusectl",  "hugetlbfs",       "iso9660",
    "mqueue",       "nfsd",          "nsfs",     "overlay",         "pipefs",
    "proc",         "pstore",        "ramfs",    "rootfs",          "rpc_pipefs",
    "securityfs",   "selinuxfs",     "sockfs",   "squashfs",        "sysfs",
    "tmpfs",        "tracefs",       "usbfs",
};

bool betterMount(const MountInfoEntry &a, const MountInfoEntry &b)
{
    const bool aRoot = a.root == "/";
    const bool bRoot = b.root == "/";
    if (aRoot != bRoot)
        return aRoot;
    if (a.mountPoint.size() != b.mountPoint.size())
        return a.mountPoint.size() < b.mountPoint.size();
    return a.mountPoint < b.mountPoint;
}

} // namespace

FilesystemSource::FilesystemSource(const QString &root, const QStringList &excludeMounts,
                                   const QStringList &excludeFilesystemTypes,
                                   StatFunction statFunction)
    : m_mountInfo(rootPath(root, "proc/self/mountinfo"))
    , m_excludeMounts(excludeMounts, "excludeMounts")
    , m_excludeTypes(excludeFilesystemTypes, "excludeFilesystemTypes")
    , m_stat(statFunction ? std::move(statFunction) : StatFunction(&FilesystemSource::systemStat))
{}

std::optional<FilesystemStats> FilesystemSource::systemStat(const QByteArray &mountPoint)
{
    struct statvfs fs = {};
    if (::statvfs(mountPoint.constData(), &fs) != 0)
        return std::nullopt;
    return FilesystemStats{fs.f_blocks, fs.f_bfree, fs.f_bavail, fs.f_frsize};
}

bool FilesystemSource::isPseudoFilesystem(QByteArrayView fsType)
{
    const auto less = [](const char *a, QByteArrayView b) { return QByteArrayView(a) < b; };
    const auto *end = std::end(PseudoTypes);
    const auto *it = std::lower_bound(std::begin(PseudoTypes), end, fsType, less);
    return it != end && QByteArrayView(*it) == fsType;
}

std::vector<MountInfoEntry> FilesystemSource::parseMountInfo(QByteArrayView text)
{
    // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
    // (1)(2)(3)   (4)   (5)      (6)       (7...)  - (8)   (9)       (10)
    std::vector<MountInfoEntry> entries;
    proc::LineReader lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        proc::FieldReader fields(line);
        QByteArrayView field[5];
        int count = 0;
        while (count < 5 && fields.next(field[count]))
            ++count;
        if (count < 5 || !field[2].contains(':'))
            continue;
        QByteArrayView token;
        bool separator = false;
        while (fields.next(token)) {
            if (token == "-") {
                separator = true;
                break;
            }
        }
        QByteArrayView fsType, source;
        if (!separator || !fields.next(fsType) || !fields.next(source))
            continue;
        entries.push_back({field[2].toByteArray(), proc::decodeOctalEscapes(field[3]),
                           proc::decodeOctalEscapes(field[4]), proc::decodeOctalEscapes(fsType),
                           proc::decodeOctalEscapes(source)});
    }
    return entries;
}

std::vector<MountInfoEntry>
FilesystemSource::deduplicate(const std::vector<MountInfoEntry> &entries)
{
    QHash<QByteArray, size_t> best;
    for (size_t i = 0; i < entries.size(); ++i) {
        auto it = best.find(entries[i].device);
        if (it == best.end())
            best.insert(entries[i].device, i);
        else if (betterMount(entries[i], entries[*it]))
            *it = i;
    }
    std::vector<MountInfoEntry> kept;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (best.value(entries[i].device) == i)
            kept.push_back(entries[i]);
    }
    return kept;
}

void FilesystemSource::rebuildMounts(QByteArrayView mountInfo)
{
    std::vector<MountInfoEntry> candidates;
    for (MountInfoEntry &entry : parseMountInfo(mountInfo)) {
        if (isPseudoFilesystem(entry.fsType))
            continue;
        if (m_excludeMounts.matches(QFile::decodeName(entry.mountPoint)) ||
            m_excludeTypes.matches(QFile::decodeName(entry.fsType)))
            continue;
        candidates.push_back(std::move(entry));
    }

    m_mounts.clear();
    for (const MountInfoEntry &entry : deduplicate(candidates)) {
        const Labels labels = {{QStringLiteral("device"), QFile::decodeName(entry.source)},
                               {QStringLiteral("fstype"), QFile::decodeName(entry.fsType)},
                               {QStringLiteral("mount"), QFile::decodeName(entry.mountPoint)}};
        Mount mount;
        mount.mountPoint = entry.mountPoint;
        mount.problemKey = u"statvfs:" + QFile::decodeName(entry.mountPoint);
        mount.sizeId = SeriesId(QStringLiteral("filesystem_size_bytes"), labels);
        mount.availId = SeriesId(QStringLiteral("filesystem_avail_bytes"), labels);
        mount.usedPercentId = SeriesId(QStringLiteral("filesystem_used_percent"), labels);
        m_mounts.push_back(std::move(mount));
    }
    qCDebug(lcCollector) << "filesystem: watching" << m_mounts.size() << "mounts";
}

bool FilesystemSource::refreshMounts()
{
    if (m_haveTable && m_pollable) {
        // procfs flags POLLERR|POLLPRI on a mountinfo descriptor once the table changed since
        // the last poll: an unchanged table costs one system call instead of a full re-read.
        pollfd pfd = {m_mountInfo.fd(), POLLPRI, 0};
        if (::poll(&pfd, 1, 0) >= 0 && !(pfd.revents & (POLLERR | POLLPRI | POLLNVAL)))
            return true;
    }
    if (!m_mountInfo.read()) {
        if (firstTime(QStringLiteral("read")))
            qCWarning(lcCollector).noquote()
                << "filesystem: cannot read" << m_mountInfo.errorString();
        m_mounts.clear();
        m_haveTable = false;
        return false;
    }
    if (!m_haveTable)
        m_pollable = m_mountInfo.isOnProcFs();
    if (!m_haveTable || m_mountInfo.contents() != m_lastMountInfo) {
        m_lastMountInfo = m_mountInfo.contents().toByteArray();
        rebuildMounts(m_mountInfo.contents());
    }
    m_haveTable = true;
    return true;
}

void FilesystemSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    Q_UNUSED(monotonicNs)
    if (!refreshMounts())
        return;
    for (const Mount &mount : m_mounts) {
        errno = 0;
        const std::optional<FilesystemStats> stats = m_stat(mount.mountPoint);
        const int error = errno;
        if (!stats) {
            if (firstTime(mount.problemKey))
                qCWarning(lcCollector).noquote() << u"filesystem: cannot statvfs " +
                                                        QFile::decodeName(mount.mountPoint) +
                                                        u": " + qt_error_string(error);
            continue;
        }
        const quint64 size = stats->blocks * stats->fragmentSize;
        if (size == 0) // nothing to fill (e.g. a FUSE mount without statfs support)
            continue;
        const quint64 avail = stats->availBlocks * stats->fragmentSize;
        const quint64 usedBlocks =
            stats->blocks > stats->freeBlocks ? stats->blocks - stats->freeBlocks : 0;
        const quint64 used = usedBlocks * stats->fragmentSize;
        out.append({mount.sizeId, double(size)});
        out.append({mount.availId, double(avail)});
        if (used + avail > 0)
            out.append({mount.usedPercentId, 100.0 * double(used) / double(used + avail)});
    }
}

} // namespace vigil
