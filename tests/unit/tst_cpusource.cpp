// CpuSource: /proc/stat busy and iowait shares between two reads.
#include "collect/CpuSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
QString usage(const QString &cpu)
{
    return QStringLiteral("cpu_usage_percent{cpu=\"%1\"}").arg(cpu);
}
const QString IowaitTotal = QStringLiteral("cpu_iowait_percent{cpu=\"total\"}");
} // namespace

class TestCpuSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh tree per test function

    QString root() const { return m_dir->path(); }
    QString statPath() const { return m_dir->filePath(QStringLiteral("proc/stat")); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void nameIsCpu() { QCOMPARE(CpuSource(root()).name(), QStringLiteral("cpu")); }

    void twoCoreCapture()
    {
        // Captured on the 2-core build VM one second apart (USER_HZ 100).
        QVERIFY(overlayTree(QStringLiteral("vm-2core"), root()));
        CpuSource source(root());
        QVERIFY(collectValues(source, 1 * NsPerSecond).isEmpty()); // first read: no shares

        QVERIFY(overlayTree(QStringLiteral("vm-2core-next"), root()));
        const auto values = collectValues(source, 2 * NsPerSecond);
        QCOMPARE(values.size(), 4);
        // total: user +92, system +10, idle +100 of 202 jiffies
        QCOMPARE(values.value(usage(QStringLiteral("total"))), 100.0 * (1.0 - 100.0 / 202.0));
        QCOMPARE(values.value(usage(QStringLiteral("0"))), 0.0);   // idle +100 only
        QCOMPARE(values.value(usage(QStringLiteral("1"))), 100.0); // user +93, system +10
        QCOMPARE(values.value(IowaitTotal), 0.0);
    }

    void sixtyFourCores_data()
    {
        // workstation-t1 adds 100 jiffies per CPU: even CPUs user 30 (10 of it guest), odd
        // CPUs user 10; system 10, softirq 5 everywhere; iowait 5 on CPUs 0-7; idle the rest.
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<double>("busy");
        QTest::newRow("total") << QStringLiteral("total") << 35.0; // 1 - (4120 + 40) / 6400
        QTest::newRow("0 even, iowait") << QStringLiteral("0") << 45.0;
        QTest::newRow("7 odd, iowait") << QStringLiteral("7") << 25.0;
        QTest::newRow("8 even") << QStringLiteral("8") << 45.0;
        QTest::newRow("63 odd") << QStringLiteral("63") << 25.0;
    }
    void sixtyFourCores()
    {
        QFETCH(QString, cpu);
        QFETCH(double, busy);
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        CpuSource source(root());
        QVERIFY(collectValues(source, 10 * NsPerSecond).isEmpty());
        QVERIFY(overlayTree(QStringLiteral("workstation-t1"), root()));
        const auto values = collectValues(source, 12 * NsPerSecond);
        QCOMPARE(keysOf(values, QStringLiteral("cpu_usage_percent")).size(), 65);
        QCOMPARE(keysOf(values, QStringLiteral("cpu_iowait_percent")), QStringList{IowaitTotal});
        QCOMPARE(values.value(IowaitTotal), 100.0 * 40.0 / 6400.0);
        QVERIFY(values.contains(usage(cpu)));
        QCOMPARE(values.value(usage(cpu)), busy);
    }

    void guestIsNotAddedTwice()
    {
        // guest 50 of the 60 user jiffies: adding it again would make busy 70 / 150.
        QVERIFY(writeFile(statPath(), "cpu  1000 0 0 1000 0 0 0 0 500 0\n"));
        CpuSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(statPath(), "cpu  1060 0 10 1030 0 0 0 0 550 0\n"));
        QCOMPARE(collectValues(source, NsPerSecond).value(usage(QStringLiteral("total"))), 70.0);
    }

    void olderKernelWithFewerColumns()
    {
        // Linux 2.6.11-era lines stop after softirq (no steal, guest).
        QVERIFY(writeFile(statPath(), "cpu  100 0 100 800 0 0 0\n"));
        CpuSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(statPath(), "cpu  150 0 150 900 0 0 0\n"));
        QCOMPARE(collectValues(source, NsPerSecond).value(usage(QStringLiteral("total"))), 50.0);
    }

    void decreasingCounterSkipsOneInterval()
    {
        QVERIFY(writeFile(statPath(), "cpu  1000 0 1000 5000 100 0 0 0 0 0\n"
                                      "cpu0 1000 0 1000 5000 100 0 0 0 0 0\n"));
        CpuSource source(root());
        collectValues(source, 0);
        // iowait goes backwards on cpu0 (the kernel documents that it may): no share for that
        // interval, never a negative one; the total line is unaffected here.
        QVERIFY(writeFile(statPath(), "cpu  1050 0 1000 5050 100 0 0 0 0 0\n"
                                      "cpu0 1050 0 1000 5050 90 0 0 0 0 0\n"));
        auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.value(usage(QStringLiteral("total"))), 50.0);
        QVERIFY(!values.contains(usage(QStringLiteral("0"))));
        // The next interval is normal again.
        QVERIFY(writeFile(statPath(), "cpu  1100 0 1000 5100 100 0 0 0 0 0\n"
                                      "cpu0 1100 0 1000 5100 90 0 0 0 0 0\n"));
        values = collectValues(source, 2 * NsPerSecond);
        QCOMPARE(values.value(usage(QStringLiteral("0"))), 50.0);
    }

    void noTicksElapsedEmitsNothing()
    {
        QVERIFY(writeFile(statPath(), "cpu  1000 0 1000 5000 100 0 0 0 0 0\n"));
        CpuSource source(root());
        collectValues(source, 0);
        QVERIFY(collectValues(source, 1000).isEmpty()); // read again within one jiffy
    }

    void hotPluggedCpuStartsAtItsSecondRead()
    {
        QVERIFY(writeFile(statPath(), "cpu  100 0 0 100 0 0 0 0 0 0\n"
                                      "cpu0 100 0 0 100 0 0 0 0 0 0\n"));
        CpuSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(statPath(), "cpu  200 0 0 200 0 0 0 0 0 0\n"
                                      "cpu0 150 0 0 150 0 0 0 0 0 0\n"
                                      "cpu1 50 0 0 50 0 0 0 0 0 0\n"));
        auto values = collectValues(source, NsPerSecond);
        QVERIFY(values.contains(usage(QStringLiteral("0"))));
        QVERIFY(!values.contains(usage(QStringLiteral("1"))));
        QVERIFY(writeFile(statPath(), "cpu  400 0 0 300 0 0 0 0 0 0\n"
                                      "cpu0 250 0 0 150 0 0 0 0 0 0\n"
                                      "cpu1 150 0 0 150 0 0 0 0 0 0\n"));
        values = collectValues(source, 2 * NsPerSecond);
        QCOMPARE(values.value(usage(QStringLiteral("0"))), 100.0);
        QCOMPARE(values.value(usage(QStringLiteral("1"))), 50.0);
    }

    void malformedLinesAreSkipped()
    {
        const QByteArray t0 = "cpu  100 0 0 100 0 0 0 0 0 0\n"
                              "cpu0 abc 0 0 100 0 0 0 0 0 0\n"
                              "cpu1 1 2\n"
                              "cpux 1 2 3 4 5\n"
                              "cpu2 100 0 0 100 0 0 0 0 0 0\n";
        QVERIFY(writeFile(statPath(), t0));
        CpuSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(statPath(), QByteArray(t0).replace("100 0 0 100", "200 0 0 200")));
        const auto values = collectValues(source, NsPerSecond);
        QCOMPARE(values.keys(), (QStringList{IowaitTotal, usage(QStringLiteral("2")),
                                             usage(QStringLiteral("total"))}));
    }

    void missingFileWarnsOnce()
    {
        CpuSource source(root());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^cpu: cannot read .*/proc/stat: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
    }

    void unreadableFileWarnsOnceAndRecovers()
    {
        QVERIFY(QDir().mkpath(statPath())); // a directory: open() works, read() fails
        CpuSource source(root());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^cpu: cannot read .*/proc/stat: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
        QVERIFY(QDir().rmdir(statPath()));
        QVERIFY(writeFile(statPath(), "cpu  100 0 0 100 0 0 0 0 0 0\n"));
        QVERIFY(collectValues(source, 3 * NsPerSecond).isEmpty());
        QVERIFY(writeFile(statPath(), "cpu  150 0 0 150 0 0 0 0 0 0\n"));
        QCOMPARE(collectValues(source, 4 * NsPerSecond).value(usage(QStringLiteral("total"))),
                 50.0);
    }
};

QTEST_GUILESS_MAIN(TestCpuSource)
#include "tst_cpusource.moc"
