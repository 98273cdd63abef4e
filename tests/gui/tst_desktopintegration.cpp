// Desktop integration in one GUI process (offscreen): About dialog and Copy diagnostics, the
// welcome shown exactly once, the first-run configuration, and the Start at login checkbox.
#include "GuiSession.h"
#include "MainWindow.h"
#include "desktop/AboutDialog.h"
#include "desktop/AutostartEntry.h"
#include "desktop/DesktopIntegration.h"
#include "desktop/WelcomeDialog.h"
#include "settings/ChecksSettingsPage.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/RuleTableModel.h"
#include "settings/RulesSettingsPage.h"

#include "config/Config.h"
#include "config/ConfigFile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    const auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QFile::remove(AutostartEntry::userPath());
    }

    void aboutShowsBuildAndPaths()
    {
        AboutInfo info;
        info.configPath = QStringLiteral("/home/u/.config/vigil/config.json");
        info.dataDir = QStringLiteral("/home/u/.local/share/vigil");
        info.autostartPath = QStringLiteral("/home/u/.config/autostart/x.desktop");
        info.instanceSocket = QStringLiteral("/run/user/1000/vigil.socket");
        const BuildInfo build = BuildInfo::current();
        AboutDialog about(info, build);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(build.version, QStringLiteral(VIGIL_VERSION));
        QCOMPARE(build.qtRunVersion, QString::fromLatin1(qVersion()));
        QVERIFY(!build.gitRevision.isEmpty());
        QVERIFY(!build.buildType.isEmpty());
        QVERIFY(labelText(&about, "headingLabel").contains(QStringLiteral(VIGIL_VERSION)));
        QVERIFY(labelText(&about, "versionLabel").contains(build.gitRevision));
        QVERIFY(labelText(&about, "qtLabel").contains(QString::fromLatin1(qVersion())));
        QVERIFY(labelText(&about, "compilerLabel").contains(build.compiler));
        QCOMPARE(labelText(&about, "configPathLabel"), info.configPath);
        QCOMPARE(labelText(&about, "dataPathLabel"), info.dataDir);
        QCOMPARE(labelText(&about, "autostartPathLabel"), info.autostartPath);
        QVERIFY(labelText(&about, "logLabel")
                    .startsWith(QLatin1String("/home/u/.local/share/vigil/logs/vigil.log")));
        for (const char *name : {"versionLabel", "configPathLabel", "dataPathLabel", "logLabel"})
            QVERIFY(
                !about.findChild<QLabel *>(QString::fromLatin1(name))->accessibleName().isEmpty());

        QGuiApplication::clipboard()->clear();
        auto *copy = about.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsPushButton"));
        QVERIFY(copy);
        QVERIFY(copy->text().contains(u'&')); // reachable with Alt+D
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, about.diagnostics());
        for (const QString &expected : QStringList{
                 QStringLiteral("Vigil " VIGIL_VERSION), build.gitRevision, build.compiler,
                 QStringLiteral("Qt ") + build.qtRunVersion, info.configPath, info.dataDir,
                 info.autostartPath, info.instanceSocket, QStringLiteral("Qt platform offscreen")})
            QVERIFY2(copied.contains(expected),
                     qPrintable(expected + QStringLiteral(" in\n") + copied));
        QVERIFY(!labelText(&about, "copiedLabel").isEmpty());
    }

    void helpAboutOpensTheDialog()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        GuiSession session(Config{}, QStringLiteral("/"), configPath, {}, dir.path());
        DesktopIntegration::Options options;
        options.configPath = configPath;
        options.dataDir = dir.path();
        DesktopIntegration desktop(session, options);
        auto *action = session.window()->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(desktop.aboutDialog());
        QVERIFY(desktop.aboutDialog()->isVisible());
        QCOMPARE(labelText(desktop.aboutDialog(), "configPathLabel"), configPath);
        QCOMPARE(labelText(desktop.aboutDialog(), "dataPathLabel"), dir.path());
        AboutDialog *first = desktop.aboutDialog();
        action->trigger(); // a second trigger raises the same dialog
        QCOMPARE(desktop.aboutDialog(), first);
        desktop.aboutDialog()->close();
        QTRY_VERIFY(!desktop.aboutDialog());
    }

    void firstRunWritesDefaultsAndWelcomesOnce()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("vigil/config.json"));
        {
            GuiSession session(Config{}, QStringLiteral("/"), configPath, {}, dir.path());
            DesktopIntegration::Options options;
            options.configPath = configPath;
            options.configMissing = true;
            options.dataDir = dir.path();
            DesktopIntegration desktop(session, options);
            QSignalSpy written(&desktop, &DesktopIntegration::defaultConfigWritten);
            desktop.start(false);
            QTRY_COMPARE(written.size(), 1);
            QVERIFY2(written.at(0).at(0).toBool(), qPrintable(written.at(0).at(1).toString()));
            const ConfigResult result = ConfigFile::load(configPath);
            QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
            QCOMPARE(result.config.rules, defaultAlertRules());

            WelcomeDialog *welcome = desktop.welcomeDialog();
            QVERIFY(welcome);
            QVERIFY(welcome->isVisible());
            QVERIFY(!welcome->isModal());
            QVERIFY(welcome->text().contains(configPath));
            QVERIFY(welcome->text().contains(QLatin1String("created")));
            for (const AlertRule &rule : defaultAlertRules())
                QVERIFY(welcome->text().contains(rule.name));
            QVERIFY(welcome->dontShowAgain()); // ticked by default
            welcome->close();
            QTRY_VERIFY(!desktop.welcomeDialog());
            desktop.shutdown();
        }
        // Next start: the file exists and the welcome was dismissed.
        GuiSession session(Config{}, QStringLiteral("/"), configPath, {}, dir.path());
        DesktopIntegration::Options options;
        options.configPath = configPath;
        DesktopIntegration desktop(session, options);
        desktop.start(false);
        QVERIFY(!desktop.welcomeDialog());
    }

    void welcomeComesBackWhenUnticked()
    {
        QTemporaryDir dir;
        DesktopIntegration::Options options;
        options.configPath = dir.filePath(QStringLiteral("config.json"));
        {
            GuiSession session(Config{}, QStringLiteral("/"), options.configPath, {}, dir.path());
            DesktopIntegration desktop(session, options);
            desktop.start(false);
            QVERIFY(desktop.welcomeDialog());
            auto *box = desktop.welcomeDialog()->findChild<QCheckBox *>(
                QStringLiteral("dontShowAgainCheckBox"));
            box->setChecked(false);
            desktop.shutdown(); // quit with the welcome still open
        }
        GuiSession session(Config{}, QStringLiteral("/"), options.configPath, {}, dir.path());
        DesktopIntegration desktop(session, options);
        desktop.start(true); // --minimized: waits for the window
        QVERIFY(!desktop.welcomeDialog());
        session.window()->show();
        QVERIFY(desktop.welcomeDialog());
    }

    // The screenshots in docs/: VIGIL_SCREENSHOT_DIR=docs/screenshots
    // build/tests/tst_desktopintegration screenshots. Without the variable the images go to a
    // temporary folder.
    void screenshots()
    {
        QTemporaryDir temp;
        const QString out = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR", temp.path());
        const QString home = QStringLiteral("/home/alex");
        WelcomeInfo welcome;
        welcome.configPath = home + QStringLiteral("/.config/vigil/config.json");
        welcome.configCreated = true;
        welcome.dataDir = home + QStringLiteral("/.local/share/vigil");
        for (const AlertRule &rule : defaultAlertRules())
            welcome.rules.append(rule.name);
        WelcomeDialog welcomeDialog(welcome);
        AboutInfo about;
        about.configPath = welcome.configPath;
        about.dataDir = welcome.dataDir;
        about.autostartPath = home + QStringLiteral("/.config/autostart/" VIGIL_APP_ID ".desktop");
        AboutDialog aboutDialog(about, BuildInfo::current());
        const std::pair<QDialog *, QString> shots[] = {
            {&welcomeDialog, QStringLiteral("welcome.png")},
            {&aboutDialog, QStringLiteral("about.png")}};
        for (const auto &[dialog, name] : shots) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QPixmap image = dialog->grab();
            QCOMPARE(image.size(), dialog->size());
            QVERIFY(image.save(QDir(out).filePath(name)));
        }
    }

    void settingsTablesExplainWhenEmpty()
    {
        RuleTableModel rules;
        RulesSettingsPage rulesPage(&rules);
        Config config;
        config.rules.clear();
        config.checks.clear();
        rulesPage.load(config);
        rulesPage.resize(600, 400);
        rulesPage.show();
        auto *rulesEmpty = rulesPage.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY(rulesEmpty);
        QVERIFY(rulesEmpty->isVisible());
        QVERIFY(rulesEmpty->text().contains(QLatin1String("No alert rules")));
        rulesPage.load(Config{}); // the shipped rules
        QVERIFY(!rulesEmpty->isVisible());

        ChecksSettingsPage checksPage;
        checksPage.load(config);
        checksPage.resize(600, 400);
        checksPage.show();
        auto *checksEmpty = checksPage.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY(checksEmpty);
        QVERIFY(checksEmpty->isVisible());
        QVERIFY(checksEmpty->text().contains(QLatin1String("No service checks")));
    }

    void startAtLoginFollowsTheFile()
    {
        const QString path = AutostartEntry::userPath();
        {
            RuleTableModel rules;
            GeneralSettingsPage page(&rules);
            auto *box = page.findChild<QCheckBox *>(QStringLiteral("startAtLoginCheckBox"));
            QVERIFY(box);
            QVERIFY(!box->accessibleName().isEmpty());
            QTRY_VERIFY(box->isEnabled()); // read on the thread pool
            QVERIFY(!box->isChecked());
            box->click();
            QTRY_VERIFY(box->isEnabled());
            QVERIFY(box->isChecked());
            QVERIFY(QFile::exists(path));
            QVERIFY(AutostartEntry::read(path, {}).enabled);
            QVERIFY(labelText(&page, "startAtLoginStatusLabel").contains(path));
        }
        {
            // A new page reads the real state: on.
            RuleTableModel rules;
            GeneralSettingsPage page(&rules);
            auto *box = page.findChild<QCheckBox *>(QStringLiteral("startAtLoginCheckBox"));
            QTRY_VERIFY(box->isEnabled());
            QVERIFY(box->isChecked());
            box->click();
            QTRY_VERIFY(box->isEnabled());
            QVERIFY(!box->isChecked());
            QVERIFY(!QFile::exists(path));
        }
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
