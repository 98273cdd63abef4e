#pragma once

#include "CollectorSource.h"
#include "ExcludeList.h"
#include "ProcFile.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <vector>

namespace vigil {

// The statvfs() fields the filesystem series need.
struct FilesystemStats
{
    quint64 blocks = 0;       // f_blocks
    quint64 freeBlocks = 0;   // f_bfree, including the root-reserved blocks
    quint64 availBlocks = 0;  // f_bavail, what unprivileged users can still write
    quint64 fragmentSize = 0; // f_frsize
};

// One row of /proc/self/mountinfo, escapes decoded.
struct MountInfoEntry
{
    QByteArray device; // "major:minor"
    QByteArray root;   // the mounted subtree of the filesystem ("/" unless a bind mount)
    QByteArray mountPoint;
    QByteArray fsType;
    QByteArray source;
};

// filesystem_{size,avail}_bytes and filesystem_used_percent{mount,device,fstype} for the real
// filesystems listed in /proc/self/mountinfo. The mount table is re-parsed only when it changes
// (poll() on procfs reports that; fixture files are compared byte for byte).
class FilesystemSource final : public CollectorSource
{
public:
    // Returns nullopt when the mount point cannot be queried (errno is logged by the caller).
    using StatFunction =
        std::function<std::optional<FilesystemStats>(const QByteArray &mountPoint)>;

    // statFunction defaults to ::statvfs() on the mount point as the kernel names it.
    FilesystemSource(const QString &root, const QStringList &excludeMounts = {},
                     const QStringList &excludeFilesystemTypes = {},
                     StatFunction statFunction = {});

    QString name() const override { return QStringLiteral("filesystem"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

    // Parses mountinfo text; malformed lines are skipped.
    static std::vector<MountInfoEntry> parseMountInfo(QByteArrayView text);
    // Kernel-internal and virtual filesystem types that never hold user data.
    static bool isPseudoFilesystem(QByteArrayView fsType);
    // One entry per device number: mount root "/" first, then the shortest mount point, then the
    // first in byte order. Keeps the mountinfo order of the winners.
    static std::vector<MountInfoEntry> deduplicate(const std::vector<MountInfoEntry> &entries);
    static std::optional<FilesystemStats> systemStat(const QByteArray &mountPoint);

private:
    struct Mount
    {
        QByteArray mountPoint;
        QString problemKey;
        SeriesId sizeId;
        SeriesId availId;
        SeriesId usedPercentId;
    };

    bool refreshMounts();
    void rebuildMounts(QByteArrayView mountInfo);

    ProcFile m_mountInfo;
    ExcludeList m_excludeMounts;
    ExcludeList m_excludeTypes;
    StatFunction m_stat;
    std::vector<Mount> m_mounts;
    QByteArray m_lastMountInfo;
    bool m_pollable = false;
    bool m_haveTable = false;
};

} // namespace vigil
