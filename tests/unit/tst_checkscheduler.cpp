// Retry, backoff and scheduling of service checks, with exact time and randomness.
#include "checks/CheckScheduler.h"

#include <QTest>

using namespace vigil;

namespace {

CheckSpec spec(const QString &name, int retries = 2)
{
    CheckSpec s;
    s.name = name;
    s.type = CheckType::Tcp;
    s.tcp.host = QStringLiteral("127.0.0.1");
    s.tcp.port = 1;
    s.intervalMs = 30000;
    s.retries = retries;
    s.backoffBaseMs = 1000;
    s.backoffCapMs = 8000;
    return s;
}

constexpr auto H = CheckStatus::Healthy;
constexpr auto D = CheckStatus::Degraded;
constexpr auto U = CheckStatus::Unhealthy;
constexpr auto P = CheckStatus::Pending;

} // namespace

class TestCheckScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffIsFullJitterUnderTheCap()
    {
        const CheckSpec s = spec(QStringLiteral("a"));
        // Ceiling doubles from the base: 1 s, 2 s, 4 s, then the 8 s cap.
        QCOMPARE(CheckRetryState::backoffMs(s, 0, 0.999999), qint64(999));
        QCOMPARE(CheckRetryState::backoffMs(s, 1, 0.5), qint64(1000));
        QCOMPARE(CheckRetryState::backoffMs(s, 2, 0.5), qint64(2000));
        QCOMPARE(CheckRetryState::backoffMs(s, 3, 0.5), qint64(4000));
        QCOMPARE(CheckRetryState::backoffMs(s, 30, 0.5), qint64(4000)); // capped, no overflow
        QCOMPARE(CheckRetryState::backoffMs(s, 62, 1.0), qint64(8000));
        QCOMPARE(CheckRetryState::backoffMs(s, 3, 0.0), qint64(0));
    }

    void failingCheckIsPendingWhileRetrying()
    {
        CheckRetryState r(spec(QStringLiteral("a"), 2));
        CheckRetryState::Step step = r.record(H, 0.5);
        QCOMPARE(step.status, H);
        QCOMPARE(step.delayMs, qint64(30000));

        step = r.record(U, 0.5);
        QCOMPARE(step.status, P);
        QCOMPARE(step.delayMs, qint64(500)); // retry 1: half of the 1 s ceiling
        QCOMPARE(step.nextAttempt, 1);
        QCOMPARE(r.settledStatus(), H); // series keep saying healthy meanwhile

        step = r.record(U, 0.5);
        QCOMPARE(step.status, P);
        QCOMPARE(step.delayMs, qint64(1000)); // retry 2: half of 2 s
        QCOMPARE(step.nextAttempt, 2);

        step = r.record(U, 0.5);
        QCOMPARE(step.status, U); // retries exhausted
        QCOMPARE(step.delayMs, qint64(30000));
        QCOMPARE(r.settledStatus(), U);

        step = r.record(U, 0.5); // already unhealthy: no retry storm, the regular interval
        QCOMPARE(step.status, U);
        QCOMPARE(step.delayMs, qint64(30000));
    }

    void successDuringRetriesIsHealthyAgain()
    {
        CheckRetryState r(spec(QStringLiteral("a"), 3));
        QCOMPARE(r.record(U, 0.1).status, P);
        QCOMPARE(r.record(D, 0.1).status, D); // a degraded answer is an answer
        QCOMPARE(r.record(U, 0.1).status, P); // a new episode starts its retries from 1
        QCOMPARE(r.attempt(), 1);
    }

    void zeroRetriesIsUnhealthyAtOnce()
    {
        CheckRetryState r(spec(QStringLiteral("a"), 0));
        QCOMPARE(r.record(U, 0.5).status, U);
    }

    void recoverAfterNeedsConsecutiveSuccesses()
    {
        CheckSpec s = spec(QStringLiteral("a"), 0);
        s.recoverAfter = 3;
        CheckRetryState r(s);
        QCOMPARE(r.record(U, 0).status, U);
        QCOMPARE(r.record(H, 0).status, U);
        QCOMPARE(r.record(H, 0).status, U);
        QCOMPARE(r.record(U, 0).status, U); // a failure restarts the count
        QCOMPARE(r.record(H, 0).status, U);
        QCOMPARE(r.record(H, 0).status, U);
        QCOMPARE(r.record(D, 0).status, D); // third in a row: recovered (as degraded)
    }

    void firstRunsAreSpreadThenPeriodic()
    {
        CheckScheduler scheduler(16, 42);
        const qint64 t0 = 1000000;
        QList<CheckSpec> specs;
        for (int i = 0; i < 20; ++i)
            specs << spec(QStringLiteral("c%1").arg(i));
        scheduler.setChecks(specs, t0);
        QSet<qint64> dues;
        for (const CheckState &s : scheduler.states()) {
            QVERIFY(s.nextRunMs >= t0 && s.nextRunMs < t0 + 5000);
            dues.insert(s.nextRunMs);
        }
        QVERIFY2(dues.size() > 10, "first runs should not align");
        QVERIFY(scheduler.takeDue(t0 - 1).isEmpty());
        QCOMPARE(scheduler.takeDue(t0 + 5000).size(), 16); // the concurrency limit
        QCOMPARE(scheduler.runningCount(), 16);
        QCOMPARE(scheduler.takeDue(t0 + 5000).size(), 0);
        scheduler.finished(QStringLiteral("c0"), H, t0 + 5100);
        const QStringList next = scheduler.takeDue(t0 + 5100);
        QCOMPARE(next.size(), 1); // one slot freed, one waiting check starts
        QVERIFY(next.first() != QStringLiteral("c0"));
        QCOMPARE(scheduler.state(QStringLiteral("c0"))->nextRunMs, t0 + 5100 + 30000);
    }

    void retryIsScheduledByBackoff()
    {
        CheckScheduler scheduler(4, 7);
        scheduler.setFirstSpreadMs(0);
        scheduler.setChecks({spec(QStringLiteral("a"), 1)}, 0);
        QCOMPARE(scheduler.takeDue(0), QStringList{QStringLiteral("a")});
        const CheckRetryState::Step step = scheduler.finished(QStringLiteral("a"), U, 100);
        QCOMPARE(step.status, P);
        QVERIFY(step.delayMs >= 0 && step.delayMs <= 1000);
        QCOMPARE(scheduler.nextDueMs(), 100 + step.delayMs);
        QCOMPARE(scheduler.attemptOf(QStringLiteral("a")), 1);
        QCOMPARE(scheduler.takeDue(100 + step.delayMs), QStringList{QStringLiteral("a")});
        QCOMPARE(scheduler.finished(QStringLiteral("a"), U, 2000).status, U);
        QCOMPARE(scheduler.nextDueMs(), qint64(2000 + 30000));
    }

    void unchangedChecksKeepStateChangedOnesStartAfresh()
    {
        CheckScheduler scheduler(4, 1);
        scheduler.setFirstSpreadMs(0);
        CheckSpec a = spec(QStringLiteral("a"), 0);
        CheckSpec b = spec(QStringLiteral("b"), 0);
        scheduler.setChecks({a, b}, 0);
        scheduler.takeDue(0);
        scheduler.finished(QStringLiteral("a"), U, 10);
        scheduler.finished(QStringLiteral("b"), U, 10);
        b.tcp.port = 2;
        scheduler.setChecks({a, b}, 20);
        QCOMPARE(scheduler.state(QStringLiteral("a"))->status, U);
        QCOMPARE(scheduler.state(QStringLiteral("a"))->nextRunMs, qint64(10 + 30000));
        QCOMPARE(scheduler.state(QStringLiteral("b"))->status, CheckStatus::Unknown);
        QCOMPARE(scheduler.state(QStringLiteral("b"))->nextRunMs, qint64(20));
        scheduler.setChecks({b}, 30);
        QVERIFY(!scheduler.state(QStringLiteral("a")));
    }

    void disabledAndRetiredChecksNeverRun()
    {
        CheckScheduler scheduler(4, 1);
        scheduler.setFirstSpreadMs(0);
        CheckSpec off = spec(QStringLiteral("off"));
        off.enabled = false;
        scheduler.setChecks({off, spec(QStringLiteral("on"))}, 0);
        QCOMPARE(scheduler.takeDue(1000000), QStringList{QStringLiteral("on")});
        QCOMPARE(scheduler.state(QStringLiteral("off"))->status, CheckStatus::Unknown);
        scheduler.finished(QStringLiteral("on"), H, 10);
        scheduler.retire(QStringLiteral("on"));
        QVERIFY(!scheduler.hasActiveChecks());
        QCOMPARE(scheduler.nextDueMs(), qint64(-1));
    }

    void runNowJumpsTheQueue()
    {
        CheckScheduler scheduler(1, 3);
        scheduler.setFirstSpreadMs(0);
        scheduler.setChecks({spec(QStringLiteral("a")), spec(QStringLiteral("b"))}, 0);
        QCOMPARE(scheduler.takeDue(0).size(), 1); // limit 1
        const QString first =
            scheduler.states().first().running ? QStringLiteral("a") : QStringLiteral("b");
        const QString other =
            first == QStringLiteral("a") ? QStringLiteral("b") : QStringLiteral("a");
        scheduler.finished(first, H, 5);
        QVERIFY(scheduler.runNow(first, 5)); // asked for: ahead of the one merely due
        QCOMPARE(scheduler.takeDue(5), QStringList{first});
        QVERIFY(!scheduler.runNow(first, 6)); // already running
        QVERIFY(!scheduler.runNow(QStringLiteral("nope"), 6));
        scheduler.finished(first, H, 7);
        QCOMPARE(scheduler.takeDue(7), QStringList{other});
    }

    void abandonedAttemptRecordsNothing()
    {
        CheckScheduler scheduler(2, 3);
        scheduler.setFirstSpreadMs(0);
        scheduler.setChecks({spec(QStringLiteral("a"), 0)}, 0);
        scheduler.takeDue(0);
        QCOMPARE(scheduler.runningCount(), 1);
        scheduler.abandon(QStringLiteral("a"));
        QCOMPARE(scheduler.runningCount(), 0);
        QCOMPARE(scheduler.state(QStringLiteral("a"))->status, CheckStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestCheckScheduler)
#include "tst_checkscheduler.moc"
