#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace vigil;

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimatesToTheVisibleWidth()
    {
        TimeSeriesChart chart(QStringLiteral("CPU"), Unit::Percent);
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const SeriesId id(QStringLiteral("x"));
        MetricStore store(3600);
        for (int i = 0; i < 3600; ++i)
            store.append(id, Sample{qint64(i) * 1000, double(i % 100)});
        chart.setTimeWindow(3600 * 1000);
        chart.setLines({{id, QStringLiteral("x")}});
        chart.refresh(store, 3599 * 1000);
        chart.refresh(store, 3599 * 1000); // plot area known after the first layout
        // At most two points per pixel column of a 500 px wide widget.
        QVERIFY2(chart.pointCount(id) <= 2 * 500,
                 qPrintable(QString::number(chart.pointCount(id))));
        QVERIFY(chart.pointCount(id) >= 60);
    }

    void byteAxisScales_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("bytes") << 500.0 << "B/s";
        QTest::newRow("kibibytes") << 50.0 * 1024 << "KiB/s";
        QTest::newRow("gibibytes") << 2.0 * 1024 * 1024 * 1024 << "GiB/s";
    }

    void byteAxisScales()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        TimeSeriesChart chart(QStringLiteral("Net"), Unit::BytesPerSecond);
        const SeriesId id(QStringLiteral("rx"));
        MetricStore store;
        store.append(id, Sample{1000, value});
        chart.setLines({{id, QStringLiteral("rx")}});
        chart.refresh(store, 1000);
        QCOMPARE(chart.axisUnitText(), unit);
    }

    void linesKeepIdentityAcrossUpdates()
    {
        TimeSeriesChart chart(QStringLiteral("Disk"), Unit::BytesPerSecond);
        const SeriesId a(QStringLiteral("a"));
        const SeriesId b(QStringLiteral("b"));
        chart.setLines({{a, QStringLiteral("a")}});
        MetricStore store;
        store.append(a, Sample{1000, 1});
        store.append(b, Sample{1000, 2});
        chart.refresh(store, 1000);
        chart.setLines({{a, QStringLiteral("a")}, {b, QStringLiteral("b")}});
        QCOMPARE(chart.pointCount(a), 1); // kept its points
        QCOMPARE(chart.pointCount(b), 0);
        chart.setLines({{b, QStringLiteral("b")}});
        QCOMPARE(chart.pointCount(a), -1); // removed
        QCOMPARE(chart.lines().size(), 1);
    }

    void ignoringOutliersKeepsOneSpikeFromFlatteningTheAxis()
    {
        TimeSeriesChart chart(QStringLiteral("Disk"), Unit::BytesPerSecond);
        const SeriesId id(QStringLiteral("read"));
        MetricStore store;
        for (int i = 0; i < 300; ++i)
            store.append(id, Sample{qint64(i) * 1000, 1000.0 + (i % 10) * 10});
        store.append(id, Sample{300 * 1000, 5e9}); // one 5 GB/s spike
        chart.setTimeWindow(300 * 1000);
        chart.setLines({{id, QStringLiteral("sda read")}});
        chart.refresh(store, 300 * 1000);
        QVERIFY(chart.yAxisMax() >= 5e9);
        QCOMPARE(chart.clippedPointCount(), 0);
        QVERIFY(chart.clippedText().isEmpty());

        QSignalSpy toggled(&chart, &TimeSeriesChart::ignoreOutliersToggled);
        auto *action = chart.findChild<QAction *>(QStringLiteral("ignoreOutliersAction"));
        QVERIFY(action && action->isCheckable());
        action->trigger(); // redraws from the last store at once
        QCOMPARE(toggled.count(), 1);
        QVERIFY(chart.ignoresOutliers());
        // The 99th percentile (1090) with headroom, rounded to a tick (2 KiB/s): far below.
        QVERIFY2(chart.yAxisMax() >= 1090 && chart.yAxisMax() <= 4096,
                 qPrintable(QString::number(chart.yAxisMax())));
        QCOMPARE(chart.axisUnitText(), QStringLiteral("KiB/s"));
        QCOMPARE(chart.clippedPointCount(), 1);
        QVERIFY(!chart.clippedText().isEmpty());

        chart.setIgnoreOutliers(false); // programmatic: no signal
        QCOMPARE(toggled.count(), 1);
        QVERIFY(!action->isChecked());
        QVERIFY(chart.yAxisMax() >= 5e9);
    }

    void fixedAxesIgnoreTheOutlierOption()
    {
        TimeSeriesChart chart(QStringLiteral("CPU"), Unit::Percent);
        chart.setFixedRange(0, 100);
        const SeriesId id(QStringLiteral("cpu"));
        MetricStore store;
        for (int i = 0; i < 100; ++i)
            store.append(id, Sample{qint64(i) * 1000, i == 50 ? 100.0 : 5.0});
        chart.setLines({{id, QStringLiteral("cpu")}});
        chart.setIgnoreOutliers(true);
        chart.refresh(store, 99 * 1000);
        QCOMPARE(chart.yAxisMax(), 100.0);
        QCOMPARE(chart.clippedPointCount(), 0);
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
