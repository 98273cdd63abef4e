#include "DesktopNotifier.h"

#include "FakeClock.h"
#include "NotificationServerMock.h"

#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vigil;

namespace {

const QString kCapsWithActions = QStringLiteral("body actions");
// dbusmock's default: no actions, but body-markup.
const QString kCapsDefault = QString();

AlertEvent makeEvent(const QString &fingerprint, AlertEventKind kind,
                     Severity severity = Severity::Critical)
{
    AlertEvent e;
    e.timeMs = 1795254062000; // 2026-11-21T09:41:02Z
    e.kind = kind;
    e.fingerprint = fingerprint;
    e.rule = QStringLiteral("cpu_high");
    e.labels = {{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
                {QStringLiteral("cpu"), QStringLiteral("total")}};
    e.fromSeverity = severity;
    e.toSeverity = severity;
    e.fromState = kind == AlertEventKind::Firing ? AlertState::Pending : AlertState::Firing;
    e.toState = kind == AlertEventKind::Resolved ? AlertState::Inactive : AlertState::Firing;
    e.value = 97.3;
    e.threshold = 95;
    e.firingSinceMs = 1795253601000; // 09:33:21Z
    e.summary = QStringLiteral("CPU at 97.3 %");
    e.notify = true;
    return e;
}

} // namespace

// DesktopNotifier against python3-dbusmock's notification_daemon template, on the private
// session bus without service activation that CTest runs this test in (tests/gui/notify.cmake).
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    NotificationServerMock m_mock;

    QList<NotificationServerMock::NotifyCall> notifyCalls() const { return m_mock.notifyCalls(); }

