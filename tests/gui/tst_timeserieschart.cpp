#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

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
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
