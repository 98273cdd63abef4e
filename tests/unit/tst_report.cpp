#include "alerts/AlertTypes.h"
#include "engine/Report.h"
#include "engine/RuleCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigil;

namespace {

Report sampleReport(double cpu)
{
    Report r;
    r.timeMs = 1795254801000; // 2026-11-21T09:53:21Z
    r.host = QStringLiteral("desk1");
    r.version = QStringLiteral("0.1.0");
    r.intervalMs = 1000;
    SampleBatch &b = r.batch;
    b.timeMs = r.timeMs;
    b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                   {{QStringLiteral("cpu"), QStringLiteral("total")}}),
          cpu);
    b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                   {{QStringLiteral("cpu"), QStringLiteral("0")}}),
          cpu);
    b.add(QStringLiteral("memory_total_bytes"), 8.0 * 1024 * 1024 * 1024);
    b.add(QStringLiteral("memory_used_percent"), 40);
    b.add(SeriesId(QStringLiteral("filesystem_used_percent"),
                   {{QStringLiteral("mount"), QStringLiteral("/")},
                    {QStringLiteral("device"), QStringLiteral("/dev/vda")},
                    {QStringLiteral("fstype"), QStringLiteral("ext4")}}),
          20);
    b.add(QStringLiteral("load1"), qQNaN()); // never valid JSON: must be left out
    r.health = evaluateRulesNow(defaultAlertRules(), b);
    return r;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape()
    {
        const Report r = sampleReport(97);
        const QByteArray json = reportToJson(r, SeriesRegistry::withSystemSeries());
        QVERIFY(json.endsWith('\n'));
        QCOMPARE(json.count('\n'), 1); // exactly one JSON object on one line
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"timestamp").toString(), QStringLiteral("2026-11-21T09:53:21Z"));
        QCOMPARE(o.value(u"host").toString(), QStringLiteral("desk1"));
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("critical"));
        const QJsonArray series = o.value(u"series").toArray();
        QCOMPARE(series.size(), 5); // the NaN sample is dropped
        bool foundFs = false;
        for (const QJsonValue &v : series) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.contains(u"name") && s.contains(u"labels") && s.contains(u"value") &&
                    s.contains(u"unit"));
            if (s.value(u"name").toString() == u"filesystem_used_percent") {
                foundFs = true;
                QCOMPARE(s.value(u"labels").toObject().value(u"mount").toString(),
                         QStringLiteral("/"));
                QCOMPARE(s.value(u"unit").toString(), QStringLiteral("percent"));
                QCOMPARE(s.value(u"value").toDouble(), 20.0);
            }
            if (s.value(u"name").toString() == u"memory_total_bytes")
                QCOMPARE(s.value(u"unit").toString(), QStringLiteral("bytes"));
        }
        QVERIFY(foundFs);
        const QJsonArray alerts = o.value(u"alerts").toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].toObject().value(u"severity").toString(), QStringLiteral("critical"));
        QCOMPARE(alerts[0].toObject().value(u"value").toDouble(), 97.0);
        QCOMPARE(alerts[0].toObject().value(u"threshold").toDouble(), 95.0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<int>("code");
        QTest::newRow("healthy") << 10.0 << 0;
        QTest::newRow("warning") << 85.0 << 1;
        QTest::newRow("critical") << 99.0 << 2;
    }

    void exitCodes()
    {
        QFETCH(double, cpu);
        QFETCH(int, code);
        QCOMPARE(reportExitCode(sampleReport(cpu)), code);
    }

    void unknownWithoutData()
    {
        Report r;
        r.health = evaluateRulesNow(defaultAlertRules(), r.batch);
        QCOMPARE(reportExitCode(r), 3);
        const QString text = reportToText(r, SeriesRegistry::withSystemSeries());
        QVERIFY(text.contains(QStringLiteral("Status: UNKNOWN")));
        QVERIFY(text.contains(QStringLiteral("No data")));
    }

    void textIsReadable()
    {
        const QString text = reportToText(sampleReport(85), SeriesRegistry::withSystemSeries());
        QVERIFY2(text.contains(QStringLiteral("Status: WARNING")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("85.0 % busy")));
        QVERIFY(text.contains(QStringLiteral("1 cores")));
        QVERIFY(text.contains(QStringLiteral("of 8.00 GiB")));
        QVERIFY(text.contains(QStringLiteral("Filesystems\n  /")));
        QVERIFY(text.contains(QStringLiteral("WARNING   CPU at 85.0 %")));
        QVERIFY(text.contains(QStringLiteral("Disks\n  (none found)")));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
