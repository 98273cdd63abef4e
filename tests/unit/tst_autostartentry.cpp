// The XDG autostart entry: written, read back, removed or hidden, and valid for the real
// desktop-file-validate.
#include "desktop/AutostartEntry.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void userPathIsUnderTheConfigHome()
    {
        QCOMPARE(AutostartEntry::userPath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                     QStringLiteral("/autostart/io.github.vigilmonitor.vigil.desktop"));
    }

    void execLineQuotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain path") << QStringLiteral("/opt/vigil/bin/vigil")
                                    << QStringLiteral("/opt/vigil/bin/vigil --minimized");
        QTest::newRow("space") << QStringLiteral("/home/a b/vigil")
                               << QStringLiteral("\"/home/a b/vigil\" --minimized");
        QTest::newRow("dollar and quote") << QStringLiteral("/tmp/$x\"y/vigil")
                                          << QStringLiteral("\"/tmp/\\$x\\\"y/vigil\" --minimized");
        QTest::newRow("percent") << QStringLiteral("/tmp/100%/vigil")
                                 << QStringLiteral("/tmp/100%%/vigil --minimized");
    }

    void execLineQuotesWhatNeedsIt()
    {
        QFETCH(QString, program);
        QFETCH(QString, exec);
        QCOMPARE(AutostartEntry::execLine(program), exec);
    }

    void execLineIsTheBareNameWhenPathFindsIt()
    {
        QTemporaryDir bin;
        const QString program = bin.filePath(QStringLiteral("vigil"));
        writeFile(program, "#!/bin/sh\n");
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
        const QString exec = AutostartEntry::execLine(program);
        qputenv("PATH", oldPath);
        QCOMPARE(exec, QStringLiteral("vigil --minimized"));
    }

    void contentsPassDesktopFileValidate_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("locale");
        QTest::newRow("plain") << QStringLiteral("/usr/bin/vigil") << QString();
        QTest::newRow("quoted, German comment")
            << QStringLiteral("/home/a b/vigil") << QStringLiteral("de_DE");
    }

    void contentsPassDesktopFileValidate()
    {
        QFETCH(QString, program);
        QFETCH(QString, locale);
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QFAIL("desktop-file-validate is missing: scripts/test installs desktop-file-utils");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("io.github.vigilmonitor.vigil.desktop"));
        const QByteArray text = AutostartEntry::contents(
            program, locale,
            locale.isEmpty() ? QString() : QStringLiteral("Vigil beim Anmelden starten"));
        QVERIFY(text.contains("--minimized"));
        QVERIFY(text.contains("X-GNOME-Autostart-enabled=true"));
        QVERIFY(AutostartEntry::enable(path, text).error.isEmpty());
        QProcess p;
        p.start(validator, {path});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0 && out.isEmpty(), out.constData());
    }

    void enableThenDisable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autostart/vigil.desktop"));
        QVERIFY(!AutostartEntry::read(path, {}).enabled);
        const AutostartEntry::State on = AutostartEntry::enable(
            path, AutostartEntry::contents(QStringLiteral("/usr/bin/vigil")));
        QVERIFY2(on.error.isEmpty(), qPrintable(on.error));
        QVERIFY(on.enabled);
        QVERIFY(QFile::exists(path)); // the autostart folder was created
        QCOMPARE(QFile::permissions(path) & QFile::WriteOther, QFile::Permissions());
        QVERIFY(AutostartEntry::read(path, {}).enabled);

        const AutostartEntry::State off = AutostartEntry::disable(path, {});
        QVERIFY2(off.error.isEmpty(), qPrintable(off.error));
        QVERIFY(!off.enabled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!AutostartEntry::read(path, {}).enabled);
        QVERIFY(AutostartEntry::disable(path, {}).error.isEmpty()); // nothing to remove: fine
    }

    void switchedOffEntriesDoNotStart_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<bool>("starts");
        QTest::newRow("plain") << QByteArray("[Desktop Entry]\nType=Application\nExec=vigil\n")
                               << true;
        QTest::newRow("Hidden") << QByteArray("[Desktop Entry]\nHidden=true\n") << false;
        QTest::newRow("GNOME switch")
            << QByteArray("[Desktop Entry]\nX-GNOME-Autostart-enabled=false\n") << false;
        QTest::newRow("other group")
            << QByteArray("[Desktop Entry]\nExec=vigil\n[Desktop Action x]\n"
                          "Hidden=true\n")
            << true;
    }

    void switchedOffEntriesDoNotStart()
    {
        QFETCH(QByteArray, entry);
        QFETCH(bool, starts);
        QCOMPARE(AutostartEntry::startsAtLogin(entry), starts);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vigil.desktop"));
        writeFile(path, entry);
        QCOMPARE(AutostartEntry::read(path, {}).enabled, starts);
    }

    void systemEntryIsHiddenNotRemoved()
    {
        QTemporaryDir dir;
        const QString system = dir.filePath(QStringLiteral("etc-xdg-vigil.desktop"));
        writeFile(system,
                  "[Desktop Entry]\nType=Application\nName=Vigil\nExec=vigil --minimized\n");
        const QString user = dir.filePath(QStringLiteral("user/vigil.desktop"));
        QVERIFY(AutostartEntry::read(user, {system}).enabled); // the system entry starts it

        const AutostartEntry::State off = AutostartEntry::disable(user, {system});
        QVERIFY2(off.error.isEmpty(), qPrintable(off.error));
        QVERIFY(!off.enabled);
        QVERIFY(readAll(user).contains("Hidden=true"));
        QVERIFY(QFile::exists(system));
        QVERIFY(!AutostartEntry::read(user, {system}).enabled);
    }

    void unwritableLocationIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("autostart"));
        writeFile(blocker, "a file where the folder should be");
        const AutostartEntry::State s =
            AutostartEntry::enable(blocker + QStringLiteral("/vigil.desktop"), "[Desktop Entry]\n");
        QVERIFY(!s.enabled);
        QVERIFY2(s.error.contains(blocker), qPrintable(s.error));
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
