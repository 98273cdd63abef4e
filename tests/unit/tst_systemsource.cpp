// SystemSource: load, uptime and process counts.
#include "collect/SystemSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

class TestSystemSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString path(const char *relative) const { return m_dir->filePath(QLatin1String(relative)); }

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
        QTest::addColumn<QList<double>>("expected"); // load1 load5 load15 uptime running total
        QTest::newRow("vm") << QStringLiteral("vm-2core")
                            << QList<double>{3.12, 1.10, 0.42, 648.01, 2, 5};
        QTest::newRow("workstation")
            << QStringLiteral("workstation-t0") << QList<double>{1.52, 0.98, 0.73, 86400.25, 7, 5};
    }
    void fixtures()
    {
        QFETCH(QString, tree);
        QFETCH(QList<double>, expected);
        QVERIFY(overlayTree(tree, root()));
        SystemSource source(root());
        QCOMPARE(source.name(), QStringLiteral("system"));
        const QMap<QString, double> values = collectValues(source, 0);
        const QMap<QString, double> wanted = {
            {QStringLiteral("load1"), expected[0]},
            {QStringLiteral("load5"), expected[1]},
            {QStringLiteral("load15"), expected[2]},
            {QStringLiteral("uptime_seconds"), expected[3]},
            {QStringLiteral("processes_running"), expected[4]},
            {QStringLiteral("processes_total"), expected[5]},
        };
        QCOMPARE(values, wanted);
    }

    void processesAreNumericDirectoriesOnly()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        // Non-numeric names are not processes; threads live under /proc/<pid>/task.
        QVERIFY(QDir().mkpath(path("proc/sys/kernel")));
        QVERIFY(QDir().mkpath(path("proc/1337/task/1338")));
        QVERIFY(QDir().mkpath(path("proc/12x")));
        QVERIFY(QDir().mkpath(path("proc/99999")));
        SystemSource source(root());
        QCOMPARE(collectValues(source, 0).value(QStringLiteral("processes_total")), 6.0);
    }

    void missingLoadavgWarnsOnceOthersStay()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        QVERIFY(QFile::remove(path("proc/loadavg")));
        SystemSource source(root());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^system: cannot read .*/proc/loadavg: ")));
        for (int tick = 0; tick < 3; ++tick) {
            const auto values = collectValues(source, tick * NsPerSecond);
            QCOMPARE(values.keys(), (QStringList{QStringLiteral("processes_running"),
                                                 QStringLiteral("processes_total"),
                                                 QStringLiteral("uptime_seconds")}));
        }
    }

    void malformedFilesWarnOnce()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        QVERIFY(writeFile(path("proc/loadavg"), "1.52 high 0.73 3/1287 123456\n"));
        QVERIFY(writeFile(path("proc/uptime"), "\n"));
        QVERIFY(writeFile(path("proc/stat"), "cpu  1 2 3 4\nprocs_running many\n"));
        SystemSource source(root());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^system: unexpected format in .*/proc/loadavg$")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^system: unexpected format in .*/proc/uptime$")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^system: no procs_running line in .*/proc/stat$")));
        for (int tick = 0; tick < 3; ++tick) {
            const auto values = collectValues(source, tick * NsPerSecond);
            QCOMPARE(values.keys(), QStringList{QStringLiteral("processes_total")});
        }
    }

    void missingProcDirectoryWarnsOnce()
    {
        SystemSource source(root() + QStringLiteral("/absent"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("loadavg")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("uptime")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("/proc/stat")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^system: cannot list .*/absent/proc: ")));
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSystemSource)
#include "tst_systemsource.moc"
