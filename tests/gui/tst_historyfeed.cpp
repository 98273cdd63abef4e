// Charts show the history that exists at start: a first Engine stores half an hour of CPU
// samples in history.db and stops; a second one on the same data directory starts with an empty
// ring, and the dashboard's CPU chart draws those samples (asked for through HistoryFeed, read
// on the storage thread) before the one live sample.
#include "FakeClock.h"
#include "HistorySamples.h"

#include "Dashboard.h"
#include "MainWindow.h"
#include "charts/HistoryFeed.h"
#include "charts/TimeSeriesChart.h"
#include "collect/SystemSources.h"
#include "engine/Engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace vigil;
using test::cpuBatch;
using test::cpuTotal;

namespace {

Config quietConfig()
{
    Config c;
    c.sampling.intervalMs = 3600 * 1000; // one collector tick, and every source off
    const QStringList sources = systemSourceNames();
    c.collectors.disabled = QSet<QString>(sources.begin(), sources.end());
    return c;
}

void configure(Engine &engine, const QString &dir)
{
    engine.setDataDir(dir);
    engine.setChecksEnabled(false);
    engine.setNotificationsEnabled(false);
}

} // namespace

class TestHistoryFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartShowsHistoryPresentAtStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeClock clock;
        {
            Engine engine(quietConfig(), QStringLiteral("/"), clock);
            configure(engine, dir.path());
            engine.start();
            for (int i = 0; i <= 180; ++i) { // 30 minutes at 10 s
                engine.ingest(cpuBatch(clock.nowMs(), 20 + i % 10));
                clock.advance(10s);
            }
            engine.stop();
        }
        clock.advance(50s);
        Engine engine(quietConfig(), QStringLiteral("/"), clock);
        configure(engine, dir.path());
        engine.start();
        MainWindow w(engine);
        QSignalSpy requested(w.historyFeed(), &HistoryFeed::historyRequested);
        QSignalSpy arrived(w.historyFeed(), &HistoryFeed::historyArrived);
        w.setTimeWindow(3600 * 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        engine.ingest(cpuBatch(clock.nowMs(), 55));
        TimeSeriesChart *chart = w.dashboard()->cpuChart();
        QTRY_COMPARE(arrived.size(), 1);
        // 181 stored samples (raw tier, min == max: one point each) and the live one.
        QTRY_COMPARE(chart->pointCount(cpuTotal()), 182);
        QCOMPARE(requested.size(), 1);
        const auto queries = requested.first().at(1).value<QList<HistoryQuery>>();
        QVERIFY(!queries.isEmpty());
        QCOMPARE(queries.first().toMs - queries.first().fromMs, 3600 * 1000);

        // A longer window asks again, for the longer range.
        w.setTimeWindow(7LL * 24 * 3600 * 1000);
        engine.ingest(cpuBatch(clock.nowMs() + 1000, 56));
        QTRY_COMPARE(requested.size(), 2);
        const auto week = requested.last().at(1).value<QList<HistoryQuery>>();
        QCOMPARE(week.first().toMs - week.first().fromMs, 7LL * 24 * 3600 * 1000);
        QTRY_COMPARE(arrived.size(), 2);
        QVERIFY(chart->pointCount(cpuTotal()) > 2);
    }

    void withoutStorageOnlyLiveSamplesAreDrawn()
    {
        Engine engine{quietConfig()};
        MainWindow w(engine);
        QSignalSpy arrived(w.historyFeed(), &HistoryFeed::historyArrived);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        engine.ingest(cpuBatch(1795254000000, 30));
        QCOMPARE(w.dashboard()->cpuChart()->pointCount(cpuTotal()), 1);
        QVERIFY(arrived.isEmpty());
    }

    void olderAnswersAreIgnored()
    {
        TimeSeriesChart chart(QStringLiteral("CPU"), Unit::Percent);
        chart.setLines({{cpuTotal(), QStringLiteral("Total")}});
        HistoryFeed feed;
        feed.setCharts({&chart});
        QSignalSpy requested(&feed, &HistoryFeed::historyRequested);
        QSignalSpy arrived(&feed, &HistoryFeed::historyArrived);
        feed.update(1000000);
        feed.setTimeWindow(3600 * 1000);
        feed.update(1000000);
        QCOMPARE(requested.size(), 2);
        const quint64 first = requested.first().at(0).toULongLong();
        const quint64 second = requested.last().at(0).toULongLong();
        const HistoryResult r{cpuTotal(), HistoryTier::Minute, {{900000, 1, 2, 3}}, {}};
        feed.onHistoryReady(first, {r});
        QVERIFY(arrived.isEmpty());
        feed.onHistoryReady(second, {r});
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(HistoryFeed::toSamples(r.points),
                 (QList<Sample>{{900000, 1}, {900000, 3}})); // min, then max
        feed.update(1000000 + 1000);                         // nothing changed, not due yet
        QCOMPARE(requested.size(), 2);
        feed.update(1000000 + HistoryFeed::RefreshEveryMs);
        QCOMPARE(requested.size(), 3);
    }
};

QTEST_MAIN(TestHistoryFeed)
#include "tst_historyfeed.moc"
