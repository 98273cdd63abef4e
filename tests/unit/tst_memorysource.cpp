// MemorySource: /proc/meminfo gauges.
#include "collect/MemorySource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

class TestMemorySource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString meminfoPath() const { return m_dir->filePath(QStringLiteral("proc/meminfo")); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<double>("totalKiB");
        QTest::addColumn<double>("availableKiB");
        QTest::addColumn<double>("swapTotalKiB");
        QTest::addColumn<double>("swapFreeKiB");
        QTest::newRow("vm without swap")
            << QStringLiteral("vm-2core") << 24684096.0 << 24075360.0 << 0.0 << 0.0;
        QTest::newRow("workstation with swap") << QStringLiteral("workstation-t0") << 65768944.0
                                               << 41234567.0 << 8388604.0 << 6291452.0;
    }
    void fixtures()
    {
        QFETCH(QString, tree);
        QFETCH(double, totalKiB);
        QFETCH(double, availableKiB);
        QFETCH(double, swapTotalKiB);
        QFETCH(double, swapFreeKiB);
        QVERIFY(overlayTree(tree, root()));
        MemorySource source(root());
        QCOMPARE(source.name(), QStringLiteral("memory"));
        const auto values = collectValues(source, 0); // gauges: the first read has them all

        const double swapUsedKiB = swapTotalKiB - swapFreeKiB;
        const QMap<QString, double> expected = {
            {QStringLiteral("memory_total_bytes"), totalKiB * 1024},
            {QStringLiteral("memory_available_bytes"), availableKiB * 1024},
            {QStringLiteral("memory_used_percent"), 100.0 * (totalKiB - availableKiB) / totalKiB},
            {QStringLiteral("swap_total_bytes"), swapTotalKiB * 1024},
            {QStringLiteral("swap_used_bytes"), swapUsedKiB * 1024},
            {QStringLiteral("swap_used_percent"),
             swapTotalKiB > 0 ? 100.0 * swapUsedKiB / swapTotalKiB : 0.0},
        };
        QCOMPARE(values.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(values.value(it.key()), it.value());
    }

    void valuesFollowTheFile()
    {
        QVERIFY(writeFile(meminfoPath(), "MemTotal: 1000 kB\nMemAvailable: 250 kB\n"
                                         "SwapTotal: 0 kB\nSwapFree: 0 kB\n"));
        MemorySource source(root());
        QCOMPARE(collectValues(source, 0).value(QStringLiteral("memory_used_percent")), 75.0);
        QVERIFY(writeFile(meminfoPath(), "MemTotal: 1000 kB\nMemAvailable: 900 kB\n"
                                         "SwapTotal: 100 kB\nSwapFree: 25 kB\n"));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.value(QStringLiteral("memory_used_percent")), 10.0);
        QCOMPARE(values.value(QStringLiteral("swap_used_bytes")), 75.0 * 1024);
        QCOMPARE(values.value(QStringLiteral("swap_used_percent")), 75.0);
    }

    void malformedLinesAreSkipped()
    {
        QVERIFY(writeFile(meminfoPath(), "garbage\n"
                                         "MemTotal:\n"
                                         "MemTotal: lots kB\n"
                                         "MemTotal: 2000 kB\n"
                                         ": 12 kB\n"
                                         "MemAvailable: 500 kB\n"
                                         "SwapTotal: 0 kB\n"
                                         "SwapFree: 0 kB\n"));
        MemorySource source(root());
        const auto values = collectValues(source, 0);
        QCOMPARE(values.value(QStringLiteral("memory_total_bytes")), 2000.0 * 1024);
        QCOMPARE(values.value(QStringLiteral("memory_used_percent")), 75.0);
    }

    void missingMemAvailableWarnsOnce()
    {
        // Kernels before 3.14 have no MemAvailable: no made-up estimate, the series is absent.
        QVERIFY(writeFile(meminfoPath(), "MemTotal: 2000 kB\nMemFree: 500 kB\n"
                                         "SwapTotal: 0 kB\nSwapFree: 0 kB\n"));
        MemorySource source(root());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^memory: no MemAvailable: line")));
        for (int tick = 0; tick < 3; ++tick) {
            const auto values = collectValues(source, tick * NsPerSecond);
            QVERIFY(values.contains(QStringLiteral("memory_total_bytes")));
            QVERIFY(!values.contains(QStringLiteral("memory_available_bytes")));
            QVERIFY(!values.contains(QStringLiteral("memory_used_percent")));
            QCOMPARE(values.value(QStringLiteral("swap_used_percent"), -1.0), 0.0);
        }
    }

    void missingFileWarnsOnce()
    {
        MemorySource source(root());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^memory: cannot read .*/proc/meminfo: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemorySource)
#include "tst_memorysource.moc"
