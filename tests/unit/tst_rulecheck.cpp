#include "alerts/AlertTypes.h"
#include "engine/RuleCheck.h"

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

class TestRuleCheck : public QObject
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
        const HealthReport r = evaluateRulesNow(defaultAlertRules(), b);
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
        QCOMPARE(evaluateRulesNow(defaultAlertRules(), b).status, Severity::Healthy);
    }

    void noDataIsUnknown()
    {
        SampleBatch b;
        b.add(QStringLiteral("load1"), 3);
        const HealthReport r = evaluateRulesNow(defaultAlertRules(), b);
        QCOMPARE(r.status, Severity::Unknown);
        QCOMPARE(r.headline(), QStringLiteral("No data yet"));
    }

    void findingsWorstFirstWithMountInSummary()
    {
        SampleBatch b;
        b.add(cpuTotal(), 85);
        b.add(fs(QStringLiteral("/home")), 93.5);
        const HealthReport r = evaluateRulesNow(defaultAlertRules(), b);
        QCOMPARE(r.findings.size(), 2);
        QCOMPARE(r.findings[0].severity, Severity::Critical);
        QCOMPARE(r.findings[0].threshold, 90.0);
        QVERIFY2(r.findings[0].summary.startsWith(QStringLiteral("/home is 93.5 % full")),
                 qPrintable(r.findings[0].summary));
        QCOMPARE(r.findings[1].check, QStringLiteral("cpu_high"));
        QVERIFY(r.headline().endsWith(QStringLiteral("(+1 more)")));
    }

    void customRulesAndDisabledRules()
    {
        AlertRule low;
        low.name = QStringLiteral("memory_low");
        low.series = QStringLiteral("memory_available_bytes");
        low.op = CompareOp::Less;
        low.warning = 2e9;
        low.critical = 1e9;
        SampleBatch b;
        b.add(QStringLiteral("memory_available_bytes"), 1.5e9);
        HealthReport r = evaluateRulesNow({low}, b);
        QCOMPARE(r.status, Severity::Warning);
        QCOMPARE(r.findings.first().check, QStringLiteral("memory_low"));
        QCOMPARE(r.findings.first().threshold, 2e9);
        low.enabled = false;
        r = evaluateRulesNow({low}, b);
        QCOMPARE(r.status, Severity::Unknown); // a disabled rule evaluates nothing
    }

    void invalidRulesAreSkipped()
    {
        AlertRule broken;
        broken.name = QStringLiteral("broken");
        broken.series = QStringLiteral("cpu_usage_percent{cpu~=\"x\"}");
        broken.warning = 1;
        SampleBatch b;
        b.add(cpuTotal(), 99);
        const HealthReport r = evaluateRulesNow(QList<AlertRule>{broken} + defaultAlertRules(), b);
        QCOMPARE(r.status, Severity::Critical);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().check, QStringLiteral("cpu_high"));
    }
};

QTEST_GUILESS_MAIN(TestRuleCheck)
#include "tst_rulecheck.moc"
