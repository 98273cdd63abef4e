// The settings round trip through the real session wiring: the dialog opened from the menu,
// a threshold typed in, OK pressed; the engine must use the new rule at once and the file on
// disk must hold it (written on the storage thread).
#include "GuiSession.h"
#include "MainWindow.h"
#include "config/ConfigFile.h"
#include "engine/Engine.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

std::optional<double> cpuWarning(const Config &config)
{
    for (const AlertRule &r : config.rules) {
        if (r.name == QLatin1String("cpu_high"))
            return r.warning;
    }
    return std::nullopt;
}

SettingsDialog *openSettings(GuiSession &session)
{
    session.window()->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    return session.window()->findChild<SettingsDialog *>();
}

void setCpuWarningAndPressOk(SettingsDialog *dialog, const QString &value)
{
    auto *spin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("cpuWarningSpinBox"));
    QVERIFY(spin);
    spin->setFocus(Qt::TabFocusReason);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, value);
    QTest::keyClick(spin, Qt::Key_Tab);
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestSettingsFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void okAppliesToTheEngineAndTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        GuiSession session(Config(), QStringLiteral("/"), path, QString(),
                           dir.filePath(QStringLiteral("data")));
        session.start(false);
        SettingsDialog *dialog = openSettings(session);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        setCpuWarningAndPressOk(dialog, QStringLiteral("72"));

        QCOMPARE(cpuWarning(session.engine()->config()), 72.0); // at once, no restart
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.window()->findChild<SettingsDialog *>(),
                                 10000); // closed after saving
        const ConfigResult saved = ConfigFile::load(path);
        QVERIFY2(saved.ok(), qPrintable(saved.errors.join(u'\n')));
        QCOMPARE(cpuWarning(saved.config), 72.0);
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        session.shutdown();
    }

    void savingOverAnUnreadableFileKeepsItAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"sampling\": { \"interval\": \"fast\" } }");
        broken.close();
        GuiSession session(Config(), QStringLiteral("/"), path,
                           QStringLiteral("sampling.interval: expected a duration"),
                           dir.filePath(QStringLiteral("data")));
        session.start(false);
        QVERIFY(session.window()->isBannerShown());
        SettingsDialog *dialog = openSettings(session);
        QVERIFY(dialog);
        setCpuWarningAndPressOk(dialog, QStringLiteral("75")); // above the 70 % clear threshold
        QTRY_VERIFY_WITH_TIMEOUT(ConfigFile::load(path).ok(), 10000);
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("config.json.broken-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("\"fast\"")); // the user's text survives
        session.shutdown();
    }
};

QTEST_MAIN(TestSettingsFlow)
#include "tst_settingsflow.moc"
