// Single instance, first run and the welcome, through the real vigil binary: each test starts
// vigil (offscreen) with private XDG directories, then a second vigil against it.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString kVigil = QStringLiteral(VIGIL_BINARY_DIR "/bin/vigil");
const QString kFixture = QStringLiteral(VIGIL_FIXTURES_DIR "/collect/vm-2core");
const QString kSocketName = QStringLiteral("io.github.vigilmonitor.vigil.socket");
const QString kLockName = QStringLiteral("io.github.vigilmonitor.vigil.lock");

// A private desktop user: runtime dir (0700), config, data and home under one temporary folder.
struct Home
{
    QTemporaryDir dir;
    QString runtime() const { return dir.filePath(QStringLiteral("run")); }
    QString config() const { return dir.filePath(QStringLiteral("config")); }
    QString configFile() const { return config() + QStringLiteral("/vigil/config.json"); }

    Home()
    {
        QDir().mkpath(runtime());
        QFile::setPermissions(runtime(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // and no session bus: nothing outside this test
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("VIGIL_TRAY_WAIT_SECONDS"), QStringLiteral("1"));
        return env;
    }
};

// A vigil that keeps running; its stderr is collected as it comes.
class Running
{
public:
    Running(const Home &home, const QStringList &args = {})
    {
        m_process.setProcessEnvironment(home.env());
        m_process.start(kVigil, args);
    }
    ~Running()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    qint64 pid() const { return m_process.processId(); }
    bool waitForLog(const QByteArray &needle, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_err.contains(needle) && m_process.state() != QProcess::NotRunning &&
               timer.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(100);
            m_err += m_process.readAllStandardError();
        }
        m_err += m_process.readAllStandardError();
        return m_err.contains(needle);
    }
    const QByteArray &log() const { return m_err; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // SIGTERM, as at logout; the exit code (or -1 when it did not exit normally).
    int terminate()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(20000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_err += m_process.readAllStandardError();
        return m_process.exitCode();
    }
    void crash()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(20000);
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const Home &home, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(home.env());
    p.start(kVigil, args);
    Run r;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// What a second launch prints when it handed over to pid.
QByteArray alreadyRunning(qint64 pid)
{
    return QByteArray("already running (pid ").append(QByteArray::number(pid));
}

} // namespace

class TestDesktopInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchRaisesTheFirst()
    {
        Home home;
        Running first(home);
        QVERIFY2(first.waitForLog("engine started"), first.log().constData());
        QVERIFY(QFile::exists(home.runtime() + u'/' + kSocketName));

        const Run second = run(home, {});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(alreadyRunning(first.pid())), second.out.constData());
        QVERIFY(second.out.contains("its window was brought forward"));
        QVERIFY2(!second.err.contains("engine started"), second.err.constData()); // no collector
        QVERIFY2(first.waitForLog("window raised for pid"), first.log().constData());
        QVERIFY(first.log().contains("asked to show the window"));
        QVERIFY(first.isRunning());
        QCOMPARE(first.log().count("engine started"), 1);
        QCOMPARE(first.terminate(), 0);
        QVERIFY(!QFile::exists(home.runtime() + u'/' + kSocketName));
        QVERIFY(!QFile::exists(home.runtime() + u'/' + kLockName));
    }

    void minimizedSecondLaunchDoesNothingVisible()
    {
        Home home;
        Running first(home);
        QVERIFY2(first.waitForLog("engine started"), first.log().constData());
        const Run second = run(home, {QStringLiteral("--minimized")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("nothing to do"), second.out.constData());
        QVERIFY2(first.waitForLog("asked for nothing (--minimized)"), first.log().constData());
        QVERIFY(!first.log().contains("window raised"));
        QCOMPARE(first.terminate(), 0);
    }

    void otherModesAreNotAffected()
    {
        Home home;
        Running first(home);
        QVERIFY2(first.waitForLog("engine started"), first.log().constData());

        const Run version = run(home, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("vigil " VIGIL_VERSION "\n"));
        const Run help = run(home, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--minimized"));
        const Run report = run(home, {QStringLiteral("--report"), QStringLiteral("--json"),
                                      QStringLiteral("--root"), kFixture});
        QVERIFY2(report.exitCode >= 0 && report.exitCode <= 2, report.err.constData());
        QVERIFY(QJsonDocument::fromJson(report.out).isObject());

        Running headless(home, {QStringLiteral("--headless")});
        QVERIFY2(headless.waitForLog("running headless"), headless.log().constData());
        QVERIFY(!headless.log().contains("already running"));
        QCOMPARE(headless.terminate(), 0);
        QVERIFY(!first.log().contains("a second launch"));
        QCOMPARE(first.terminate(), 0);
    }

    void crashedInstanceLeavesNoObstacle()
    {
        Home home;
        const QString socket = home.runtime() + u'/' + kSocketName;
        {
            Running crashed(home);
            QVERIFY2(crashed.waitForLog("engine started"), crashed.log().constData());
            crashed.crash();
        }
        QVERIFY(QFile::exists(socket)); // left behind, with the lock of a dead pid
        QVERIFY(QFile::exists(home.runtime() + u'/' + kLockName));

        Running next(home);
        QVERIFY2(next.waitForLog("single instance: listening"), next.log().constData());
        QVERIFY(next.log().contains("removing the stale instance socket"));
        QVERIFY2(next.waitForLog("engine started"), next.log().constData());
        const Run third = run(home, {});
        QCOMPARE(third.exitCode, 0);
        QVERIFY2(third.out.contains(alreadyRunning(next.pid())), third.out.constData());
        QVERIFY2(next.waitForLog("window raised"), next.log().constData());
        QCOMPARE(next.terminate(), 0);
    }

    void firstRunWritesDefaultsAndWelcomesOnce()
    {
        Home home;
        QVERIFY(!QFile::exists(home.configFile()));
        {
            Running first(home);
            QVERIFY2(first.waitForLog("wrote the default configuration"), first.log().constData());
            QVERIFY(first.log().contains("showing the welcome dialog"));
            QCOMPARE(first.terminate(), 0);
        }
        QFile file(home.configFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        file.close();
        QStringList rules;
        for (const QJsonValue &rule :
             QJsonDocument::fromJson(written).object().value(QLatin1String("rules")).toArray())
            rules.append(rule.toObject().value(QLatin1String("name")).toString());
        // defaultAlertRules(), as the settings dialog shows them.
        QCOMPARE(rules,
                 (QStringList{QStringLiteral("cpu_high"), QStringLiteral("memory_high"),
                              QStringLiteral("filesystem_full"), QStringLiteral("check_failing")}));
        QCOMPARE(QFile::permissions(home.configFile()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        Running again(home);
        QVERIFY2(again.waitForLog("the welcome was dismissed in an earlier run"),
                 again.log().constData());
        QVERIFY(!again.log().contains("showing the welcome dialog"));
        QVERIFY(!again.log().contains("wrote the default configuration"));
        QCOMPARE(again.terminate(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), written); // left alone
    }
};

QTEST_GUILESS_MAIN(TestDesktopInstance)
#include "tst_desktop_instance.moc"
