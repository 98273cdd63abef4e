#include "collect/SystemCollector.h"
#include "engine/Engine.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace vigil;

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingestStoresAndReportsHealth()
    {
        Engine engine{Config()};
        QSignalSpy batches(&engine, &Engine::batchIngested);
        QSignalSpy health(&engine, &Engine::healthChanged);
        SampleBatch b;
        b.timeMs = 1000;
        b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                       {{QStringLiteral("cpu"), QStringLiteral("total")}}),
              90);
        engine.ingest(b);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(health.size(), 1);
        QCOMPARE(engine.health().status, Severity::Warning);
        QCOMPARE(engine.store().lastTimeMs(), 1000);

        b.timeMs = 2000; // same status, same headline: no new signal
        engine.ingest(b);
        QCOMPARE(health.size(), 1);
        b.timeMs = 3000;
        b.samples[0].value = 10;
        engine.ingest(b);
        QCOMPARE(health.size(), 2);
        QCOMPARE(engine.health().status, Severity::Healthy);
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
