// DiskSource: whole-disk selection and /proc/diskstats rates.
#include "collect/DiskSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
QString read(const char *device)
{
    return QStringLiteral("disk_read_bytes_per_second{device=\"%1\"}").arg(QLatin1String(device));
}
QString write(const char *device)
{
    return QStringLiteral("disk_write_bytes_per_second{device=\"%1\"}").arg(QLatin1String(device));
}
QString busy(const char *device)
{
    return QStringLiteral("disk_busy_percent{device=\"%1\"}").arg(QLatin1String(device));
}
} // namespace

class TestDiskSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString diskstatsPath() const { return m_dir->filePath(QStringLiteral("proc/diskstats")); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void wholeDiskByName_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<bool>("whole");
        const std::pair<const char *, bool> rows[] = {
            {"sda", true},      {"sda1", false},        {"sdaa", true},    {"sdaa12", false},
            {"vda", true},      {"vda2", false},        {"xvda", true},    {"xvda1", false},
            {"hdc", true},      {"hdc3", false},        {"nvme0n1", true}, {"nvme0n1p1", false},
            {"nvme12n3", true}, {"nvme12n3p10", false}, {"mmcblk0", true}, {"mmcblk0p1", false},
            {"dm-0", true},     {"md127", true},        {"sr0", true},     {"loop0", false},
            {"loop12", false},  {"ram0", false},        {"zram0", false},  {"fd0", false},
        };
        for (const auto &[device, whole] : rows)
            QTest::newRow(device) << QString::fromLatin1(device) << whole;
    }
    void wholeDiskByName()
    {
        // No sys/block in the tree: the name patterns decide.
        QFETCH(QString, device);
        QFETCH(bool, whole);
        QCOMPARE(DiskSource(root()).isWholeDisk(device), whole);
    }

    void wholeDiskBySysBlock_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<bool>("whole");
        QTest::newRow("listed disk") << QStringLiteral("nvme0n1") << true;
        QTest::newRow("partition is not listed") << QStringLiteral("nvme0n1p1") << false;
        QTest::newRow("listed mapper") << QStringLiteral("dm-0") << true;
        QTest::newRow("listed loop stays out") << QStringLiteral("loop0") << false;
        QTest::newRow("listed zram stays out") << QStringLiteral("zram0") << false;
        // The name alone would pass; /sys/block has the last word.
        QTest::newRow("unlisted nbd") << QStringLiteral("nbd0") << false;
    }
    void wholeDiskBySysBlock()
    {
        QFETCH(QString, device);
        QFETCH(bool, whole);
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        QCOMPARE(DiskSource(root()).isWholeDisk(device), whole);
    }

    void workstationRates()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        DiskSource source(root());
        QCOMPARE(source.name(), QStringLiteral("disk"));
        QVERIFY(collectValues(source, 100 * NsPerSecond).isEmpty()); // first read: no rates

        // t1, 2 s later. Partitions, loop and zram devices never appear; dm-0 was re-created
        // (its counters restarted), so it has no sample for this interval.
        QVERIFY(overlayTree(QStringLiteral("workstation-t1"), root()));
        auto values = collectValues(source, 102 * NsPerSecond);
        const QMap<QString, double> t1 = {
            {read("nvme0n1"), 4096.0 * 512 / 2},
            {write("nvme0n1"), 8192.0 * 512 / 2},
            {busy("nvme0n1"), 100.0 * 500 / 2000},
            {read("sda"), 2048.0 * 512 / 2},
            {write("sda"), 0.0},
            {busy("sda"), 100.0}, // 3000 ms of io_ticks in 2000 ms: clamped
            {read("sr0"), 0.0},
            {write("sr0"), 0.0},
            {busy("sr0"), 0.0},
        };
        QCOMPARE(values, t1);

        // t2: dm-0 is back to normal; nothing negative anywhere.
        QVERIFY(overlayTree(QStringLiteral("workstation-t2"), root()));
        values = collectValues(source, 104 * NsPerSecond);
        QCOMPARE(values.size(), 12);
        QCOMPARE(values.value(read("dm-0")), 1000.0 * 512 / 2);
        QCOMPARE(values.value(write("dm-0")), 3000.0 * 512 / 2);
        QCOMPARE(values.value(busy("dm-0")), 5.0);
        QCOMPARE(values.value(read("nvme0n1")), 4096.0 * 512 / 2);
    }

    void ratesUseTheRealElapsedTime()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        DiskSource source(root());
        collectValues(source, 0);
        QVERIFY(overlayTree(QStringLiteral("workstation-t1"), root()));
        // The tick came 500 ms late: 2.5 s between the reads.
        const auto values = collectValues(source, 2500 * NsPerSecond / 1000);
        QCOMPARE(values.value(read("nvme0n1")), 4096.0 * 512 / 2.5);
        QCOMPARE(values.value(busy("nvme0n1")), 20.0);
    }

    void twoCoreCapture()
    {
        // The build VM: vda only (loop0-7 and zram0 are listed in sys/block but left out).
        QVERIFY(overlayTree(QStringLiteral("vm-2core"), root()));
        DiskSource source(root());
        collectValues(source, 0);
        QVERIFY(overlayTree(QStringLiteral("vm-2core-next"), root()));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.keys(), (QStringList{busy("vda"), read("vda"), write("vda")}));
    }

    void excludeDisks()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        DiskSource source(root(), {QStringLiteral("^sr"), QStringLiteral("^dm-")});
        collectValues(source, 0);
        QVERIFY(overlayTree(QStringLiteral("workstation-t2"), root()));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.keys(), (QStringList{busy("nvme0n1"), busy("sda"), read("nvme0n1"),
                                             read("sda"), write("nvme0n1"), write("sda")}));
    }

    void malformedLinesAreSkipped()
    {
        const QByteArray t0 = "   8       0 sda 100 0 1000 0 100 0 1000 0 0 100 0\n"
                              "garbage\n"
                              "   8      16 sdb 1 2 3\n"
                              "   8      32 sdc x 0 1000 0 100 0 1000 0 0 100 0\n"
                              "\n";
        QVERIFY(writeFile(diskstatsPath(), t0));
        DiskSource source(root());
        collectValues(source, 0);
        QVERIFY(
            writeFile(diskstatsPath(), QByteArray(t0).replace("0 1000 0 0 100", "0 3000 0 0 600")));
        const auto values = collectValues(source, NsPerSecond);
        // 11-field lines (Linux < 4.18) are enough.
        QCOMPARE(values.keys(), (QStringList{busy("sda"), read("sda"), write("sda")}));
        QCOMPARE(values.value(write("sda")), 2000.0 * 512);
        QCOMPARE(values.value(busy("sda")), 50.0);
    }

    void sameInstantHasNoRate()
    {
        QVERIFY(writeFile(diskstatsPath(), "8 0 sda 100 0 1000 0 100 0 1000 0 0 100 0\n"));
        DiskSource source(root());
        collectValues(source, NsPerSecond);
        QVERIFY(collectValues(source, NsPerSecond).isEmpty());
    }

    void missingFileWarnsOnce()
    {
        DiskSource source(root());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^disk: cannot read .*/proc/diskstats: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiskSource)
#include "tst_disksource.moc"
