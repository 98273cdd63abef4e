// The raw kernel values the collector keeps next to its derived series, for /metrics under
// node_exporter's names: CPU seconds, disk and network byte counters, SwapFree, hwmon inputs.
#include "collect/CpuSource.h"
#include "collect/DiskSource.h"
#include "collect/MemorySource.h"
#include "collect/NetworkSource.h"
#include "collect/TemperatureSource.h"
#include "tst_collect_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vigil;
using namespace vigil::testsupport;

class TestRawCounters : public QObject
{
    Q_OBJECT

    const QString m_tree = fixtureTree(QStringLiteral("workstation-t0"));

private Q_SLOTS:
    void cpuSecondsPerCpuAndMode()
    {
        CpuSource source(m_tree);
        const QMap<QString, double> raw = collectValues(source, 0, true);
        const double hz = double(::sysconf(_SC_CLK_TCK));
        // cpu0 812345 1200 201234 9876543 4321 0 15000 0 3000 0
        QCOMPARE(raw.value(QStringLiteral(R"(cpu_seconds_total{cpu="0",mode="user"})")),
                 812345 / hz);
        QCOMPARE(raw.value(QStringLiteral(R"(cpu_seconds_total{cpu="0",mode="idle"})")),
                 9876543 / hz);
        QCOMPARE(raw.value(QStringLiteral(R"(cpu_seconds_total{cpu="0",mode="softirq"})")),
                 15000 / hz);
        QVERIFY(raw.contains(QStringLiteral(R"(cpu_seconds_total{cpu="0",mode="steal"})")));
        // Eight modes per CPU, no aggregate (node_exporter has none: sum() gives it), and no
        // guest modes, which user and nice already contain.
        QCOMPARE(raw.size() % 8, 0);
        for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
            QVERIFY2(!it.key().contains(u"total\""), qPrintable(it.key()));
            QVERIFY2(!it.key().contains(u"guest"), qPrintable(it.key()));
        }
    }

    void diskBytesForWholeDisksOnly()
    {
        DiskSource source(m_tree);
        const QMap<QString, double> raw = collectValues(source, 0, true);
        // nvme0n1: 12345678 sectors read, 23456789 written; partitions are left out.
        QCOMPARE(raw.value(QStringLiteral(R"(disk_read_bytes_total{device="nvme0n1"})")),
                 12345678.0 * 512);
        QCOMPARE(raw.value(QStringLiteral(R"(disk_written_bytes_total{device="nvme0n1"})")),
                 23456789.0 * 512);
        QVERIFY(!raw.contains(QStringLiteral(R"(disk_read_bytes_total{device="nvme0n1p1"})")));
        QVERIFY(!raw.contains(QStringLiteral(R"(disk_read_bytes_total{device="loop0"})")));
    }

    void networkBytesWithoutLoopback()
    {
        NetworkSource source(m_tree);
        const QMap<QString, double> raw = collectValues(source, 0, true);
        QCOMPARE(raw.value(QStringLiteral(R"(network_receive_bytes_total{interface="enp5s0"})")),
                 9876543210.0);
        QCOMPARE(raw.value(QStringLiteral(R"(network_transmit_bytes_total{interface="enp5s0"})")),
                 123456789.0);
        QVERIFY(!raw.contains(QStringLiteral(R"(network_receive_bytes_total{interface="lo"})")));
    }

    void swapFree()
    {
        MemorySource source(m_tree);
        const QMap<QString, double> raw = collectValues(source, 0, true);
        QCOMPARE(raw.value(QStringLiteral("swap_free_bytes")), 6291452.0 * 1024);
    }

    void hwmonChipsAsNodeExporterNamesThem()
    {
        TemperatureSource source(m_tree);
        const QMap<QString, double> raw = collectValues(source, 0, true);
        QCOMPARE(raw.value(QStringLiteral(R"(hwmon_temp_celsius{chip="coretemp",sensor="temp1"})")),
                 45.0);
        QCOMPARE(raw.value(QStringLiteral(R"(hwmon_temp_celsius{chip="acpitz",sensor="temp1"})")),
                 27.8);
        // Two chips named "nvme" without device links: the second is told apart by directory.
        QVERIFY(raw.contains(QStringLiteral(R"(hwmon_temp_celsius{chip="nvme",sensor="temp1"})")));
        QVERIFY(
            raw.contains(QStringLiteral(R"(hwmon_temp_celsius{chip="hwmon3",sensor="temp1"})")));
        // Thermal zones are not hwmon inputs.
        for (auto it = raw.cbegin(); it != raw.cend(); ++it)
            QVERIFY2(!it.key().contains(u"thermal"), qPrintable(it.key()));
    }

    void hwmonChipFromDeviceLink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString hwmon = dir.filePath(QStringLiteral("sys/class/hwmon/hwmon0"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sys/devices/platform/coretemp.0/x")), ""));
        QVERIFY(writeFile(hwmon + QStringLiteral("/name"), "coretemp\n"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("sys/devices/platform/coretemp.0")),
                            hwmon + QStringLiteral("/device")));
        QCOMPARE(TemperatureSource::hwmonChip(QFile::encodeName(hwmon)),
                 QStringLiteral("platform_coretemp_0"));
        // Without the link: the cleaned name attribute.
        QVERIFY(QFile::remove(hwmon + QStringLiteral("/device")));
        QVERIFY(writeFile(hwmon + QStringLiteral("/name"), "Some Chip-1\n"));
        QCOMPARE(TemperatureSource::hwmonChip(QFile::encodeName(hwmon)),
                 QStringLiteral("some_chip_1"));
        // Neither: the directory name.
        QVERIFY(QFile::remove(hwmon + QStringLiteral("/name")));
        QCOMPARE(TemperatureSource::hwmonChip(QFile::encodeName(hwmon)), QStringLiteral("hwmon0"));
    }
};

QTEST_GUILESS_MAIN(TestRawCounters)
#include "tst_rawcounters.moc"
