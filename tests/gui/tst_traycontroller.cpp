#include "TrayController.h"

#include "FakeClock.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <chrono>

using namespace vigil;
using namespace std::chrono_literals;

namespace {

QAction *menuAction(const TrayController &tray, const QString &prefix)
{
    const QList<QAction *> actions = tray.menu()->actions();
    for (QAction *action : actions) {
        if (QString(action->text()).remove(u'&').startsWith(prefix))
            return action;
    }
    return nullptr;
}

HealthReport healthy()
{
    HealthReport h;
    h.status = Severity::Healthy;
    return h;
}

Alert firingAlert(const QString &rule, Severity severity, const QString &silencedBy = {})
{
    Alert a;
    a.fingerprint = rule;
    a.rule = rule;
    a.state = AlertState::Firing;
    a.severity = severity;
    a.value = 97;
    a.summary = rule + QStringLiteral(" is ") + severityName(severity);
    a.silencedBy = silencedBy;
    return a;
}

} // namespace

// Under the offscreen platform there is no tray; the controller must still end its wait,
// create the icon, and report that no tray is available (so closing the window quits).
class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale::c());
    }

    void givesUpWaitingAndReportsNoTray()
    {
        TrayController tray;
        QSignalSpy created(&tray, &TrayController::iconCreated);
        tray.start(3, 20);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(created.at(0).at(0).toBool(), false);
        QVERIFY(tray.hasIcon());
        QVERIFY(!tray.isAvailable());
    }

    void toolTipFollowsHealth()
    {
        TrayController tray;
        HealthReport h;
        h.status = Severity::Warning;
        h.findings.append({QStringLiteral("cpu_high"),
                           SeriesId(QStringLiteral("cpu_usage_percent")), 85, 80, Severity::Warning,
                           QStringLiteral("CPU at 85.0 % (warning threshold 80 %)")});
        tray.setHealth(h);
        QCOMPARE(tray.toolTip(),
                 QStringLiteral("Vigil: warning\nCPU at 85.0 % (warning threshold 80 %)"));
    }

    void alertCountsSetColourAndToolTip_data()
    {
        QTest::addColumn<int>("critical");
        QTest::addColumn<int>("warning");
        QTest::addColumn<int>("silenced");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<Severity>("status");
        QTest::addColumn<QString>("toolTip");

        QTest::newRow("mixed") << 2 << 1 << 1 << QStringLiteral("CPU at 97 %") << Severity::Critical
                               << QStringLiteral("Vigil: critical\n2 critical, 1 warning, 1 "
                                                 "silenced\nCPU at 97 %");
        QTest::newRow("warning") << 0 << 3 << 0 << QStringLiteral("Disk / at 85 %")
                                 << Severity::Warning
                                 << QStringLiteral("Vigil: warning\n3 warning\nDisk / at 85 %");
        // Silenced alerts stay visible in the tooltip but do not colour the icon.
        QTest::newRow("only silenced")
            << 0 << 0 << 2 << QString() << Severity::Healthy
            << QStringLiteral("Vigil: healthy\n2 silenced\nAll values below their warning "
                              "thresholds");
        QTest::newRow("none") << 0 << 0 << 0 << QString() << Severity::Healthy
                              << QStringLiteral(
                                     "Vigil: healthy\nAll values below their warning thresholds");
    }

    void alertCountsSetColourAndToolTip()
    {
        QFETCH(int, critical);
        QFETCH(int, warning);
        QFETCH(int, silenced);
        QFETCH(QString, headline);
        QFETCH(Severity, status);
        QFETCH(QString, toolTip);
        TrayController tray;
        tray.setHealth(healthy());
        tray.setAlertSummary(critical, warning, silenced, headline);
        QCOMPARE(tray.status(), status);
        QCOMPARE(tray.toolTip(), toolTip);
    }

    void countsFiringAlertsFromTheList()
    {
        TrayController tray;
        tray.setHealth(healthy());
        Alert pending = firingAlert(QStringLiteral("mem_high"), Severity::Critical);
        pending.state = AlertState::Pending;
        tray.setAlerts({firingAlert(QStringLiteral("disk_full"), Severity::Warning), pending,
                        firingAlert(QStringLiteral("cpu_high"), Severity::Critical),
                        firingAlert(QStringLiteral("load_high"), Severity::Critical,
                                    QStringLiteral("silence-1"))});
        QCOMPARE(tray.status(), Severity::Critical);
        QCOMPARE(tray.toolTip(), QStringLiteral("Vigil: critical\n1 critical, 1 warning, 1 "
                                                "silenced\ncpu_high is critical"));
        tray.setAlerts({});
        QCOMPARE(tray.status(), Severity::Healthy);
    }

    void pauseMenuEntryPausesAndResumes()
    {
        FakeClock clock; // 2026-11-21T09:40:00Z
        TrayController tray(clock);
        QSignalSpy pause(&tray, &TrayController::pauseRequested);
        QAction *action = menuAction(tray, QStringLiteral("Pause notifications for 1 hour"));
        QVERIFY(action);

        action->trigger();
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.at(0).at(0).toLongLong(), clock.nowMs() + 3600 * 1000);
        QVERIFY(tray.isPaused());
        QCOMPARE(action->text(), QStringLiteral("Resume notifications (paused until 10:40:00)"));
        QVERIFY(tray.toolTip().endsWith(QStringLiteral("\nNotifications paused until 10:40:00")));

        action->trigger();
        QCOMPARE(pause.size(), 2);
        QCOMPARE(pause.at(1).at(0).toLongLong(), 0);
        QVERIFY(!tray.isPaused());
        QCOMPARE(action->text(), QStringLiteral("Pause notifications for 1 hour"));
        QVERIFY(!tray.toolTip().contains(QStringLiteral("paused")));
    }

    void pauseExpiresByItself()
    {
        FakeClock clock;
        TrayController tray(clock);
        QAction *action = menuAction(tray, QStringLiteral("Pause notifications"));
        QVERIFY(action);
        tray.setPausedUntil(clock.nowMs() + 20);
        QVERIFY(action->text().startsWith(QStringLiteral("Resume notifications")));
        clock.advance(30ms);
        QTRY_COMPARE(action->text(), QStringLiteral("Pause notifications for 1 hour"));
        QVERIFY(!tray.isPaused());
        tray.setPausedUntil(clock.nowMs() - 1); // already over: nothing to show
        QCOMPARE(action->text(), QStringLiteral("Pause notifications for 1 hour"));
    }

    void menuRequestsWindowAlertsAndQuit()
    {
        TrayController tray;
        QSignalSpy toggle(&tray, &TrayController::toggleWindowRequested);
        QSignalSpy alerts(&tray, &TrayController::showAlertsRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        tray.setWindowShown(false);
        QAction *show = menuAction(tray, QStringLiteral("Show Vigil"));
        QVERIFY(show);
        show->trigger();
        menuAction(tray, QStringLiteral("Show alerts"))->trigger();
        QCOMPARE(toggle.size(), 1);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(quit.size(), 0);
        menuAction(tray, QStringLiteral("Quit"))->trigger();
        QCOMPARE(quit.size(), 1);
        tray.setWindowShown(true);
        QVERIFY(menuAction(tray, QStringLiteral("Hide Vigil")));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
