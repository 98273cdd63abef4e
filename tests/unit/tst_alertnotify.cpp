#include "tst_alert_support.h"

#include <QRegularExpression>
#include <QTest>

using namespace vigil;
using namespace vigil::alerttest;

Q_DECLARE_METATYPE(vigil::LabelMatcher)

namespace {

Silence silenceOn(const char *alertname, qint64 startsAtMs, qint64 endsAtMs)
{
    Silence s;
    s.id = QStringLiteral("s1");
    s.matchers = {{QStringLiteral("alertname"), LabelMatcher::Op::Equal, QLatin1String(alertname)}};
    s.startsAtMs = startsAtMs;
    s.endsAtMs = endsAtMs;
    s.comment = QStringLiteral("maintenance");
    return s;
}

AlertRule repeating(qint64 repeatMs)
{
    AlertRule r = cpuRule(0);
    r.repeatMs = repeatMs;
    return r;
}

} // namespace

// Notifications: silences, acknowledgement, repeats; rule changes and restore after restart.
class TestAlertNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silenceMutesNotificationsNotEvaluation()
    {
        Harness h({cpuRule(2000)});
        h.engine.setSilences({silenceOn("cpu_high", T0, T0 + 3600000)});
        QList<AlertEvent> events = h.steps(3, 90);
        QCOMPARE(kinds(events), names({"pending", "firing"}));
        QCOMPARE(notified(events), 0);
        QCOMPARE(events[1].silencedBy, QStringLiteral("s1"));
        const Alert a = *h.only();
        QCOMPARE(a.state, AlertState::Firing); // evaluated as usual
        QCOMPARE(a.silencedBy, QStringLiteral("s1"));
        QVERIFY(!a.notifiedFiring);
        events = h.step(99);
        QCOMPARE(kinds(events), names({"escalated"}));
        QVERIFY(!events[0].notify);
        // Fired and resolved while silenced: nobody was told, so nobody is told it resolved.
        events = h.step(10);
        QCOMPARE(kinds(events), names({"resolved"}));
        QVERIFY(!events[0].notify);
    }

    void resolvedOfANotifiedAlertGoesOutWhileSilenced()
    {
        Harness h({cpuRule(0)});
        QList<AlertEvent> events = h.step(90);
        QVERIFY(events[0].notify);
        h.engine.setSilences({silenceOn("cpu_high", h.now, h.now + 3600000)});
        QVERIFY(h.step(91).isEmpty());
        QCOMPARE(h.only()->silencedBy, QStringLiteral("s1"));
        events = h.step(10);
        QCOMPARE(kinds(events), names({"resolved"}));
        QVERIFY(events[0].notify);
        QCOMPARE(events[0].silencedBy, QStringLiteral("s1"));
    }

    void silenceExpiresByItself()
    {
        Harness h({repeating(10000)});
        h.engine.setSilences({silenceOn("cpu_high", T0, T0 + 5500)});
        QCOMPARE(notified(h.step(90)), 0);
        QVERIFY(h.steps(4, 90).isEmpty()); // T0 + 5000: still silenced
        QCOMPARE(h.only()->silencedBy, QStringLiteral("s1"));
        // Expired: the alert is told now, once, as it was never told.
        const QList<AlertEvent> events = h.step(90);
        QCOMPARE(kinds(events), names({"repeat"}));
        QVERIFY(events[0].notify);
        QVERIFY(events[0].silencedBy.isEmpty());
        QVERIFY(h.only()->silencedBy.isEmpty());
        QVERIFY(h.steps(9, 90).isEmpty());
        QCOMPARE(kinds(h.step(90)), names({"repeat"})); // then every repeat interval
        QCOMPARE(h.engine.silences().size(), 1);        // kept: the caller prunes the list
    }

    void silenceMatchers_data()
    {
        QTest::addColumn<QList<LabelMatcher>>("matchers");
        QTest::addColumn<qint64>("startsAfterMs");
        QTest::addColumn<bool>("silenced");
        using Op = LabelMatcher::Op;
        const QString cpu = QStringLiteral("cpu");
        QTest::newRow("equal") << QList<LabelMatcher>{{cpu, Op::Equal, QStringLiteral("total")}}
                               << qint64(0) << true;
        QTest::newRow("regex") << QList<LabelMatcher>{{cpu, Op::Regex, QStringLiteral("tot.*")}}
                               << qint64(0) << true;
        QTest::newRow("regex anchored")
            << QList<LabelMatcher>{{cpu, Op::Regex, QStringLiteral("tot")}} << qint64(0) << false;
        QTest::newRow("not equal")
            << QList<LabelMatcher>{{cpu, Op::NotEqual, QStringLiteral("total")}} << qint64(0)
            << false;
        QTest::newRow("every matcher")
            << QList<LabelMatcher>{{cpu, Op::Equal, QStringLiteral("total")},
                                   {QStringLiteral("alertname"), Op::Equal,
                                    QStringLiteral("other")}}
            << qint64(0) << false;
        QTest::newRow("missing label is empty")
            << QList<LabelMatcher>{{QStringLiteral("team"), Op::Equal, QString()}} << qint64(0)
            << true;
        QTest::newRow("not started yet")
            << QList<LabelMatcher>{{cpu, Op::Equal, QStringLiteral("total")}} << qint64(60000)
            << false;
        QTest::newRow("invalid regex is ignored")
            << QList<LabelMatcher>{{cpu, Op::Regex, QStringLiteral("(")}} << qint64(0) << false;
    }

    void silenceMatchers()
    {
        QFETCH(QList<LabelMatcher>, matchers);
        QFETCH(qint64, startsAfterMs);
        QFETCH(bool, silenced);
        Harness h({cpuRule(0)});
        Silence s = silenceOn("cpu_high", T0 + startsAfterMs, T0 + 3600000);
        s.matchers = matchers;
        if (matchers[0].value == QLatin1String("("))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("silence.*")));
        h.engine.setSilences({s});
        const QList<AlertEvent> events = h.step(90);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].notify, !silenced);
        QCOMPARE(h.only()->silencedBy.isEmpty(), !silenced);
    }

    void acknowledgeStopsRepeatsAndClearsOnResolve()
    {
        Harness h({repeating(10000)});
        const QString fp = h.step(90)[0].fingerprint;
        QVERIFY(h.steps(4, 90).isEmpty());
        const std::optional<AlertEvent> ack = h.engine.acknowledge(fp, h.now);
        QVERIFY(ack);
        QCOMPARE(ack->kind, AlertEventKind::Acknowledged);
        QVERIFY(!ack->notify);
        QCOMPARE(ack->fromState, AlertState::Firing);
        QCOMPARE(ack->toState, AlertState::Firing);
        QCOMPARE(ack->timeMs, h.now);
        QVERIFY(h.only()->acknowledged);
        QVERIFY(!h.engine.acknowledge(fp, h.now)); // already acknowledged
        QVERIFY(h.steps(60, 90).isEmpty());        // no repeats
        // Escalation is news: it still notifies.
        const QList<AlertEvent> up = h.step(99);
        QCOMPARE(kinds(up), names({"escalated"}));
        QVERIFY(up[0].notify);
        QVERIFY(h.steps(30, 99).isEmpty());
        QCOMPARE(kinds(h.step(10)), names({"resolved"}));
        QCOMPARE(kinds(h.step(90)), names({"firing"}));
        QVERIFY(!h.only()->acknowledged); // cleared on resolve
        QCOMPARE(kinds(h.steps(10, 90)), names({"repeat"}));
    }

    void acknowledgeOnlyFiring()
    {
        Harness h({cpuRule(5000)});
        const QString fp = h.step(90)[0].fingerprint;
        QVERIFY(!h.engine.acknowledge(fp, h.now)); // pending
        QVERIFY(!h.engine.acknowledge(QStringLiteral("0123456789abcdef"), h.now));
        QVERIFY(!h.only()->acknowledged);
    }

    void repeatInterval()
    {
        Harness h({repeating(10000)});
        const qint64 fired = h.now + Interval;
        h.step(90);
        QList<qint64> repeats;
        for (int i = 0; i < 35; ++i) {
            for (const AlertEvent &e : h.step(90)) {
                QCOMPARE(e.kind, AlertEventKind::Repeat);
                QVERIFY(e.notify);
                QCOMPARE(e.firingSinceMs, fired);
                repeats.append(e.timeMs - fired);
            }
        }
        QCOMPARE(repeats, (QList<qint64>{10000, 20000, 30000}));
        Harness never({repeating(0)});
        never.step(90);
        QVERIFY(never.steps(100, 90).isEmpty());
    }

    void restoreFiringAndPending()
    {
        AlertRule fsRule;
        fsRule.name = QStringLiteral("fs_full");
        fsRule.series = QStringLiteral("filesystem_used_percent");
        fsRule.warning = 80;
        fsRule.forMs = 10000;
        AlertRule cpu = repeating(20000);
        Harness before({cpu, fsRule});
        before.step(90);
        before.steps(5, 90, fs(QStringLiteral("/")));
        const QList<Alert> saved = before.engine.alerts();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[0].state, AlertState::Firing);
        QCOMPARE(saved[1].state, AlertState::Pending);

        // Restart 2 s later: an empty store, the same rules, the saved state.
        Harness after({cpu, fsRule});
        after.now = before.now + 2000;
        after.engine.restore(saved);
        QList<AlertEvent> events = after.step(90);
        events += after.step(90, fs(QStringLiteral("/")));
        QVERIFY2(events.isEmpty(), qPrintable(kinds(events).join(u',')));
        const QList<Alert> alerts = after.engine.alerts();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].firingSinceMs, saved[0].firingSinceMs); // not re-notified
        QCOMPARE(alerts[0].lastNotifiedMs, saved[0].lastNotifiedMs);
        QCOMPARE(alerts[1].activeSinceMs, saved[1].activeSinceMs); // keeps its `for` progress
        // The pending one fires 10 s after it first went pending, not 10 s after the restart.
        events.clear();
        while (after.now < saved[1].activeSinceMs + 10000)
            events += after.step(90, fs(QStringLiteral("/")));
        QCOMPARE(kinds(events), names({"firing"}));
        QCOMPARE(events[0].timeMs, saved[1].activeSinceMs + 10000);
        // Repeats keep their schedule; resolution notifies (the firing one had been notified).
        events.clear();
        while (after.now < saved[0].lastNotifiedMs + 20000)
            events += after.step(90);
        QCOMPARE(kinds(events), names({"repeat"}));
        events = after.step(10);
        QCOMPARE(kinds(events), names({"resolved"}));
        QVERIFY(events[0].notify);
    }

    void restoreWithoutDataOrRule()
    {
        Harness before({cpuRule(0)});
        before.step(90);
        QList<Alert> saved = before.engine.alerts();
        Alert orphan = saved[0];
        orphan.rule = QStringLiteral("gone_rule");
        orphan.fingerprint = QStringLiteral("00000000000000aa");
        saved.append(orphan);

        Harness after({cpuRule(0)});
        after.now = before.now + 1000;
        after.engine.restore(saved);
        // No sample yet: held as stale, its rule still exists. The other has no rule: dropped.
        QVERIFY(after.tick().isEmpty());
        QCOMPARE(after.engine.alerts().size(), 1);
        QVERIFY(after.only()->stale);
        QCOMPARE(after.only()->state, AlertState::Firing);
        QVERIFY(after.engine.alert(saved[0].fingerprint));
        QVERIFY(!after.engine.alert(orphan.fingerprint));
        QVERIFY(after.step(95.5).size() == 1); // data again: escalated, no new firing
        QCOMPARE(after.only()->firingSinceMs, saved[0].firingSinceMs);
    }

    void lateRestoreResolvesWhatEndedMeanwhile()
    {
        Harness before({cpuRule(0)});
        before.step(90);
        const QList<Alert> saved = before.engine.alerts();
        // The new process evaluates a few times before the saved state arrives; CPU is fine now.
        Harness after({cpuRule(0)});
        after.now = before.now + 5000;
        QVERIFY(after.steps(3, 20).isEmpty());
        after.engine.restore(saved);
        const QList<AlertEvent> events = after.step(20);
        QCOMPARE(kinds(events), names({"resolved"}));
        QVERIFY(events[0].notify); // its firing had been notified before the restart
        QCOMPARE(events[0].firingSinceMs, saved[0].firingSinceMs);
        // A live alert is never replaced by a restored one.
        QCOMPARE(kinds(after.step(99)), names({"firing"}));
        const qint64 live = after.now;
        after.engine.restore(saved);
        QVERIFY(after.step(99).isEmpty());
        QCOMPARE(after.only()->firingSinceMs, live);
    }

    void setRulesReportsAndSkipsInvalidRules()
    {
        AlertRule bad = cpuRule(0);
        bad.name = QStringLiteral("bad");
        bad.series = QStringLiteral("cpu_usage_percent{cpu~=\"total\"}");
        AlertRule unordered = cpuRule(0);
        unordered.name = QStringLiteral("unordered");
        unordered.critical = 50;
        AlertEngine engine;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rules\\[1\\]")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rules\\[2\\]")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rules\\[3\\]")));
        const QStringList errors = engine.setRules({cpuRule(0), bad, unordered, cpuRule(0)});
        QCOMPARE(errors,
                 (QStringList{QStringLiteral("rules[1].series: unknown matcher \"~=\""),
                              QStringLiteral("rules[2].critical: critical (50) must be at least "
                                             "warning (80) for operator \">\""),
                              QStringLiteral("rules[3].name: duplicate rule name \"cpu_high\"")}));
        QCOMPARE(engine.rules().size(), 1);
        MetricStore store;
        store.append(cpuTotal(), Sample{T0, 90});
        QCOMPARE(kinds(engine.evaluate(store, T0, Interval)), names({"firing"}));
    }

    void removedOrDisabledRulesDisappearSilently()
    {
        AlertRule fsRule;
        fsRule.name = QStringLiteral("fs_full");
        fsRule.series = QStringLiteral("filesystem_used_percent");
        fsRule.warning = 80;
        Harness h({cpuRule(0), fsRule});
        h.step(90, fs(QStringLiteral("/")));
        h.step(90);
        QCOMPARE(h.engine.alerts().size(), 2);
        fsRule.enabled = false;
        QVERIFY(h.engine.setRules({cpuRule(0), fsRule}).isEmpty());
        QVERIFY(h.step(90).isEmpty());
        QCOMPARE(h.engine.alerts().size(), 1);
        QVERIFY(h.engine.setRules({}).isEmpty());
        QVERIFY(h.step(90).isEmpty());
        QVERIFY(h.engine.alerts().isEmpty());
    }

    void changedRuleKeepsStateAndUsesNewThresholds()
    {
        Harness h({cpuRule(0)});
        const qint64 fired = h.now + Interval;
        h.step(85);
        AlertRule changed = cpuRule(0);
        changed.critical = 84;
        changed.warning = 70;
        QVERIFY(h.engine.setRules({changed}).isEmpty());
        const QList<AlertEvent> events = h.step(85);
        QCOMPARE(kinds(events), names({"escalated"}));
        QCOMPARE(h.only()->firingSinceMs, fired);
        changed.warning = 90;
        changed.critical = 99;
        QVERIFY(h.engine.setRules({changed}).isEmpty());
        QCOMPARE(kinds(h.step(85)), names({"resolved"}));
    }
};

QTEST_GUILESS_MAIN(TestAlertNotify)
#include "tst_alertnotify.moc"
