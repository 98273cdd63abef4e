#include "engine/Health.h"

#include <QTest>

using namespace vigil;

namespace {
SeriesId cpuTotal()
{
    return SeriesId(QStringLiteral("cpu_usage_percent"),
                    {{QStringLiteral("cpu"), QStringLiteral("total")}});
}
SeriesId fs(const QString &mount)
{
    return SeriesId(QStringLiteral("filesystem_used_percent"), {{QStringLiteral("mount"), mount}});
}
} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholds_data()
    {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<double>("memory");
        QTest::addColumn<double>("root");
        QTest::addColumn<int>("expected");
        QTest::newRow("all fine") << 10.0 << 50.0 << 20.0 << int(Severity::Healthy);
        QTest::newRow("cpu just below warning") << 79.9 << 50.0 << 20.0 << int(Severity::Healthy);
        QTest::newRow("cpu at warning") << 80.0 << 50.0 << 20.0 << int(Severity::Warning);
        QTest::newRow("cpu critical") << 95.0 << 50.0 << 20.0 << int(Severity::Critical);
        QTest::newRow("memory warning") << 10.0 << 85.0 << 20.0 << int(Severity::Warning);
        QTest::newRow("memory critical") << 10.0 << 99.0 << 20.0 << int(Severity::Critical);
        QTest::newRow("fs warning") << 10.0 << 50.0 << 80.0 << int(Severity::Warning);
        QTest::newRow("fs critical") << 10.0 << 50.0 << 90.0 << int(Severity::Critical);
        QTest::newRow("worst wins") << 85.0 << 50.0 << 95.0 << int(Severity::Critical);
    }

    void thresholds()
    {
        QFETCH(double, cpu);
        QFETCH(double, memory);
        QFETCH(double, root);
        QFETCH(int, expected);
        SampleBatch b;
        b.add(cpuTotal(), cpu);
        b.add(QStringLiteral("memory_used_percent"), memory);
        b.add(fs(QStringLiteral("/")), root);
        const HealthReport r = evaluateBuiltinThresholds(b);
        QCOMPARE(int(r.status), expected);
        QCOMPARE(r.findings.isEmpty(), expected == int(Severity::Healthy));
    }

    void perCoreSpikesDoNotCount()
    {
        SampleBatch b;
        b.add(cpuTotal(), 20);
        b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                       {{QStringLiteral("cpu"), QStringLiteral("0")}}),
              100);
        QCOMPARE(evaluateBuiltinThresholds(b).status, Severity::Healthy);
    }

    void noDataIsUnknown()
    {
        SampleBatch b;
        b.add(QStringLiteral("load1"), 3);
        const HealthReport r = evaluateBuiltinThresholds(b);
        QCOMPARE(r.status, Severity::Unknown);
        QCOMPARE(r.headline(), QStringLiteral("No data yet"));
    }

    void findingsWorstFirstWithMountInSummary()
    {
        SampleBatch b;
        b.add(cpuTotal(), 85);
        b.add(fs(QStringLiteral("/home")), 93.5);
        const HealthReport r = evaluateBuiltinThresholds(b);
        QCOMPARE(r.findings.size(), 2);
        QCOMPARE(r.findings[0].severity, Severity::Critical);
        QCOMPARE(r.findings[0].threshold, 90.0);
        QVERIFY2(r.findings[0].summary.startsWith(QStringLiteral("/home at 93.5 %")),
                 qPrintable(r.findings[0].summary));
        QCOMPARE(r.findings[1].check, QStringLiteral("cpu_high"));
        QVERIFY(r.headline().endsWith(QStringLiteral("(+1 more)")));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
