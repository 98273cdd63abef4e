#include "collect/SystemCollector.h"
#include "collect/SystemSources.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace vigil;

namespace {

AlertRule testRule(qint64 forMs)
{
    AlertRule r;
    r.name = QStringLiteral("cpu_test");
    r.series = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
    r.op = CompareOp::GreaterEqual;
    r.warning = 80;
    r.forMs = forMs;
    r.summary = QStringLiteral("CPU at {{ $value }}");
    return r;
}

SampleBatch cpuBatch(qint64 t, double value)
{
    SampleBatch b;
    b.timeMs = t;
    b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                   {{QStringLiteral("cpu"), QStringLiteral("total")}}),
          value);
    return b;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firingAlertsDriveHealth()
    {
        Config c;
        c.rules = {testRule(0)};
        Engine engine(c);
        QSignalSpy batches(&engine, &Engine::batchIngested);
        QSignalSpy health(&engine, &Engine::healthChanged);
        QSignalSpy events(&engine, &Engine::alertEventsRecorded);
        engine.ingest(cpuBatch(1000, 90));
        engine.ingest(cpuBatch(2000, 90));
        QCOMPARE(batches.size(), 2);
        QCOMPARE(engine.store().lastTimeMs(), 2000);
        QTRY_COMPARE(engine.health().status, Severity::Warning);
        QVERIFY(!events.isEmpty());
        const auto fired = events.last().at(0).value<QList<AlertEvent>>();
        QCOMPARE(fired.last().kind, AlertEventKind::Firing);
        QCOMPARE(engine.health().findings.first().check, QStringLiteral("cpu_test"));

        const qsizetype changes = health.size();
        engine.ingest(cpuBatch(3000, 91)); // same status, same headline text? value changed
        engine.ingest(cpuBatch(4000, 10));
        QCOMPARE(engine.health().status, Severity::Healthy);
        QVERIFY(health.size() > changes);
    }

    void pendingAlertsDoNotColourTheStatus()
    {
        Config c;
        c.rules = {testRule(60000)};
        Engine engine(c);
        for (int i = 1; i <= 10; ++i)
            engine.ingest(cpuBatch(i * 1000, 90));
        QCOMPARE(engine.alerts().size(), 1);
        QCOMPARE(engine.alerts().first().state, AlertState::Pending);
        QCOMPARE(engine.health().status, Severity::Healthy);
    }

    void restartRestoresFiringAlertWithoutNotifyingAgain()
    {
        QTemporaryDir dir;
        Config c;
        c.rules = {testRule(0)};
        // One collector tick at start, then none for an hour: only the test's batches count,
        // timed after that first tick so time never runs backwards.
        c.sampling.intervalMs = 3600 * 1000;
        c.sampling.historyMs = 3600 * 1000;
        const qint64 base = QDateTime::currentMSecsSinceEpoch() + 10000;
        const QStringList sources = systemSourceNames(); // no real samples: only the test's
        c.collectors.disabled = QSet<QString>(sources.begin(), sources.end());
        QString fingerprint;
        qint64 firingSince = 0;
        {
            Engine engine(c);
            engine.setDataDir(dir.path());
            QSignalSpy restored(&engine, &Engine::silencesChanged); // emitted once state is loaded
            engine.start();
            QVERIFY(restored.wait(10000));
            engine.ingest(cpuBatch(base + 1000, 90));
            engine.ingest(cpuBatch(base + 2000, 90));
            QCOMPARE(engine.alerts().size(), 1);
            QCOMPARE(engine.alerts().first().state, AlertState::Firing);
            fingerprint = engine.alerts().first().fingerprint;
            firingSince = engine.alerts().first().firingSinceMs;
            engine.stop();
        }
        Engine engine(c);
        engine.setDataDir(dir.path());
        QSignalSpy restored(&engine, &Engine::silencesChanged);
        QSignalSpy events(&engine, &Engine::alertEventsRecorded);
        engine.start();
        QVERIFY(restored.wait(10000));
        QCOMPARE(engine.alerts().size(), 1);
        QCOMPARE(engine.alerts().first().fingerprint, fingerprint);
        QCOMPARE(engine.alerts().first().state, AlertState::Firing);
        QCOMPARE(engine.alerts().first().firingSinceMs, firingSince);
        engine.ingest(cpuBatch(base + 3000, 90));
        engine.ingest(cpuBatch(base + 4000, 90));
        QTest::qWait(200);
        for (const QList<QVariant> &args : std::as_const(events)) {
            for (const AlertEvent &e : args.at(0).value<QList<AlertEvent>>())
                QVERIFY2(e.kind != AlertEventKind::Firing, "a restored firing alert fired again");
        }
        engine.stop();
    }

    void historyCapacityFollowsConfig()
    {
        Config c;
        c.sampling.intervalMs = 500;
        c.sampling.historyMs = 60000;
        Engine engine(c);
        QCOMPARE(engine.store().capacityPerSeries(), 120);
    }

    void collectorRunsOnItsOwnThreadAndStopsCleanly()
    {
        Config c;
        c.sampling.intervalMs = 100;
        Engine engine(c);
        QTemporaryDir dir;
        engine.setDataDir(dir.path());
        QSignalSpy batches(&engine, &Engine::batchIngested);
        engine.start();
        QVERIFY(engine.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() >= 3, 5000);
        // Batches arrive here, in the engine's (this) thread, through a queued connection.
        const auto batch = batches.last().at(0).value<SampleBatch>();
        QVERIFY(batch.timeMs > 0);
        QVERIFY(!batch.samples.isEmpty());
        QVERIFY(engine.store().latest(SeriesId(QStringLiteral("memory_total_bytes"))));
        engine.stop();
        QVERIFY(!engine.isRunning());
        const qsizetype after = batches.size();
        QTest::qWait(300);
        QCOMPARE(batches.size(), after); // nothing after stop
        engine.stop();                   // idempotent
        engine.start();                  // and restartable
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() > after, 5000);
    }

    void nextTickLandsOnIntervalBoundary_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("just after a boundary") << qint64(10003) << qint64(1000) << qint64(997);
        QTest::newRow("late tick") << qint64(10950) << qint64(1000) << qint64(50);
        QTest::newRow("exactly on a boundary") << qint64(11000) << qint64(1000) << qint64(1000);
        QTest::newRow("odd interval") << qint64(1001) << qint64(300) << qint64(199);
    }

    void nextTickLandsOnIntervalBoundary()
    {
        // Re-arming from the wall clock each tick means a slow tick never shifts later ones.
        QFETCH(qint64, now);
        QFETCH(qint64, interval);
        QFETCH(qint64, delay);
        QCOMPARE(SystemCollector::delayUntilNextTick(now, interval), delay);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
