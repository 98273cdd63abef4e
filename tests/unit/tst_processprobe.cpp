// ProcessProbe: matching by comm/argv[0]/cmdline over a fixture /proc, CPU share between two
// runs, count limits, and the real /proc with a child process.
#include "checks/ProcessProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vigil;

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;
const QString FixtureProc = QStringLiteral(VIGIL_FIXTURES_DIR "/checks/proc");

QString seriesKey(const QString &metric)
{
    return QStringLiteral("%1{check=\"svc\"}").arg(metric);
}

QMap<QString, double> values(const ProbeOutcome &outcome)
{
    QMap<QString, double> map;
    for (const SeriesSample &sample : outcome.samples)
        map.insert(sample.id.toString(), sample.value);
    return map;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// The fixture's stat layout with the fields the probe reads filled in.
QByteArray statLine(int pid, const QByteArray &comm, char state, int utime, int stime, int start)
{
    return QByteArray::number(pid) + " (" + comm + ") " + state + " 1 " + QByteArray::number(pid) +
           ' ' + QByteArray::number(pid) + " 0 -1 4194560 1000 0 0 0 " + QByteArray::number(utime) +
           ' ' + QByteArray::number(stime) + " 0 0 20 0 1 0 " + QByteArray::number(start) +
           " 12345678 512 18446744073709551615 1 1 0 0 0\n";
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly) ||
            !writeFile(to + u'/' + QDir(from).relativeFilePath(path), source.readAll()))
            return false;
    }
    return true;
}

ProcessProbe::Options fixtureOptions(const QString &root = FixtureProc)
{
    ProcessProbe::Options options;
    options.check = QStringLiteral("svc");
    options.procRoot = root;
    return options;
}

} // namespace

class TestProcessProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<int>("minCount");
        QTest::addColumn<int>("maxCount");
        QTest::addColumn<QString>("error"); // a fragment of the message, empty when valid
        QTest::newRow("name") << QStringLiteral("nginx") << QString() << 1 << -1 << QString();
        QTest::newRow("regex") << QString() << QStringLiteral("a+b") << 0 << 3 << QString();
        QTest::newRow("neither") << QString() << QString() << 1 << -1
                                 << QStringLiteral("either a process name");
        QTest::newRow("bad regex") << QString() << QStringLiteral("(unclosed") << 1 << -1
                                   << QStringLiteral("invalid command-line pattern");
        QTest::newRow("negative min")
            << QStringLiteral("x") << QString() << -1 << -1 << QStringLiteral("minimum count");
        QTest::newRow("max below min") << QStringLiteral("x") << QString() << 3 << 2
                                       << QStringLiteral("maximum count (2) is below");
    }
    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, regex);
        QFETCH(int, minCount);
        QFETCH(int, maxCount);
        QFETCH(QString, error);
        ProcessProbe::Options options = fixtureOptions();
        options.name = name;
        options.cmdlineRegex = regex;
        options.minCount = minCount;
        options.maxCount = maxCount;
        const QString result = ProcessProbe::validate(options);
        if (error.isEmpty()) {
            QCOMPARE(result, QString());
        } else {
            QVERIFY2(result.contains(error), qPrintable(result));
            // An invalid probe reports the problem instead of scanning.
            const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
            QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
            QCOMPARE(outcome.message, result);
        }
    }

    void fixtureCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("residentPages");
        // The zombie nginx (5000005) and the kernel thread's empty cmdline never match.
        QTest::newRow("comm, zombie left out")
            << QStringLiteral("nginx") << QString() << 2 << 512.0 + 1024.0;
        QTest::newRow("comm with ') '") << QStringLiteral("my (app) x)") << QString() << 1 << 256.0;
        QTest::newRow("kernel thread by comm")
            << QStringLiteral("kworker/0:1-events") << QString() << 1 << 0.0;
        QTest::newRow("argv[0] basename, comm truncated")
            << QStringLiteral("very-long-daemon-name") << QString() << 1 << 128.0;
        QTest::newRow("argv[0] basename") << QStringLiteral("myapp") << QString() << 1 << 256.0;
        QTest::newRow("partial name is no match")
            << QStringLiteral("ngin") << QString() << 0 << 0.0;
        QTest::newRow("any cmdline")
            << QString() << QStringLiteral(".") << 5 << 512.0 + 1024 + 256 + 2048 + 128;
        QTest::newRow("cmdline, unanchored")
            << QString() << QStringLiteral("worker") << 2 << 1024.0 + 2048;
        QTest::newRow("cmdline joined with spaces")
            << QString() << QStringLiteral("^/usr/bin/python3 /srv/worker\\.py --queue jobs$") << 1
            << 2048.0;
        QTest::newRow("NUL padding dropped")
            << QString() << QStringLiteral("^nginx: worker process$") << 1 << 1024.0;
        QTest::newRow("name and cmdline")
            << QStringLiteral("nginx") << QStringLiteral("worker") << 1 << 1024.0;
        QTest::newRow("empty cmdline never matches")
            << QString() << QStringLiteral("^$") << 0 << 0.0;
    }
    void fixtureCounts()
    {
        QFETCH(QString, name);
        QFETCH(QString, regex);
        QFETCH(int, count);
        QFETCH(double, residentPages);
        ProcessProbe::Options options = fixtureOptions();
        options.name = name;
        options.cmdlineRegex = regex;
        options.minCount = 0;
        ProcessProbe probe(options);
        const ProbeOutcome outcome = probe.run(1000, 10 * NsPerSecond);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        const auto series = values(outcome);
        QCOMPARE(series.size(), 2); // no CPU share on the first run
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_count"))), double(count));
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_resident_bytes"))),
                 residentPages * double(sysconf(_SC_PAGESIZE)));
        QCOMPARE(probe.trackedProcessCount(), count);
    }

    void messagesAndLimits_data()
    {
        QTest::addColumn<int>("minCount");
        QTest::addColumn<int>("maxCount");
        QTest::addColumn<ProbeVerdict>("verdict");
        QTest::addColumn<QString>("message");
        QTest::newRow("in range") << 1 << -1 << ProbeVerdict::Healthy
                                  << QStringLiteral("2 processes match name=nginx (min 1)");
        QTest::newRow("exact") << 2 << 2 << ProbeVerdict::Healthy
                               << QStringLiteral("2 processes match name=nginx (min 2, max 2)");
        QTest::newRow("too few") << 3 << -1 << ProbeVerdict::Unhealthy
                                 << QStringLiteral("2 processes match name=nginx (min 3)");
        QTest::newRow("too many") << 0 << 1 << ProbeVerdict::Unhealthy
                                  << QStringLiteral("2 processes match name=nginx (max 1)");
    }
    void messagesAndLimits()
    {
        QFETCH(int, minCount);
        QFETCH(int, maxCount);
        QFETCH(ProbeVerdict, verdict);
        QFETCH(QString, message);
        ProcessProbe::Options options = fixtureOptions();
        options.name = QStringLiteral("nginx");
        options.minCount = minCount;
        options.maxCount = maxCount;
        const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
        QCOMPARE(outcome.verdict, verdict);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.target, QStringLiteral("name=nginx"));
    }

    void noMatch()
    {
        ProcessProbe::Options options = fixtureOptions();
        options.name = QStringLiteral("postgres");
        options.cmdlineRegex = QStringLiteral("-D /var/lib");
        const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.target, QStringLiteral("name=postgres cmdline~=-D /var/lib"));
        QCOMPARE(outcome.message,
                 QStringLiteral("0 processes match name=postgres cmdline~=-D /var/lib (min 1)"));
    }

    void cpuShareBetweenRuns()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(FixtureProc, dir.path()));
        ProcessProbe::Options options = fixtureOptions(dir.path());
        options.name = QStringLiteral("nginx");
        ProcessProbe probe(options);
        const QString cpu = seriesKey(QStringLiteral("check_process_cpu_percent"));
        QVERIFY(!values(probe.run(0, 10 * NsPerSecond)).contains(cpu));

        // 2 s later: master +100 utime ticks, worker +50 stime ticks.
        const QString root = dir.path();
        QVERIFY(writeFile(root + QStringLiteral("/5000001/stat"),
                          statLine(5000001, "nginx", 'S', 1300, 300, 1000)));
        QVERIFY(writeFile(root + QStringLiteral("/5000002/stat"),
                          statLine(5000002, "nginx", 'S', 500, 150, 1010)));
        const double ticks = double(sysconf(_SC_CLK_TCK));
        auto series = values(probe.run(2000, 12 * NsPerSecond));
        QCOMPARE(series.value(cpu), 150.0 / ticks / 2.0 * 100.0);

        // The worker exits, a new worker starts, and pid 5000001 is reused by a new process
        // (other start time): none of them has a previous reading, so no CPU this time.
        QVERIFY(QDir(root + QStringLiteral("/5000002")).removeRecursively());
        QVERIFY(writeFile(root + QStringLiteral("/5000001/stat"),
                          statLine(5000001, "nginx", 'S', 9000, 900, 5000)));
        QVERIFY(writeFile(root + QStringLiteral("/5000008/comm"), "nginx\n"));
        QVERIFY(writeFile(root + QStringLiteral("/5000008/cmdline"), QByteArray("nginx\0", 6)));
        QVERIFY(writeFile(root + QStringLiteral("/5000008/stat"),
                          statLine(5000008, "nginx", 'S', 400, 100, 5001)));
        QVERIFY(writeFile(root + QStringLiteral("/5000008/statm"), "100 10 0 0 0 0 0\n"));
        series = values(probe.run(3000, 13 * NsPerSecond));
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_count"))), 2.0);
        QCOMPARE(series.value(cpu), 0.0);
        QCOMPARE(probe.trackedProcessCount(), 2); // the exited worker is forgotten

        // Both now have a previous reading: 4 s, +200 and +40 ticks.
        QVERIFY(writeFile(root + QStringLiteral("/5000001/stat"),
                          statLine(5000001, "nginx", 'S', 9200, 900, 5000)));
        QVERIFY(writeFile(root + QStringLiteral("/5000008/stat"),
                          statLine(5000008, "nginx", 'S', 440, 100, 5001)));
        series = values(probe.run(7000, 17 * NsPerSecond));
        QCOMPARE(series.value(cpu), 240.0 / ticks / 4.0 * 100.0);

        // No monotonic progress: no share rather than a division by zero.
        QVERIFY(!values(probe.run(7000, 17 * NsPerSecond)).contains(cpu));
    }

    void unreadableEntryIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(FixtureProc, dir.path()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("5000001/stat")), "garbage\n"));
        ProcessProbe::Options options = fixtureOptions(dir.path());
        options.name = QStringLiteral("nginx");
        const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
        // The count is a lower bound now: not Healthy, and the message says why.
        QCOMPARE(outcome.verdict, ProbeVerdict::Degraded);
        QCOMPARE(outcome.message,
                 QStringLiteral("1 process matches name=nginx (min 1); 1 unreadable (%1: "
                                "unexpected format)")
                     .arg(dir.filePath(QStringLiteral("5000001/stat"))));
    }

    void vanishedProcessIsSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(FixtureProc, dir.path()));
        // Exited between readdir() and reading stat: the directory lost its files.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("5000001/stat"))));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("5000001/statm"))));
        ProcessProbe::Options options = fixtureOptions(dir.path());
        options.name = QStringLiteral("nginx");
        const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(outcome.message, QStringLiteral("1 process matches name=nginx (min 1)"));
    }

    void missingProcRoot()
    {
        ProcessProbe::Options options = fixtureOptions(FixtureProc + QStringLiteral("-missing"));
        options.name = QStringLiteral("nginx");
        const ProbeOutcome outcome = ProcessProbe(options).run(0, 0);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, options.procRoot + QStringLiteral(": No such file or directory"));
        QVERIFY(outcome.samples.isEmpty());
    }

    void realProcChild()
    {
        // A unique argv so parallel runs and other sleeps never match.
        const QString seconds = QStringLiteral("30.%1").arg(QCoreApplication::applicationPid());
        QProcess child;
        child.start(QStringLiteral("sleep"), {seconds});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));

        ProcessProbe::Options options;
        options.check = QStringLiteral("svc");
        // QProcess runs it by full path ("/usr/bin/sleep 30.<pid>").
        options.cmdlineRegex =
            QStringLiteral("(^|/)sleep %1$").arg(QRegularExpression::escape(seconds));
        ProcessProbe probe(options);
        ProbeOutcome outcome = probe.run(0, 1 * NsPerSecond);
        QVERIFY2(outcome.verdict == ProbeVerdict::Healthy, qPrintable(outcome.message));
        auto series = values(outcome);
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_count"))), 1.0);
        QVERIFY(series.value(seriesKey(QStringLiteral("check_process_resident_bytes"))) > 0);

        child.kill();
        QVERIFY(child.waitForFinished(5000)); // reaped: no zombie left behind
        outcome = probe.run(0, 2 * NsPerSecond);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        series = values(outcome);
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_count"))), 0.0);
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_cpu_percent"))), 0.0);
        QCOMPARE(probe.trackedProcessCount(), 0);
    }

    void neverMatchesItself()
    {
        ProcessProbe::Options options;
        options.check = QStringLiteral("svc");
        options.name = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        options.minCount = 0;
        const auto series = values(ProcessProbe(options).run(0, 0));
        QCOMPARE(series.value(seriesKey(QStringLiteral("check_process_count"))), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestProcessProbe)
#include "tst_processprobe.moc"
