// FilesystemSource: mountinfo parsing, the inclusion rules and the statvfs arithmetic.
#include "collect/FilesystemSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

namespace {

QString key(const char *metric, const QString &mount, const QString &device, const QString &fstype)
{
    return SeriesId(QLatin1String(metric), {{QStringLiteral("mount"), mount},
                                            {QStringLiteral("device"), device},
                                            {QStringLiteral("fstype"), fstype}})
        .toString();
}

QString sizeKey(const QString &mount, const QString &device, const QString &fstype)
{
    return key("filesystem_size_bytes", mount, device, fstype);
}

} // namespace

class TestFilesystemSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QByteArray, FilesystemStats> m_stats; // what the fake statvfs answers
    QList<QByteArray> m_statCalls;

    QString root() const { return m_dir->path(); }
    QString mountInfoPath() const { return m_dir->filePath(QStringLiteral("proc/self/mountinfo")); }

    std::unique_ptr<FilesystemSource> makeSource(const QStringList &excludeMounts = {},
                                                 const QStringList &excludeTypes = {})
    {
        return std::make_unique<FilesystemSource>(
            root(), excludeMounts, excludeTypes,
            [this](const QByteArray &mountPoint) -> std::optional<FilesystemStats> {
                m_statCalls.append(mountPoint);
                const auto it = m_stats.constFind(mountPoint);
                if (it == m_stats.cend()) {
                    errno = EACCES;
                    return std::nullopt;
                }
                return *it;
            });
    }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_statCalls.clear();
        // blocks, free (incl. reserved), available to users, fragment size
        m_stats = {
            {"/", {1000000, 300000, 250000, 4096}},
            {"/boot/efi", {261628, 250000, 250000, 4096}},
            {"/srv/media library", {2000000, 1000000, 1000000, 4096}},
            {"/mnt/backup disk", {2000000, 1000000, 1000000, 4096}},
            {"/data", {500000, 100000, 75000, 4096}},
            {"/srv/data-bind", {500000, 100000, 75000, 4096}},
            {"/var/lib/docker", {1000000, 300000, 250000, 4096}},
            {"/mnt/nas", {1000, 0, 0, 1048576}},
            {"/media/usb", {0, 0, 0, 4096}}, // size 0: left out
            // "/mnt/remote" is missing: statvfs fails with EACCES
        };
    }

    void parseMountInfo()
    {
        QFile file(fixtureTree(QStringLiteral("workstation-t0/proc/self/mountinfo")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll() + "garbage line\n" +
                                "90 98 8:2 / /no-separator rw shared:1 ext4 /dev/sda2 rw\n" +
                                "91 98 8:3 / /no-source rw - ext4\n";
        const auto entries = FilesystemSource::parseMountInfo(text);
        QCOMPARE(entries.size(), size_t(text.count('\n') - 3));

        const auto find = [&](const QByteArray &mountPoint) {
            return std::find_if(entries.begin(), entries.end(), [&](const MountInfoEntry &e) {
                return e.mountPoint == mountPoint;
            });
        };
        auto it = find("/mnt/backup disk");
        QVERIFY(it != entries.end());
        QCOMPARE(it->device, QByteArray("8:1"));
        QCOMPARE(it->root, QByteArray("/backups"));
        QCOMPARE(it->fsType, QByteArray("xfs"));
        QCOMPARE(it->source, QByteArray("/dev/sda1"));
        // optional fields (shared:N) between the options and the separator are skipped
        it = find("/");
        QVERIFY(it != entries.end());
        QCOMPARE(it->device, QByteArray("259:2"));
        QCOMPARE(it->fsType, QByteArray("ext4"));
        QCOMPARE(it->source, QByteArray("/dev/nvme0n1p2"));
        QVERIFY(find("/no-separator") == entries.end());
        QVERIFY(find("/no-source") == entries.end());
    }

    void pseudoFilesystems_data()
    {
        QTest::addColumn<QByteArray>("fsType");
        QTest::addColumn<bool>("pseudo");
        for (const char *type :
             {"anon_inodefs", "autofs",        "binder",   "binfmt_misc",     "bpf",
              "cgroup",       "cgroup2",       "configfs", "cpuset",          "debugfs",
              "devpts",       "devtmpfs",      "efivarfs", "fuse.gvfsd-fuse", "fuse.lxcfs",
              "fuse.portal",  "fuse.snapfuse", "fusectl",  "hugetlbfs",       "iso9660",
              "mqueue",       "nfsd",          "nsfs",     "overlay",         "pipefs",
              "proc",         "pstore",        "ramfs",    "rootfs",          "rpc_pipefs",
              "securityfs",   "selinuxfs",     "sockfs",   "squashfs",        "sysfs",
              "tmpfs",        "tracefs",       "usbfs"})
            QTest::newRow(type) << QByteArray(type) << true;
        for (const char *type : {"ext4", "xfs", "btrfs", "vfat", "exfat", "ntfs3", "zfs", "nfs4",
                                 "cifs", "fuse.sshfs", "f2fs", "", "procfs2", "tmpf"})
            QTest::newRow(type) << QByteArray(type) << false;
    }
    void pseudoFilesystems()
    {
        QFETCH(QByteArray, fsType);
        QFETCH(bool, pseudo);
        QCOMPARE(FilesystemSource::isPseudoFilesystem(fsType), pseudo);
    }

    void deduplicate_data()
    {
        // rows: device, root, mount point; the expected winner's mount point
        QTest::addColumn<QList<QByteArrayList>>("mounts");
        QTest::addColumn<QByteArrayList>("kept");
        QTest::newRow("distinct devices")
            << QList<QByteArrayList>{{"8:1", "/", "/a"}, {"8:2", "/", "/b"}}
            << QByteArrayList{"/a", "/b"};
        QTest::newRow("filesystem root beats a shorter bind of a subtree")
            << QList<QByteArrayList>{{"8:1", "/backups", "/mnt/b"}, {"8:1", "/", "/srv/media"}}
            << QByteArrayList{"/srv/media"};
        QTest::newRow("shortest mount point among roots")
            << QList<QByteArrayList>{{"8:1", "/", "/srv/data-bind"}, {"8:1", "/", "/data"}}
            << QByteArrayList{"/data"};
        QTest::newRow("same length: byte order")
            << QList<QByteArrayList>{{"8:1", "/", "/b"}, {"8:1", "/", "/a"}}
            << QByteArrayList{"/a"};
        QTest::newRow("keeps mountinfo order")
            << QList<QByteArrayList>{{"8:2", "/", "/z"}, {"8:1", "/x", "/a"}, {"8:1", "/", "/bb"}}
            << QByteArrayList{"/z", "/bb"};
    }
    void deduplicate()
    {
        QFETCH(QList<QByteArrayList>, mounts);
        QFETCH(QByteArrayList, kept);
        std::vector<MountInfoEntry> entries;
        for (const QByteArrayList &m : mounts)
            entries.push_back({m[0], m[1], m[2], "ext4", "/dev/x"});
        QByteArrayList result;
        for (const MountInfoEntry &e : FilesystemSource::deduplicate(entries))
            result.append(e.mountPoint);
        QCOMPARE(result, kept);
    }

    void workstation()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        auto source = makeSource();
        QCOMPARE(source->name(), QStringLiteral("filesystem"));
        // statvfs fails on the sshfs mount: one warning, however many ticks.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "^filesystem: cannot statvfs /mnt/remote: Permission denied$")));
        QMap<QString, double> values;
        for (int tick = 0; tick < 3; ++tick)
            values = collectValues(*source, tick * NsPerSecond);

        // Real filesystems, one per device, size > 0, statvfs answering:
        const QStringList expectedSizes = {
            sizeKey(QStringLiteral("/"), QStringLiteral("/dev/nvme0n1p2"), QStringLiteral("ext4")),
            sizeKey(QStringLiteral("/boot/efi"), QStringLiteral("/dev/nvme0n1p1"),
                    QStringLiteral("vfat")),
            sizeKey(QStringLiteral("/srv/media library"), QStringLiteral("/dev/sda1"),
                    QStringLiteral("xfs")),
            sizeKey(QStringLiteral("/data"), QStringLiteral("/dev/mapper/vg0-data"),
                    QStringLiteral("ext4")),
            sizeKey(QStringLiteral("/mnt/nas"), QStringLiteral("nas.lan:/export/home"),
                    QStringLiteral("nfs4")),
        };
        QStringList sizes = keysOf(values, QStringLiteral("filesystem_size_bytes"));
        QCOMPARE(QSet<QString>(sizes.begin(), sizes.end()),
                 QSet<QString>(expectedSizes.begin(), expectedSizes.end()));
        QCOMPARE(values.size(), 3 * expectedSizes.size());
        // statvfs is only asked about the chosen mounts (and the two that yield nothing).
        const QSet<QByteArray> asked(m_statCalls.begin(), m_statCalls.end());
        QCOMPARE(asked, (QSet<QByteArray>{"/", "/boot/efi", "/srv/media library", "/data",
                                          "/mnt/nas", "/media/usb", "/mnt/remote"}));

        const QString rootMount = QStringLiteral("/");
        const QString rootDevice = QStringLiteral("/dev/nvme0n1p2");
        const QString ext4 = QStringLiteral("ext4");
        QCOMPARE(values.value(key("filesystem_size_bytes", rootMount, rootDevice, ext4)),
                 1000000.0 * 4096);
        QCOMPARE(values.value(key("filesystem_avail_bytes", rootMount, rootDevice, ext4)),
                 250000.0 * 4096);
        // df's formula: used = blocks - free; used / (used + avail)
        QCOMPARE(values.value(key("filesystem_used_percent", rootMount, rootDevice, ext4)),
                 100.0 * 700000.0 / (700000.0 + 250000.0));
        QCOMPARE(values.value(key("filesystem_used_percent", QStringLiteral("/mnt/nas"),
                                  QStringLiteral("nas.lan:/export/home"), QStringLiteral("nfs4"))),
                 100.0);
        QCOMPARE(values.value(key("filesystem_used_percent", QStringLiteral("/srv/media library"),
                                  QStringLiteral("/dev/sda1"), QStringLiteral("xfs"))),
                 50.0);
    }

    void excludeOptions_data()
    {
        QTest::addColumn<QStringList>("excludeMounts");
        QTest::addColumn<QStringList>("excludeTypes");
        QTest::addColumn<QStringList>("mounts");
        QTest::newRow("none") << QStringList() << QStringList()
                              << QStringList{QStringLiteral("/"), QStringLiteral("/boot/efi"),
                                             QStringLiteral("/data"), QStringLiteral("/mnt/nas"),
                                             QStringLiteral("/srv/media library")};
        // Exclusions apply before de-duplication: the other mount of /dev/sda1 takes over.
        QTest::newRow("mount pattern")
            << QStringList{QStringLiteral("^/srv/"), QStringLiteral("^/boot")} << QStringList()
            << QStringList{QStringLiteral("/"), QStringLiteral("/data"),
                           QStringLiteral("/mnt/backup disk"), QStringLiteral("/mnt/nas")};
        QTest::newRow("type pattern")
            << QStringList() << QStringList{QStringLiteral("^nfs4?$"), QStringLiteral("fat")}
            << QStringList{QStringLiteral("/"), QStringLiteral("/data"),
                           QStringLiteral("/srv/media library")};
    }
    void excludeOptions()
    {
        QFETCH(QStringList, excludeMounts);
        QFETCH(QStringList, excludeTypes);
        QFETCH(QStringList, mounts);
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        m_stats.insert("/mnt/remote", {0, 0, 0, 4096}); // no warning in this test
        auto source = makeSource(excludeMounts, excludeTypes);
        QList<SeriesSample> samples;
        source->collect(0, samples);
        QSet<QString> seen;
        for (const SeriesSample &sample : samples)
            seen.insert(sample.id.label(u"mount"));
        QStringList sorted(seen.begin(), seen.end());
        sorted.sort();
        QCOMPARE(sorted, mounts);
    }

    void twoCoreCapture()
    {
        // The build VM: everything but the ext4 root is a pseudo filesystem.
        QVERIFY(overlayTree(QStringLiteral("vm-2core"), root()));
        auto source = makeSource();
        const auto values = collectValues(*source, 0);
        QCOMPARE(keysOf(values, QStringLiteral("filesystem_size_bytes")),
                 QStringList{sizeKey(QStringLiteral("/"), QStringLiteral("/dev/vda"),
                                     QStringLiteral("ext4"))});
        QCOMPARE(m_statCalls, QList<QByteArray>{"/"});
    }

    void mountTableChangesArePickedUp()
    {
        QVERIFY(writeFile(mountInfoPath(), "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"));
        auto source = makeSource();
        QCOMPARE(collectValues(*source, 0).size(), 3);
        QVERIFY(writeFile(mountInfoPath(),
                          "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
                          "40 27 259:1 / /boot/efi rw - vfat /dev/nvme0n1p1 rw\n"));
        const auto values = collectValues(*source, NsPerSecond);
        QCOMPARE(values.size(), 6);
        QVERIFY(values.contains(sizeKey(QStringLiteral("/boot/efi"),
                                        QStringLiteral("/dev/nvme0n1p1"), QStringLiteral("vfat"))));
    }

    void allReservedHasNoPercent()
    {
        // Everything free but reserved for root: 0 / 0 is no percentage, so none is emitted.
        QVERIFY(writeFile(mountInfoPath(), "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"));
        m_stats.insert("/", {1000, 1000, 0, 4096});
        auto source = makeSource();
        const auto values = collectValues(*source, 0);
        QCOMPARE(values.size(), 2);
        QVERIFY(keysOf(values, QStringLiteral("filesystem_used_percent")).isEmpty());
    }

    void missingMountInfoWarnsOnce()
    {
        auto source = makeSource();
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(
                              QStringLiteral("^filesystem: cannot read .*/proc/self/mountinfo: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(*source, tick * NsPerSecond).isEmpty());
        QVERIFY(m_statCalls.isEmpty());
    }

    void realStatvfs()
    {
        // The production stat function on a path that always exists.
        const auto stats = FilesystemSource::systemStat("/");
        QVERIFY(stats.has_value());
        QVERIFY(stats->blocks > 0);
        QVERIFY(stats->fragmentSize > 0);
        QVERIFY(stats->availBlocks <= stats->freeBlocks);
        QVERIFY(!FilesystemSource::systemStat("/nonexistent/vigil").has_value());
    }
};

QTEST_GUILESS_MAIN(TestFilesystemSource)
#include "tst_filesystemsource.moc"
