#include "series/MetricStore.h"

#include <QTest>

using namespace vigil;

namespace {
const SeriesId cpu(QStringLiteral("cpu_usage_percent"),
                   {{QStringLiteral("cpu"), QStringLiteral("total")}});
}

class TestMetricStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndLatest()
    {
        MetricStore store(10);
        QVERIFY(!store.latest(cpu));
        SampleBatch batch;
        batch.timeMs = 1000;
        batch.add(cpu, 12.5);
        batch.add(QStringLiteral("load1"), 0.5);
        store.append(batch);
        QCOMPARE(store.latest(cpu)->value, 12.5);
        QCOMPARE(store.latest(cpu)->timeMs, 1000);
        QCOMPARE(store.seriesIds().size(), 2);
        QCOMPARE(store.seriesNamed(QStringLiteral("load1")),
                 QList<SeriesId>{SeriesId(QStringLiteral("load1"))});
        QCOMPARE(store.lastTimeMs(), 1000);
    }

    void retentionDropsOldest()
    {
        MetricStore store(5);
        for (int i = 0; i < 12; ++i)
            store.append(cpu, Sample{i * 1000, double(i)});
        const QList<Sample> all = store.range(cpu, 0, 100000);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().value, 7.0);
        QCOMPARE(all.last().value, 11.0);
    }

    void shrinkingCapacityKeepsNewest()
    {
        MetricStore store(10);
        for (int i = 0; i < 10; ++i)
            store.append(cpu, Sample{i * 1000, double(i)});
        store.setCapacityPerSeries(3);
        const QList<Sample> all = store.range(cpu, 0, 100000);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().value, 7.0);
        store.append(cpu, Sample{10000, 10.0});
        QCOMPARE(store.range(cpu, 0, 100000).first().value, 8.0);
    }

    void outOfOrderSampleIsDropped()
    {
        MetricStore store(10);
        store.append(cpu, Sample{2000, 2});
        store.append(cpu, Sample{1000, 1});
        QCOMPARE(store.range(cpu, 0, 5000).size(), 1);
    }

    void rangeIsInclusive()
    {
        MetricStore store(100);
        for (int i = 0; i < 10; ++i)
            store.append(cpu, Sample{i * 1000, double(i)});
        const QList<Sample> r = store.range(cpu, 3000, 6000);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.first().timeMs, 3000);
        QCOMPARE(r.last().timeMs, 6000);
        QVERIFY(store.range(cpu, 20000, 30000).isEmpty());
        QVERIFY(store.range(SeriesId(QStringLiteral("nope")), 0, 30000).isEmpty());
    }

    void rangeAcrossWrap()
    {
        MetricStore store(4);
        for (int i = 0; i < 7; ++i) // ring wrapped: holds 3..6
            store.append(cpu, Sample{i * 1000, double(i)});
        const QList<Sample> r = store.range(cpu, 4000, 5000);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].value, 4.0);
        QCOMPARE(r[1].value, 5.0);
    }

    void decimationKeepsMinAndMax()
    {
        MetricStore store(3600);
        for (int i = 0; i < 3600; ++i) {
            double v = 10.0;
            if (i == 1234)
                v = 99.0; // one spike
            if (i == 2000)
                v = 0.0; // one dip
            store.append(cpu, Sample{qint64(i) * 1000, v});
        }
        const QList<Sample> d = store.decimated(cpu, 0, 3599 * 1000, 100);
        QVERIFY(d.size() <= 200);
        QVERIFY(d.size() >= 100);
        double mx = -1;
        double mn = 1000;
        for (qsizetype i = 0; i < d.size(); ++i) {
            mx = std::max(mx, d[i].value);
            mn = std::min(mn, d[i].value);
            if (i > 0)
                QVERIFY(d[i - 1].timeMs <= d[i].timeMs);
        }
        QCOMPARE(mx, 99.0);
        QCOMPARE(mn, 0.0);
    }

    void decimationLeavesSmallInputsAlone()
    {
        QList<Sample> s{{0, 1}, {1000, 2}, {2000, 3}};
        QCOMPARE(MetricStore::decimateMinMax(s, 0, 2000, 10), s);
        QCOMPARE(MetricStore::decimateMinMax(s, 0, 2000, 0), s);
    }

    void decimationBucketOrder()
    {
        // Within one bucket max precedes min: output keeps time order.
        QList<Sample> s{{0, 5}, {1, 9}, {2, 1}, {3, 5}, {10, 5}, {11, 5}, {12, 5}, {13, 5}};
        const QList<Sample> d = MetricStore::decimateMinMax(s, 0, 19, 2);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[0], (Sample{1, 9}));
        QCOMPARE(d[1], (Sample{2, 1}));
        QCOMPARE(d[2].timeMs, 10);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
