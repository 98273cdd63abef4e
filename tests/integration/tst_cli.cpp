// The vigil executable's command-line contract, exercised through the real binary.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString kVigil = QStringLiteral(VIGIL_BINARY_DIR "/bin/vigil");
const QString kFixture = QStringLiteral(VIGIL_FIXTURES_DIR "/collect/vm-2core");

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Environment without a display: modes other than the GUI must not need one.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

Run run(const QStringList &args, const QProcessEnvironment &env = noDisplay())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kVigil, args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelpNeedNoDisplay()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, QByteArray("vigil " VIGIL_VERSION "\n"));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *opt :
             {"--headless", "--report", "--json", "--interval", "--config", "--minimized"})
            QVERIFY2(h.out.contains(opt), opt);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << 2 << "Unknown option 'bogus'";
        QTest::newRow("json alone")
            << QStringList{QStringLiteral("--json")} << 2 << "--json only applies to --report";
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("extra")} << 2 << "unexpected argument";
        QTest::newRow("bad interval")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--interval"),
                           QStringLiteral("fast")}
            << 3 << "--interval:";
        QTest::newRow("interval too long")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--interval"),
                           QStringLiteral("2h")}
            << 3 << "between 100ms and 1m";
        QTest::newRow("bad log level")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--log-level"),
                           QStringLiteral("loud")}
            << 2 << "--log-level: \"loud\" is not one of debug, info, warning, error";
        QTest::newRow("missing root")
            << QStringList{QStringLiteral("--report"), QStringLiteral("--root"),
                           QStringLiteral("/nonexistent")}
            << 3 << "is not a directory";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void reportJsonOnFixture()
    {
        const Run r =
            run({QStringLiteral("--report"), QStringLiteral("--json"), QStringLiteral("--interval"),
                 QStringLiteral("100ms"), QStringLiteral("--root"), kFixture});
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 3, r.err.constData());
        QCOMPARE(r.out.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"timestamp", "host", "status", "series", "alerts"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({QStringLiteral("healthy"), QStringLiteral("warning"),
                             QStringLiteral("critical"), QStringLiteral("unknown")})
                    .contains(o.value(u"status").toString()));
        QCOMPARE(r.exitCode, QStringList({QStringLiteral("healthy"), QStringLiteral("warning"),
                                          QStringLiteral("critical"), QStringLiteral("unknown")})
                                 .indexOf(o.value(u"status").toString()));
        bool memory = false;
        for (const QJsonValue &v : o.value(u"series").toArray()) {
            const QJsonObject s = v.toObject();
            if (s.value(u"name").toString() == u"memory_total_bytes") {
                memory = true;
                QCOMPARE(s.value(u"value").toDouble(), 24684096.0 * 1024); // the fixture's MemTotal
                QCOMPARE(s.value(u"unit").toString(), QStringLiteral("bytes"));
            }
        }
        QVERIFY(memory);
    }

    void reportTextIsReadable()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral("--interval"),
                           QStringLiteral("100ms"), QStringLiteral("--root"), kFixture});
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QVERIFY(r.out.startsWith("Vigil " VIGIL_VERSION " report for "));
        for (const char *section : {"Status: ", "\nSystem\n", "\nFilesystems\n", "\nDisks\n",
                                    "\nNetwork\n", "\nFindings\n"})
            QVERIFY2(r.out.contains(section), section);
        QVERIFY(r.out.contains("available of 23.5 GiB")); // 24684096 kB
    }

    void invalidConfigExitsThreeWithPathAndKey_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::newRow("report") << QStringList{
            QStringLiteral("--report"), QStringLiteral("--interval"), QStringLiteral("100ms")};
        QTest::newRow("headless") << QStringList{QStringLiteral("--headless")};
    }

    void invalidConfigExitsThreeWithPathAndKey()
    {
        QFETCH(QStringList, mode);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "config.json", R"({"sampling": {"interval": "fast"}})");
        const Run r = run(mode + QStringList{QStringLiteral("--config"), path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(
            err.contains(path +
                         QStringLiteral(
                             ": sampling.interval: expected a duration like \"1s\", got \"fast\"")),
            qPrintable(err));
    }

    void missingConfigExitsThree()
    {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--config"),
                           QStringLiteral("/nonexistent/vigil.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("/nonexistent/vigil.json: file not found"), r.err.constData());
    }

    void malformedJsonExitsThreeWithPosition()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, "broken.json", "{\n  \"sampling\": {\"interval\": \"2s\"\n");
        const Run r = run({QStringLiteral("--report"), QStringLiteral("--config"), path});
        QCOMPARE(r.exitCode, 3);
        // The object is left open after "2s": line 2, column 31.
        QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ":2:31: unterminated object")),
                 r.err.constData());
    }

    void reportRunsChecksAndCountsThem()
    {
        QTcpServer server; // accepts in the kernel while this test waits for vigil
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QJsonArray checks{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("listener")},
                        {QStringLiteral("type"), QStringLiteral("tcp")},
                        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("port"), server.serverPort()}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("marker")},
                        {QStringLiteral("type"), QStringLiteral("file")},
                        {QStringLiteral("path"), dir.filePath(QStringLiteral("absent"))},
                        {QStringLiteral("retries"), 1},
                        {QStringLiteral("backoff_base"), QStringLiteral("10ms")}}};
        const QString path =
            writeFile(dir, "config.json",
                      QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray()},
                                                {QStringLiteral("checks"), checks}})
                          .toJson());
        const QStringList args{QStringLiteral("--report"),
                               QStringLiteral("--interval"),
                               QStringLiteral("100ms"),
                               QStringLiteral("--config"),
                               path,
                               QStringLiteral("--root"),
                               kFixture};
        const Run r = run(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2); // the unhealthy check is critical, with no rules at all
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("critical"));
        const QJsonArray got = o.value(u"checks").toArray();
        QCOMPARE(got.size(), 2);
        const QJsonObject listener = got.at(0).toObject();
        QCOMPARE(listener.value(u"name").toString(), QStringLiteral("listener"));
        QCOMPARE(listener.value(u"type").toString(), QStringLiteral("tcp"));
        QCOMPARE(listener.value(u"status").toString(), QStringLiteral("healthy"));
        QCOMPARE(listener.value(u"target").toString(),
                 QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY(listener.value(u"latency_seconds").toDouble() >= 0);
        const QJsonObject marker = got.at(1).toObject();
        QCOMPARE(marker.value(u"status").toString(), QStringLiteral("unhealthy"));
        QVERIFY(marker.value(u"latency_seconds").isNull());
        QVERIFY2(marker.value(u"message").toString().contains(QLatin1String("not found")),
                 qPrintable(marker.value(u"message").toString()));

        const Run text = run(args);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.out.contains("Checks\n") && text.out.contains("listener") &&
                     text.out.contains("unhealthy"),
                 text.out.constData());
    }

    void unknownKeysWarnButRun()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "config.json",
                                       R"({"colour": "blue", "sampling": {"interval": "500ms"}})");
        const Run r = run({QStringLiteral("--report"), QStringLiteral("--json"),
                           QStringLiteral("--interval"), QStringLiteral("100ms"),
                           QStringLiteral("--config"), path, QStringLiteral("--root"), kFixture});
        QVERIFY2(r.exitCode >= 0 && r.exitCode <= 2, r.err.constData());
        QVERIFY2(r.err.contains(
                     QByteArray("warning: " + path.toUtf8() + ": colour: unknown key, ignored")),
                 r.err.constData());
        QVERIFY(!r.out.isEmpty());
    }

    void headlessStopsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void headlessStopsCleanlyOnSignal()
    {
        QFETCH(int, signal);
        QTemporaryDir home;
        QProcessEnvironment env = noDisplay();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path()); // no user config: defaults
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigil.*.info=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(kVigil, {QStringLiteral("--headless")});
        QVERIFY(p.waitForStarted());
        // Wait until the engine logs its first status: it is sampling.
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains("status") && p.state() == QProcess::Running &&
               timer.elapsed() < 10000) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("status"), err.constData());
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void headlessLogLevelFiltersTheLogFile_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("debugLines");
        QTest::addColumn<bool>("infoLines");
        QTest::newRow("debug") << "debug" << true << true;
        QTest::newRow("info") << "info" << false << true;
        QTest::newRow("warning") << "warning" << false << false;
    }

    // The real binary writes <data dir>/logs/vigil.log as JSON lines, with what --log-level lets
    // through: the engine's info lines ("engine stopped" at exit) and the alert engine's debug
    // lines are there or not.
    void headlessLogLevelFiltersTheLogFile()
    {
        QFETCH(QString, level);
        QFETCH(bool, debugLines);
        QFETCH(bool, infoLines);
        QTemporaryDir home;
        QProcessEnvironment env = noDisplay();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("QT_LOGGING_RULES")); // it would override --log-level
        const QString data = home.filePath(QStringLiteral("data"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(kVigil, {QStringLiteral("--headless"), QStringLiteral("--data-dir"), data,
                         QStringLiteral("--log-level"), level});
        QVERIFY(p.waitForStarted());
        // Running once the alert database exists and the first samples were evaluated.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(data + QStringLiteral("/alerts.db")), 15000);
        QTest::qWait(2500);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();

        QFile file(data + QStringLiteral("/logs/vigil.log"));
        QStringList levels;
        bool stopped = false;
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                QVERIFY2(o.value(u"timestamp").isString() && o.value(u"category").isString(),
                         line.constData());
                levels.append(o.value(u"level").toString());
                stopped =
                    stopped || o.value(u"message").toString() == QLatin1String("engine stopped");
            }
        }
        QCOMPARE(levels.contains(QStringLiteral("debug")), debugLines);
        QCOMPARE(levels.contains(QStringLiteral("info")), infoLines);
        QCOMPARE(stopped, infoLines);
        // Standard error carries the same lines as text.
        QCOMPARE(err.contains("vigil: engine stopped\n"), infoLines);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
