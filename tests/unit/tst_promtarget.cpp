#include "checks/PromTarget.h"

#include <QTest>

#include <cmath>

using namespace vigil;

namespace {

constexpr qint64 Second = 1000 * 1000 * 1000;

PromTarget::Options options(QStringList allow = {}, QStringList deny = {}, int maxSeries = 2000)
{
    return PromTarget::Options{QStringLiteral("web1"), std::move(allow), std::move(deny),
                               maxSeries};
}

PromTarget::Result ingest(PromTarget &target, const QByteArray &text, qint64 monoNs)
{
    const promtext::ParseResult parsed = promtext::parse(text);
    return target.ingest(parsed, 1700000000000 + monoNs / 1000000, monoNs);
}

SeriesId sid(const QString &text)
{
    QString error;
    const SeriesId id = SeriesId::parse(text, &error);
    if (!id.isValid())
        qFatal("bad series id in test: %s", qPrintable(error));
    return id;
}

QStringList ids(const SampleBatch &batch)
{
    QStringList out;
    for (const SeriesSample &s : batch.samples)
        out << s.id.toString();
    return out;
}

double valueOf(const SampleBatch &batch, const QString &id)
{
    const SeriesSample *s = batch.find(sid(id));
    return s ? s->value : qQNaN();
}

} // namespace

class TestPromTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetLabelAdded()
    {
        PromTarget target(options());
        const auto r = ingest(target, "m{x=\"1\"} 2\nplain 3\n", 0);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.batch.timeMs, 1700000000000);
        QCOMPARE(ids(r.batch), QStringList({QStringLiteral("m{target=\"web1\",x=\"1\"}"),
                                            QStringLiteral("plain{target=\"web1\"}")}));
        QCOMPARE(r.batch.samples[0].value, 2.0);
        QCOMPARE(r.seriesTotal, 2);
        QCOMPARE(r.seriesKept, 2);
    }

    void scrapedTargetIsExported()
    {
        PromTarget target(options());
        const auto r = ingest(target,
                              "a{target=\"db\"} 1\n"
                              "b{target=\"db\",exported_target=\"x\"} 2\n",
                              0);
        QCOMPARE(ids(r.batch),
                 QStringList({QStringLiteral("a{exported_target=\"db\",target=\"web1\"}"),
                              QStringLiteral("b{exported_exported_target=\"db\","
                                             "exported_target=\"x\",target=\"web1\"}")}));
    }

    void parseErrorsArePassedOn()
    {
        PromTarget target(options());
        const auto r = ingest(target, "good 1\nbad value\n", 0);
        QCOMPARE(r.errors, QStringList(QStringLiteral("line 2: invalid value \"value\"")));
        QCOMPARE(r.seriesKept, 1);
    }

    void allowDeny_data()
    {
        QTest::addColumn<QStringList>("allow");
        QTest::addColumn<QStringList>("deny");
        QTest::addColumn<QStringList>("kept");
        const QString text =
            QStringLiteral("node_load1,node_load15,node_cpu_seconds_total,go_goroutines");
        QTest::newRow("everything") << QStringList() << QStringList() << text.split(u',');
        QTest::newRow("allow is a full match")
            << QStringList{QStringLiteral("node_load")} << QStringList() << QStringList();
        QTest::newRow("allow prefix")
            << QStringList{QStringLiteral("node_.*")} << QStringList()
            << QStringList{QStringLiteral("node_load1"), QStringLiteral("node_load15"),
                           QStringLiteral("node_cpu_seconds_total")};
        QTest::newRow("two allows")
            << QStringList{QStringLiteral("node_load1"), QStringLiteral("go_.*")} << QStringList()
            << QStringList{QStringLiteral("node_load1"), QStringLiteral("go_goroutines")};
        QTest::newRow("deny wins over allow")
            << QStringList{QStringLiteral("node_.*")} << QStringList{QStringLiteral("node_load.*")}
            << QStringList{QStringLiteral("node_cpu_seconds_total")};
        QTest::newRow("deny alone")
            << QStringList() << QStringList{QStringLiteral("go_.*|node_load1")}
            << QStringList{QStringLiteral("node_load15"), QStringLiteral("node_cpu_seconds_total")};
    }

    void allowDeny()
    {
        QFETCH(QStringList, allow);
        QFETCH(QStringList, deny);
        QFETCH(QStringList, kept);
        PromTarget target(options(allow, deny));
        QVERIFY(target.configError().isEmpty());
        const auto r = ingest(target,
                              "node_load1 1\nnode_load15 2\nnode_cpu_seconds_total{cpu=\"0\"} 3\n"
                              "go_goroutines 4\n",
                              0);
        QStringList names;
        for (const SeriesSample &s : r.batch.samples)
            names << s.id.name();
        QCOMPARE(names, kept);
        QCOMPARE(r.seriesKept, kept.size());
        QCOMPARE(r.droppedByFilter, 4 - kept.size());
    }

    void validate_data()
    {
        QTest::addColumn<QStringList>("allow");
        QTest::addColumn<QStringList>("deny");
        QTest::addColumn<QString>("targetName");
        QTest::addColumn<int>("maxSeries");
        QTest::addColumn<QString>("error"); // start of the message; empty = valid
        QTest::newRow("valid") << QStringList{QStringLiteral("a.*")} << QStringList()
                               << QStringLiteral("t") << 10 << QString();
        QTest::newRow("bad allow")
            << QStringList{QStringLiteral("ok"), QStringLiteral("(")} << QStringList()
            << QStringLiteral("t") << 10 << QStringLiteral("allow pattern \"(\": ");
        QTest::newRow("bad deny") << QStringList() << QStringList{QStringLiteral("a[")}
                                  << QStringLiteral("t") << 10
                                  << QStringLiteral("deny pattern \"a[\": ");
        QTest::newRow("empty target") << QStringList() << QStringList() << QString() << 10
                                      << QStringLiteral("the target label value is empty");
        QTest::newRow("no series") << QStringList() << QStringList() << QStringLiteral("t") << 0
                                   << QStringLiteral("maxSeries must be at least 1, not 0");
    }

    void validate()
    {
        QFETCH(QStringList, allow);
        QFETCH(QStringList, deny);
        QFETCH(QString, targetName);
        QFETCH(int, maxSeries);
        QFETCH(QString, error);
        const PromTarget::Options o{targetName, allow, deny, maxSeries};
        const QString got = PromTarget::validate(o);
        QVERIFY2(error.isEmpty() ? got.isEmpty() : got.startsWith(error), qPrintable(got));

        PromTarget target(o);
        QCOMPARE(target.configError(), got);
        const auto r = ingest(target, "a 1\n", 0);
        QCOMPARE(r.batch.samples.isEmpty(), !got.isEmpty());
        if (!got.isEmpty())
            QCOMPARE(r.errors, QStringList(got));
    }

    void maxSeriesKeepsTheFirst()
    {
        PromTarget target(options({}, {}, 3));
        const auto r = ingest(target, "a 1\nb 2\nc{x=\"1\"} 3\nc{x=\"2\"} 4\nd 5\n", 0);
        QCOMPARE(ids(r.batch), QStringList({QStringLiteral("a{target=\"web1\"}"),
                                            QStringLiteral("b{target=\"web1\"}"),
                                            QStringLiteral("c{target=\"web1\",x=\"1\"}")}));
        QCOMPARE(r.seriesTotal, 5);
        QCOMPARE(r.seriesKept, 3);
        QCOMPARE(r.droppedByLimit, 2);
        QCOMPARE(r.errors, QStringList(QStringLiteral("more than 3 series: 2 dropped")));
    }

    void counterRates()
    {
        PromTarget target(options());
        const QByteArray first = "# TYPE c counter\nc{a=\"1\"} 100\n# TYPE g gauge\ng 5\n"
                                 "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 4\nh_sum 2\nh_count 4\n"
                                 "# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 10\ns_count 1\n"
                                 "u_total 7\n";
        const auto r1 = ingest(target, first, 10 * Second);
        QCOMPARE(r1.batch.samples.size(), 9); // no rate on the first scrape
        QCOMPARE(target.trackedCounters(), 5);

        const QByteArray second =
            "# TYPE c counter\nc{a=\"1\"} 130\n# TYPE g gauge\ng 9\n"
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 10\nh_sum 5\nh_count 10\n"
            "# TYPE s summary\ns{quantile=\"0.5\"} 2\ns_sum 10\ns_count 2\n"
            "u_total 9\n";
        const auto r2 = ingest(target, second, 12 * Second);
        QCOMPARE(valueOf(r2.batch, QStringLiteral("c:rate{a=\"1\",target=\"web1\"}")), 15.0);
        QCOMPARE(valueOf(r2.batch, QStringLiteral("h_sum:rate{target=\"web1\"}")), 1.5);
        QCOMPARE(valueOf(r2.batch, QStringLiteral("h_count:rate{target=\"web1\"}")), 3.0);
        QCOMPARE(valueOf(r2.batch, QStringLiteral("s_sum:rate{target=\"web1\"}")), 0.0);
        QCOMPARE(valueOf(r2.batch, QStringLiteral("s_count:rate{target=\"web1\"}")), 0.5);
        QCOMPARE(r2.batch.samples.size(), 14); // gauges, buckets, quantiles, untyped: no rate
        QCOMPARE(r2.seriesKept, 9);
        // Each rate follows its counter.
        QCOMPARE(r2.batch.samples[1].id.toString(),
                 QStringLiteral("c:rate{a=\"1\",target=\"web1\"}"));
    }

    void counterResetGivesNoRate()
    {
        PromTarget target(options());
        const QString rate = QStringLiteral("c:rate{target=\"web1\"}");
        ingest(target, "# TYPE c counter\nc 100\n", 0);
        auto r = ingest(target, "# TYPE c counter\nc 50\n", 1 * Second);
        QVERIFY(!r.batch.find(sid(rate)));
        QCOMPARE(r.seriesKept, 1);
        r = ingest(target, "# TYPE c counter\nc 60\n", 3 * Second);
        QCOMPARE(valueOf(r.batch, rate), 5.0);
        r = ingest(target, "# TYPE c counter\nc 60\n", 4 * Second);
        QCOMPARE(valueOf(r.batch, rate), 0.0);
        r = ingest(target, "# TYPE c counter\nc 70\n", 4 * Second); // no time passed
        QVERIFY(!r.batch.find(sid(rate)));
    }

    void seriesMissingFromAScrapeStartsOver()
    {
        PromTarget target(options());
        ingest(target, "# TYPE c counter\nc 1\n", 0);
        ingest(target, "# TYPE c counter\n", 1 * Second);
        const auto r = ingest(target, "# TYPE c counter\nc 5\n", 2 * Second);
        QVERIFY(!r.batch.find(sid(QStringLiteral("c:rate{target=\"web1\"}"))));
    }

    void nanSkipped()
    {
        PromTarget target(options());
        ingest(target, "# TYPE c counter\nc 1\n", 0);
        const auto r = ingest(target, "# TYPE c counter\nc NaN\ng NaN\nh +Inf\n", 1 * Second);
        QCOMPARE(ids(r.batch), QStringList(QStringLiteral("h{target=\"web1\"}")));
        QCOMPARE(r.droppedNaN, 2);
        QCOMPARE(r.seriesTotal, 3);
        QCOMPARE(r.seriesKept, 1);
        QCOMPARE(target.trackedCounters(), 0);
    }

    void previousValuesDoNotGrow()
    {
        PromTarget target(options());
        for (int scrape = 0; scrape < 200; ++scrape) {
            QByteArray text = "# TYPE requests_total counter\n";
            for (int k = 0; k < 3; ++k) // three series, new label values every scrape
                text += "requests_total{id=\"" + QByteArray::number(scrape * 3 + k) + "\"} 1\n";
            const auto r = ingest(target, text, scrape * Second);
            QCOMPARE(r.seriesKept, 3);
            QCOMPARE(target.trackedCounters(), 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestPromTarget)
#include "tst_promtarget.moc"
