#include "tst_alert_support.h"

#include "alerts/Fingerprint.h"

#include <QTest>

using namespace vigil;
using namespace vigil::alerttest;

// The state machine: pending, firing, hysteresis, escalation, resolution, no data, warm-up.
class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingThenFiringOnlyAfterFor()
    {
        Harness h({cpuRule(5000)});
        QList<AlertEvent> events = h.step(90);
        QCOMPARE(kinds(events), names({"pending"}));
        const qint64 pendingSince = h.now;
        QCOMPARE(events[0].notify, false);
        QCOMPARE(events[0].fromState, AlertState::Inactive);
        QCOMPARE(events[0].toState, AlertState::Pending);
        QCOMPARE(h.only()->state, AlertState::Pending);
        QCOMPARE(h.only()->activeSinceMs, pendingSince);

        QVERIFY(h.steps(4, 90).isEmpty()); // 4 s of the 5 s
        QCOMPARE(h.only()->state, AlertState::Pending);

        events = h.step(91); // exactly `for` after pending began
        QCOMPARE(kinds(events), names({"firing"}));
        const AlertEvent &firing = events[0];
        QCOMPARE(firing.notify, true);
        QCOMPARE(firing.fromState, AlertState::Pending);
        QCOMPARE(firing.toState, AlertState::Firing);
        QCOMPARE(firing.toSeverity, Severity::Warning);
        QCOMPARE(firing.value, 91.0);
        QCOMPARE(firing.threshold, 80.0);
        QCOMPARE(firing.firingSinceMs, h.now);
        QCOMPARE(firing.summary, QStringLiteral("CPU at 91.0 % (threshold 80.0 %)"));
        const Alert a = *h.only();
        QCOMPARE(a.state, AlertState::Firing);
        QCOMPARE(a.activeSinceMs, pendingSince);
        QCOMPARE(a.firingSinceMs, h.now);
        QCOMPARE(a.lastNotifiedMs, h.now);
        QVERIFY(a.notifiedFiring);
        QVERIFY(h.steps(10, 91).isEmpty()); // no duplicate firing
    }

    void forZeroFiresOnFirstBreach()
    {
        Harness h({cpuRule(0)});
        QVERIFY(h.step(80).isEmpty()); // ">" 80: not a breach
        const QList<AlertEvent> events = h.step(80.5);
        QCOMPARE(kinds(events), names({"firing"}));
        QCOMPARE(events[0].fromState, AlertState::Inactive);
        QCOMPARE(events[0].fromSeverity, Severity::Healthy);
    }

    void flapInsideForNeverFires()
    {
        Harness h({cpuRule(5000)});
        QList<AlertEvent> all;
        for (int i = 0; i < 50; ++i) {
            all += h.steps(4, 99); // 4 s breaching, shorter than `for`
            all += h.step(10);
        }
        QVERIFY(!kinds(all).contains(QStringLiteral("firing")));
        QCOMPARE(notified(all), 0);
        QCOMPARE(all.size(), 100); // pending, then back to inactive, 50 times
        QCOMPARE(all[1].kind, AlertEventKind::Resolved);
        QCOMPARE(all[1].fromState, AlertState::Pending);
        QCOMPARE(all[1].toState, AlertState::Inactive);
        QVERIFY(h.engine.alerts().isEmpty());
    }

    void hysteresisHolds()
    {
        AlertRule rule = cpuRule(0);
        rule.warningClear = 70;
        rule.criticalClear = 85;
        Harness h({rule});
        QCOMPARE(kinds(h.step(81)), names({"firing"}));
        QVERIFY(h.step(75).isEmpty()); // below the raise threshold, above clear: held
        QVERIFY(h.step(70.5).isEmpty());
        QCOMPARE(h.only()->severity, Severity::Warning);
        QCOMPARE(kinds(h.step(70)), names({"resolved"})); // past the clear threshold
        QVERIFY(h.step(79).isEmpty());                    // raising again needs the raise threshold
        QCOMPARE(kinds(h.step(96)), names({"firing"}));
        QCOMPARE(h.only()->severity, Severity::Critical);
        QVERIFY(h.step(90).isEmpty()); // critical held above 85
        QVERIFY(h.step(85.5).isEmpty());
        const QList<AlertEvent> down = h.step(84);
        QCOMPARE(kinds(down), names({"deescalated"}));
        QCOMPARE(down[0].toSeverity, Severity::Warning);
        QCOMPARE(down[0].threshold, 80.0);
        QCOMPARE(kinds(h.step(60)), names({"resolved"}));
    }

    void hysteresisBelowOperator()
    {
        AlertRule rule;
        rule.name = QStringLiteral("disk_space_low");
        rule.series = QStringLiteral("filesystem_free_percent");
        rule.op = CompareOp::Less;
        rule.warning = 20;
        rule.warningClear = 25;
        Harness h({rule});
        const SeriesId free(QStringLiteral("filesystem_free_percent"));
        QVERIFY(h.step(20, free).isEmpty());
        QCOMPARE(kinds(h.step(19, free)), names({"firing"}));
        QVERIFY(h.step(24.9, free).isEmpty());
        QCOMPARE(kinds(h.step(25, free)), names({"resolved"}));
    }

    void warningCriticalWarning()
    {
        Harness h({cpuRule(5000)});
        h.steps(6, 85);
        QCOMPARE(h.only()->state, AlertState::Firing);
        // Escalation does not wait for `for` again.
        const QList<AlertEvent> up = h.step(97);
        QCOMPARE(kinds(up), names({"escalated"}));
        QCOMPARE(up[0].fromSeverity, Severity::Warning);
        QCOMPARE(up[0].toSeverity, Severity::Critical);
        QCOMPARE(up[0].threshold, 95.0);
        QVERIFY(up[0].notify);
        QCOMPARE(h.only()->lastNotifiedMs, h.now);
        QVERIFY(h.steps(3, 97).isEmpty());
        const QList<AlertEvent> down = h.step(90);
        QCOMPARE(kinds(down), names({"deescalated"}));
        QCOMPARE(down[0].fromSeverity, Severity::Critical);
        QCOMPARE(down[0].toSeverity, Severity::Warning);
        QVERIFY(down[0].notify);
        QCOMPARE(h.only()->firingSinceMs, down[0].firingSinceMs); // still the same firing
    }

    void pendingTakesTheWorstLevel()
    {
        Harness h({cpuRule(3000)});
        QCOMPARE(kinds(h.step(85)), names({"pending"}));
        QVERIFY(h.step(99).isEmpty());
        QCOMPARE(h.only()->severity, Severity::Critical);
        const QList<AlertEvent> events = h.steps(2, 99);
        QCOMPARE(kinds(events), names({"firing"}));
        QCOMPARE(events[0].toSeverity, Severity::Critical);
    }

    void fireResolveFire()
    {
        Harness h({cpuRule(2000)});
        QList<AlertEvent> first = h.steps(3, 90);
        QCOMPARE(kinds(first), names({"pending", "firing"}));
        const QList<AlertEvent> resolved = h.step(50);
        QCOMPARE(kinds(resolved), names({"resolved"}));
        QVERIFY(resolved[0].notify);
        QCOMPARE(resolved[0].toState, AlertState::Inactive);
        QCOMPARE(resolved[0].toSeverity, Severity::Healthy);
        QCOMPARE(resolved[0].firingSinceMs, first[1].firingSinceMs);
        QVERIFY(h.engine.alerts().isEmpty());
        const QList<AlertEvent> second = h.steps(3, 90);
        QCOMPARE(kinds(second), names({"pending", "firing"}));
        QVERIFY(second[1].notify);
        QCOMPARE(second[1].fingerprint, first[1].fingerprint);
        QVERIFY(second[1].firingSinceMs > first[1].firingSinceMs);
        QCOMPARE(second[1].fromState, AlertState::Pending);
    }

    void keepFiringForAcrossDataGap()
    {
        AlertRule rule = cpuRule(0);
        rule.keepFiringForMs = 10000;
        Harness h({rule});
        QCOMPARE(kinds(h.step(90)), names({"firing"}));
        // A 30 s gap: no data never resolves.
        for (int i = 0; i < 30; ++i)
            QVERIFY(h.tick().isEmpty());
        QVERIFY(h.only()->stale);
        QVERIFY(h.step(91).isEmpty());
        QVERIFY(!h.only()->stale);
        // Clear for less than keep_firing_for: still firing, then breaching again resets it.
        QVERIFY(h.steps(9, 50).isEmpty());
        QVERIFY(h.step(92).isEmpty());
        QVERIFY(h.steps(9, 50).isEmpty());
        // A gap inside the clear delay holds the alert too.
        for (int i = 0; i < 5; ++i)
            QVERIFY(h.tick().isEmpty());
        QCOMPARE(h.only()->state, AlertState::Firing);
        // Data is back and still clear: 10 s have passed since it first cleared.
        const QList<AlertEvent> resolved = h.step(50);
        QCOMPARE(kinds(resolved), names({"resolved"}));
        QVERIFY(resolved[0].notify);
    }

    void keepFiringForCountsFromFirstClearSample()
    {
        AlertRule rule = cpuRule(0);
        rule.keepFiringForMs = 3000;
        Harness h({rule});
        h.step(90);
        const qint64 cleared = h.now + Interval;
        QVERIFY(h.steps(3, 10).isEmpty());
        QCOMPARE(kinds(h.step(10)), names({"resolved"}));
        QCOMPARE(h.now - cleared, rule.keepFiringForMs);
    }

    void noDataKeepsStateAndMarksStale()
    {
        Harness h({cpuRule(0)});
        h.step(90);
        QVERIFY(h.tick().isEmpty());
        QVERIFY(h.tick().isEmpty());
        QVERIFY(!h.only()->stale); // the last sample is 2 intervals old
        QVERIFY(h.tick().isEmpty());
        QVERIFY(h.only()->stale); // 3 intervals without a sample
        for (int i = 0; i < 100; ++i)
            QVERIFY(h.tick().isEmpty());
        QCOMPARE(h.only()->state, AlertState::Firing);
        QCOMPARE(h.only()->value, 90.0);
        QCOMPARE(kinds(h.step(10)), names({"resolved"})); // real data decides
    }

    void noDataNeverFiresFromPending()
    {
        Harness h({cpuRule(5000)});
        QCOMPARE(kinds(h.step(90)), names({"pending"}));
        const qint64 since = h.now;
        for (int i = 0; i < 20; ++i)
            QVERIFY(h.tick().isEmpty());
        QCOMPARE(h.only()->state, AlertState::Pending);
        QVERIFY(h.only()->stale);
        // Evaluation continues when data returns: breaching at both ends of the gap, so the
        // pending time includes it.
        const QList<AlertEvent> events = h.step(90);
        QCOMPARE(kinds(events), names({"firing"}));
        QCOMPARE(h.only()->activeSinceMs, since);
    }

    void seriesThatDisappearIsHeld()
    {
        Harness h({cpuRule(0)});
        h.step(90);
        const QString fp = h.only()->fingerprint;
        MetricStore empty; // e.g. the store was rebuilt without that series
        empty.append(SeriesId(QStringLiteral("load1")), Sample{h.now, 1});
        for (int i = 0; i < 5; ++i) {
            h.now += Interval;
            QVERIFY(h.engine.evaluate(empty, h.now, Interval).isEmpty());
        }
        QVERIFY(h.engine.alert(fp));
        QCOMPARE(h.engine.alert(fp)->state, AlertState::Firing);
        QVERIFY(h.engine.alert(fp)->stale);
        // Back in the original store: evaluation continues.
        QCOMPARE(kinds(h.step(10)), names({"resolved"}));
    }

    void rateSeriesWarmUp()
    {
        AlertRule rule;
        rule.name = QStringLiteral("net_busy");
        rule.series = QStringLiteral("network_receive_bytes_per_second");
        rule.warning = 1000;
        Harness h({rule});
        const SeriesId rx(QStringLiteral("network_receive_bytes_per_second"),
                          {{QStringLiteral("device"), QStringLiteral("eth0")}});
        QVERIFY(h.step(5000, rx).isEmpty()); // the first rate after start is not trusted
        QCOMPARE(kinds(h.step(5000, rx)), names({"firing"}));
        // A gauge alerts on its first sample.
        Harness g({cpuRule(0)});
        QCOMPARE(kinds(g.step(90)), names({"firing"}));
    }

    void wallClockJumpRestartsPendingTimers()
    {
        AlertRule diskRule;
        diskRule.name = QStringLiteral("fs_full");
        diskRule.series = QStringLiteral("filesystem_used_percent");
        diskRule.warning = 80;
        Harness h({cpuRule(10000), diskRule});
        h.step(90, fs(QStringLiteral("/")));
        const qint64 firingSince = h.now;
        QCOMPARE(kinds(h.step(90)), names({"pending"}));
        h.steps(7, 90);
        h.now += 3600 * 1000; // resumed an hour later
        h.engine.noteWallClockJump(h.now);
        const qint64 restart = h.now;
        QVERIFY(h.steps(9, 90).isEmpty()); // would have fired without the restart
        const QList<Alert> alerts = h.engine.alerts();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].firingSinceMs, firingSince); // firing alerts untouched
        QCOMPARE(alerts[1].state, AlertState::Pending);
        QCOMPARE(alerts[1].activeSinceMs, restart);
        QCOMPARE(kinds(h.step(90)), names({"firing"}));
        QCOMPARE(h.now - restart, qint64(10000));
    }

    void oneAlertPerMatchingSeries()
    {
        AlertRule rule;
        rule.name = QStringLiteral("fs_full");
        rule.series = QStringLiteral("filesystem_used_percent{fstype!=\"vfat\"}");
        rule.warning = 80;
        rule.labels = {{QStringLiteral("team"), QStringLiteral("ops")},
                       {QStringLiteral("fstype"), QStringLiteral("any")}};
        rule.summary = QStringLiteral("{{ $labels.mount }} is {{ $value }} full");
        Harness h({rule});
        h.store.append(fs(QStringLiteral("/")), Sample{h.now + Interval, 91});
        h.store.append(fs(QStringLiteral("/home")), Sample{h.now + Interval, 85});
        h.store.append(fs(QStringLiteral("/boot/efi"), QStringLiteral("vfat")),
                       Sample{h.now + Interval, 99});
        const QList<AlertEvent> events = h.step(50, fs(QStringLiteral("/tmp")));
        QCOMPARE(kinds(events), names({"firing", "firing"}));
        const QList<Alert> alerts = h.engine.alerts();
        QCOMPARE(alerts.size(), 2);
        const Labels expected{{QStringLiteral("alertname"), QStringLiteral("fs_full")},
                              {QStringLiteral("fstype"), QStringLiteral("any")}, // rule wins
                              {QStringLiteral("mount"), QStringLiteral("/")},
                              {QStringLiteral("team"), QStringLiteral("ops")}};
        QCOMPARE(alerts[0].labels, expected);
        QCOMPARE(alerts[0].fingerprint, alertFingerprint(expected));
        QCOMPARE(alerts[0].series, fs(QStringLiteral("/")));
        QCOMPARE(alerts[0].summary, QStringLiteral("/ is 91.0 % full"));
        QCOMPARE(alerts[1].summary, QStringLiteral("/home is 85.0 % full"));
        QVERIFY(alerts[0].fingerprint != alerts[1].fingerprint);
    }

    void fingerprintIgnoresSeverityAndValue()
    {
        Harness h({cpuRule(0)});
        const QString fp = h.step(85)[0].fingerprint;
        QCOMPARE(h.step(99)[0].fingerprint, fp);
        QCOMPARE(fp, alertFingerprint({{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
                                       {QStringLiteral("cpu"), QStringLiteral("total")}}));
    }

    void alertsWorstFirst()
    {
        AlertRule fsRule;
        fsRule.name = QStringLiteral("fs_full");
        fsRule.series = QStringLiteral("filesystem_used_percent");
        fsRule.warning = 80;
        fsRule.critical = 90;
        fsRule.forMs = 60000;
        Harness h({cpuRule(0), fsRule});
        h.store.append(fs(QStringLiteral("/")), Sample{h.now + Interval, 99});  // pending critical
        h.step(85);                                                             // firing warning
        h.store.append(fs(QStringLiteral("/a")), Sample{h.now + Interval, 85}); // pending warning
        h.step(85);
        const QList<Alert> alerts = h.engine.alerts();
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(alerts[0].rule, QStringLiteral("cpu_high"));
        QCOMPARE(alerts[1].series, fs(QStringLiteral("/")));
        QCOMPARE(alerts[1].severity, Severity::Critical);
        QCOMPARE(alerts[2].series, fs(QStringLiteral("/a")));
    }

    void defaultSummaryWhenNoneIsSet()
    {
        AlertRule rule = cpuRule(0);
        rule.summary.clear();
        Harness h({rule});
        QCOMPARE(h.step(90)[0].summary,
                 QStringLiteral("cpu_high: cpu_usage_percent{cpu=\"total\"} at 90.0 % "
                                "(threshold 80.0 %)"));
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
