#include "TrayController.h"

#include <QSignalSpy>
#include <QTest>

using namespace vigil;

// Under the offscreen platform there is no tray; the controller must still end its wait,
// create the icon, and report that no tray is available (so closing the window quits).
class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