    void emitServerSignal(const QString &name, const QString &signature, const QVariantList &args)
    {
        QVERIFY(m_mock.emitSignal(name, signature, args));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale::c());
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run under dbus-run-session (see tests/gui/notify.cmake)");
        QVERIFY2(!m_mock.isRegistered(), "a notification server is already on this bus");
    }

    void cleanup() { QVERIFY(m_mock.stop()); }

    void rendersTitleAndBody_data()
    {
        QTest::addColumn<AlertEventKind>("kind");
        QTest::addColumn<Severity>("from");
        QTest::addColumn<Severity>("to");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("detail");

        const QString firing = QStringLiteral("Value 97.3 (threshold 95), firing since 09:33:21");
        QTest::newRow("firing") << AlertEventKind::Firing << Severity::Critical
                                << Severity::Critical << "[FIRING] cpu_high (critical)" << firing;
        QTest::newRow("escalated")
            << AlertEventKind::Escalated << Severity::Warning << Severity::Critical
            << "[FIRING] cpu_high (critical, was warning)" << firing;
        QTest::newRow("repeat") << AlertEventKind::Repeat << Severity::Warning << Severity::Warning
                                << "[FIRING] cpu_high (warning)"
                                << QStringLiteral("Still firing. ") + firing;
        QTest::newRow("resolved") << AlertEventKind::Resolved << Severity::Critical
                                  << Severity::Critical << "Resolved: cpu_high"
                                  << "Value 97.3, resolved after 7m 41s (firing since 09:33:21)";
    }

    void rendersTitleAndBody()
    {
        QFETCH(AlertEventKind, kind);
        QFETCH(Severity, from);
        QFETCH(Severity, to);
        QFETCH(QString, title);
        QFETCH(QString, detail);
        AlertEvent e = makeEvent(QStringLiteral("a1"), kind);
        e.fromSeverity = from;
        e.toSeverity = to;
        QCOMPARE(DesktopNotifier::title(e), title);
        QCOMPARE(DesktopNotifier::body(e), QStringLiteral("CPU at 97.3 %\n") + detail);
        // Without a summary template the labels tell instances apart.
        e.summary.clear();
        QCOMPARE(DesktopNotifier::body(e), QStringLiteral("cpu_high cpu=total\n") + detail);
    }

    void sendsNotifyArguments_data()
    {
        QTest::addColumn<AlertEventKind>("kind");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<int>("urgency");
        QTest::addColumn<int>("expireMs");

        QTest::newRow("critical firing: urgent, persistent")
            << AlertEventKind::Firing << Severity::Critical << 2 << 0;
        QTest::newRow("warning firing") << AlertEventKind::Firing << Severity::Warning << 1 << -1;
        QTest::newRow("escalated to critical")
            << AlertEventKind::Escalated << Severity::Critical << 2 << 0;
        QTest::newRow("repeat warning") << AlertEventKind::Repeat << Severity::Warning << 1 << -1;
        QTest::newRow("resolved: low") << AlertEventKind::Resolved << Severity::Critical << 0 << -1;
    }

    void sendsNotifyArguments()
    {
        QFETCH(AlertEventKind, kind);
        QFETCH(Severity, severity);
        QFETCH(int, urgency);
        QFETCH(int, expireMs);
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        const AlertEvent event = makeEvent(QStringLiteral("c6b314f6bb6a3fde"), kind, severity);
        QVERIFY(notifier.notify(event));

        QTRY_COMPARE(notifyCalls().size(), 1);
        const NotificationServerMock::NotifyCall c = notifyCalls().constFirst();
        QCOMPARE(c.appName, QStringLiteral("Vigil"));
        QCOMPARE(c.replacesId, 0u);
        QCOMPARE(c.icon, QStringLiteral(VIGIL_APP_ID));
        QCOMPARE(c.summary, DesktopNotifier::title(event));
        QCOMPARE(c.body, DesktopNotifier::body(event));
        QCOMPARE(c.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
        // The spec wants a byte; an int is ignored or rejected by real servers.
        const QVariant u = c.hints.value(QStringLiteral("urgency"));
        QCOMPARE(u.metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(int(u.value<uchar>()), urgency);
        QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral(VIGIL_APP_ID));
        QCOMPARE(c.hints.value(QStringLiteral("category")).toString(), QStringLiteral("device"));
        QCOMPARE(c.expireMs, expireMs);
        QTRY_COMPARE(notifier.notificationId(event.fingerprint), 1u);
    }

    void reusesIdForTheSameAlert()
    {
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Firing)));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("a1")) != 0);
        const uint first = notifier.notificationId(QStringLiteral("a1"));
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("b2"), AlertEventKind::Firing)));
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Resolved)));

        QTRY_COMPARE(notifyCalls().size(), 3);
        const auto calls = notifyCalls();
        QCOMPARE(calls.at(1).replacesId, 0u); // another alert: its own popup
        QCOMPARE(calls.at(2).summary, QStringLiteral("Resolved: cpu_high"));
        QCOMPARE(calls.at(2).replacesId, first);
    }

    void newerEventSupersedesUnsentOne()
    {
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        QTRY_VERIFY(notifier.capabilitiesKnown());
        // The first goes out; the others wait for its reply, and only the newest is kept.
        const QString fp = QStringLiteral("a1");
        QVERIFY(notifier.notify(makeEvent(fp, AlertEventKind::Firing, Severity::Warning)));
        QVERIFY(notifier.notify(makeEvent(fp, AlertEventKind::Escalated, Severity::Critical)));
        QVERIFY(notifier.notify(makeEvent(fp, AlertEventKind::Resolved, Severity::Critical)));
        QTRY_COMPARE(notifyCalls().size(), 2);
        // A later event of another alert arrives after everything queued before it.
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("b2"), AlertEventKind::Firing)));
        QTRY_COMPARE(notifyCalls().size(), 3);
        const auto calls = notifyCalls();
        QCOMPARE(calls.at(0).summary, QStringLiteral("[FIRING] cpu_high (warning)"));
        QCOMPARE(calls.at(1).summary, QStringLiteral("Resolved: cpu_high"));
        QCOMPARE(calls.at(1).replacesId, notifier.notificationId(fp));
        QVERIFY(calls.at(1).replacesId != 0);
    }

    void actionsAndMarkupFollowCapabilities()
    {
        QVERIFY(m_mock.start(kCapsDefault)); // no "actions", but "body-markup"
        DesktopNotifier notifier;
        QTRY_VERIFY(notifier.capabilitiesKnown());
        QVERIFY(!notifier.capabilities().contains(QStringLiteral("actions")));
        AlertEvent e = makeEvent(QStringLiteral("a1"), AlertEventKind::Firing);
        e.summary = QStringLiteral("free < 10 % & falling");
        QVERIFY(notifier.notify(e));
        QTRY_COMPARE(notifyCalls().size(), 1);
        QCOMPARE(notifyCalls().constFirst().actions, QStringList());
        QVERIFY(notifyCalls().constFirst().body.startsWith(
            QStringLiteral("free &lt; 10 % &amp; falling\n")));
    }

    void serverRestartForgetsIdsAndRereadsCapabilities()
    {
        QVERIFY(m_mock.start(kCapsDefault));
        DesktopNotifier notifier;
        QSignalSpy capsChanged(&notifier, &DesktopNotifier::capabilitiesChanged);
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Firing)));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("a1")) != 0);

        QVERIFY(m_mock.stop());
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("a1")), 0u);
        QVERIFY(m_mock.start(kCapsWithActions));
        QTRY_VERIFY(notifier.capabilities().contains(QStringLiteral("actions")));
        QCOMPARE(capsChanged.size(), 2);

        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Resolved)));
        QTRY_COMPARE(notifyCalls().size(), 1);
        QCOMPARE(notifyCalls().constFirst().replacesId, 0u); // the old id died with its server
        QCOMPARE(notifyCalls().constFirst().actions.value(0), QStringLiteral("default"));
    }

    void clickActivatesTheAlert()
    {
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::alertActivated);
        QVERIFY(
            notifier.notify(makeEvent(QStringLiteral("c6b314f6bb6a3fde"), AlertEventKind::Firing)));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("c6b314f6bb6a3fde")) != 0);
        const uint id = notifier.notificationId(QStringLiteral("c6b314f6bb6a3fde"));

        // Another application's notification, and another action key of ours: ignored.
        emitServerSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                         {id + 100, QStringLiteral("default")});
        emitServerSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                         {id, QStringLiteral("other")});
        emitServerSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"),
                         {id, QStringLiteral("default")});
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("c6b314f6bb6a3fde"));
    }

    void closedNotificationIsForgotten()
    {
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Firing)));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("a1")) != 0);
        const uint id = notifier.notificationId(QStringLiteral("a1"));

        emitServerSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"),
                         {id + 100, 2u}); // not ours
        emitServerSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"), {id, 2u});
        QTRY_COMPARE(notifier.notificationId(QStringLiteral("a1")), 0u);

        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Resolved)));
        QTRY_COMPARE(notifyCalls().size(), 2);
        QCOMPARE(notifyCalls().at(1).replacesId, 0u); // a dismissed popup is not brought back
    }

    void filters_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<Severity>("minimum");
        QTest::addColumn<qint64>("pausedForMs"); // relative to now; <= 0: not paused
        QTest::addColumn<AlertEventKind>("kind");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<bool>("notifyFlag");
        QTest::addColumn<bool>("accepted");

        using K = AlertEventKind;
        const Severity W = Severity::Warning;
        const Severity C = Severity::Critical;
        QTest::newRow("firing warning") << true << W << 0LL << K::Firing << W << true << true;
        QTest::newRow("disabled") << false << W << 0LL << K::Firing << C << true << false;
        QTest::newRow("paused") << true << W << 3600000LL << K::Firing << C << true << false;
        QTest::newRow("pause over") << true << W << -1LL << K::Firing << C << true << true;
        QTest::newRow("below minimum") << true << C << 0LL << K::Firing << W << true << false;
        QTest::newRow("at minimum") << true << C << 0LL << K::Escalated << C << true << true;
        QTest::newRow("resolved, never shown")
            << true << C << 0LL << K::Resolved << W << true << false;
        QTest::newRow("pending") << true << W << 0LL << K::Pending << C << true << false;
        QTest::newRow("acknowledged") << true << W << 0LL << K::Acknowledged << C << true << false;
        QTest::newRow("not for channels (silenced)")
            << true << W << 0LL << K::Firing << C << false << false;
    }

    void filters()
    {
        QFETCH(bool, enabled);
        QFETCH(Severity, minimum);
        QFETCH(qint64, pausedForMs);
        QFETCH(AlertEventKind, kind);
        QFETCH(Severity, severity);
        QFETCH(bool, notifyFlag);
        QFETCH(bool, accepted);
        QVERIFY(m_mock.start(kCapsWithActions));
        FakeClock clock;
        DesktopNotifier notifier(QDBusConnection::sessionBus(), clock);
        notifier.setEnabled(enabled);
        notifier.setMinimumSeverity(minimum);
        if (pausedForMs != 0)
            notifier.setPausedUntil(clock.nowMs() + pausedForMs);
        AlertEvent e = makeEvent(QStringLiteral("a1"), kind, severity);
        e.notify = notifyFlag;
        QCOMPARE(notifier.notify(e), accepted);

        // A sentinel sent afterwards is the only call when the event was dropped.
        notifier.setEnabled(true);
        notifier.setMinimumSeverity(Severity::Warning);
        notifier.setPausedUntil(0);
        AlertEvent sentinel = makeEvent(QStringLiteral("sentinel"), AlertEventKind::Firing);
        sentinel.rule = QStringLiteral("sentinel");
        QVERIFY(notifier.notify(sentinel));
        QTRY_COMPARE(notifyCalls().size(), accepted ? 2 : 1);
        QCOMPARE(notifyCalls().constLast().summary, QStringLiteral("[FIRING] sentinel (critical)"));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("sentinel")) != 0);
        QCOMPARE(notifier.notificationId(QStringLiteral("a1")) != 0, accepted);
    }

    void shownPopupFollowsItsAlertBelowTheMinimum()
    {
        QVERIFY(m_mock.start(kCapsWithActions));
        DesktopNotifier notifier;
        notifier.setMinimumSeverity(Severity::Critical);
        QVERIFY(notifier.notify(makeEvent(QStringLiteral("a1"), AlertEventKind::Firing)));
        QTRY_VERIFY(notifier.notificationId(QStringLiteral("a1")) != 0);
        AlertEvent down = makeEvent(QStringLiteral("a1"), AlertEventKind::Deescalated);
        down.fromSeverity = Severity::Critical;
        down.toSeverity = Severity::Warning;
        QVERIFY(notifier.notify(down)); // otherwise the popup would still say critical
        QTRY_COMPARE(notifyCalls().size(), 2);
        QCOMPARE(notifyCalls().at(1).summary,
                 QStringLiteral("[FIRING] cpu_high (warning, was critical)"));
        QCOMPARE(notifyCalls().at(1).replacesId, notifier.notificationId(QStringLiteral("a1")));
    }

    void noServerFallsBackToTheTray()
    {
        QVERIFY(!m_mock.isRegistered());
        DesktopNotifier notifier;
        QSignalSpy fallback(&notifier, &DesktopNotifier::fallbackRequested);
        const AlertEvent e = makeEvent(QStringLiteral("a1"), AlertEventKind::Firing);
        QVERIFY(notifier.notify(e));
        QTRY_COMPARE(fallback.size(), 1);
        QCOMPARE(fallback.at(0).at(0).toString(), DesktopNotifier::title(e));
        QCOMPARE(fallback.at(0).at(1).toString(), DesktopNotifier::body(e));
        QCOMPARE(fallback.at(0).at(2).value<Severity>(), Severity::Critical);
        QVERIFY(notifier.capabilitiesKnown());
        QVERIFY(notifier.capabilities().isEmpty());
        QCOMPARE(notifier.notificationId(QStringLiteral("a1")), 0u);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
