// Exposition (0.0.4 text) and renderMetrics (Vigil's state as /metrics): escaping, HELP and
// TYPE, no duplicates, no empty families, node_exporter names, vigil_ series and ALERTS.
#include "export/ExportState.h"
#include "export/Exposition.h"
#include "export/MetricsRenderer.h"
#include "series/SeriesRegistry.h"
#include "ExpositionCheck.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
using Type = Exposition::Type;
constexpr qint64 Now = 1795254000000;

SeriesId id(const char *name, Labels labels = {})
{
    return SeriesId(QString::fromLatin1(name), std::move(labels));
}

Label label(const char *k, const char *v)
{
    return {QString::fromLatin1(k), QString::fromUtf8(v)};
}

ExportState stateWith(const SampleBatch &batch)
{
    ExportState s;
    s.system = batch;
    s.system.timeMs = Now;
    s.systemReceivedMs = Now;
    return s;
}

QByteArray render(const ExportState &state)
{
    return renderMetrics(state, SeriesRegistry::withSystemSeries(), Now);
}
} // namespace

class TestExposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesLabelValuesAndHelp()
    {
        Exposition e;
        e.add(QStringLiteral("vigil_x"), Type::Gauge, QStringLiteral("Back\\slash and\nnewline"),
              {label("path", "C:\\dir \"quoted\"\nnext"), label("ok", "plain ü")}, 1);
        const QByteArray text = e.render();
        QCOMPARE(text, QByteArray("# HELP vigil_x Back\\\\slash and\\nnewline\n"
                                  "# TYPE vigil_x gauge\n"
                                  "vigil_x{ok=\"plain \xc3\xbc\",path=\"C:\\\\dir "
                                  "\\\"quoted\\\"\\nnext\"} 1\n"));
    }

    void formatsGoFloats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer") << 1024.0 << QByteArray("1024");
        QTest::newRow("fraction") << 0.1 << QByteArray("0.1");
        QTest::newRow("large") << 1.7952546e9 << QByteArray("1795254600");
        QTest::newRow("tiny") << 1e-9 << QByteArray("1e-09");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
        QTest::newRow("nan") << std::nan("") << QByteArray("NaN");
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void formatsGoFloats()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(Exposition::formatValue(value), text);
    }

    void groupsSortsAndDropsDuplicates()
    {
        Exposition e;
        e.add(QStringLiteral("b_total"), Type::Counter, QStringLiteral("B"), {label("x", "2")}, 2);
        e.add(QStringLiteral("a"), Type::Gauge, QStringLiteral("A"), {}, 1);
        e.add(QStringLiteral("b_total"), Type::Counter, QStringLiteral("B"), {label("x", "1")}, 1);
        // The same series again: the first one added wins.
        e.add(QStringLiteral("b_total"), Type::Counter, QStringLiteral("B"), {label("x", "2")}, 9);
        // An empty label value is no label: this is series "a" again.
        e.add(QStringLiteral("a"), Type::Gauge, QStringLiteral("A"), {label("x", "")}, 7);
        QCOMPARE(e.render(), QByteArray("# HELP a A\n# TYPE a gauge\na 1\n"
                                        "# HELP b_total B\n# TYPE b_total counter\n"
                                        "b_total{x=\"1\"} 1\nb_total{x=\"2\"} 2\n"));
    }

    void dropsInvalidNamesAndTypeClashes()
    {
        Exposition e;
        e.add(QStringLiteral("bad-name"), Type::Gauge, {}, {}, 1);
        e.add(QStringLiteral("rate:colon"), Type::Gauge, {}, {}, 1);
        e.add(QStringLiteral("ok"), Type::Gauge, {}, {label("__reserved", "1")}, 1);
        e.add(QStringLiteral("ok"), Type::Gauge, {}, {}, 1);
        e.add(QStringLiteral("ok"), Type::Counter, {}, {label("y", "1")}, 1);
        QCOMPARE(e.droppedSamples(), 4);
        QCOMPARE(e.familyCount(), 1);
        QVERIFY(e.render().startsWith("# HELP ok ok\n")); // help falls back to the name
    }

    void emptyHasNoFamilies() { QCOMPARE(Exposition().render(), QByteArray()); }

    void systemSeriesUnderNodeExporterNames()
    {
        SampleBatch b;
        b.add(id("cpu_seconds_total", {label("cpu", "0"), label("mode", "idle")}), 123.5);
        b.add(id("memory_available_bytes"), 4096);
        b.add(id("memory_total_bytes"), 8192);
        b.add(id("swap_free_bytes"), 0);
        b.add(id("swap_total_bytes"), 0);
        b.add(id("filesystem_avail_bytes",
                 {label("device", "/dev/sda1"), label("fstype", "ext4"), label("mount", "/")}),
              1e9);
        b.add(id("network_receive_bytes_total", {label("interface", "eth0")}), 42);
        b.add(id("disk_written_bytes_total", {label("device", "sda")}), 512);
        b.add(id("load1"), 0.25);
        b.add(id("hwmon_temp_celsius",
                 {label("chip", "platform_coretemp_0"), label("sensor", "temp1")}),
              45);
        b.add(id("cpu_usage_percent", {label("cpu", "total")}), 12.5);
        const QByteArray text = render(stateWith(b));
        const QStringList problems = expositionProblems(text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const char *line :
             {"# TYPE node_cpu_seconds_total counter",
              "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 123.5",
              "node_memory_MemAvailable_bytes 4096", "node_memory_MemTotal_bytes 8192",
              "node_memory_SwapFree_bytes 0", "node_memory_SwapTotal_bytes 0",
              "node_filesystem_avail_bytes{device=\"/dev/sda1\",fstype=\"ext4\","
              "mountpoint=\"/\"} 1e+09",
              "node_network_receive_bytes_total{device=\"eth0\"} 42",
              "node_disk_written_bytes_total{device=\"sda\"} 512", "# TYPE node_load1 gauge",
              "node_load1 0.25",
              "node_hwmon_temp_celsius{chip=\"platform_coretemp_0\",sensor=\"temp1\"} 45",
              "# TYPE vigil_cpu_usage_percent gauge", "vigil_cpu_usage_percent{cpu=\"total\"} 12.5",
              "vigil_collector_up 1"}) {
            QVERIFY2(text.contains(QByteArray(QByteArray(line) + '\n')), line);
        }
        // Each value once: what goes out under a node_ name has no vigil_ twin.
        QVERIFY(!text.contains("vigil_load1"));
        QVERIFY(!text.contains("vigil_cpu_seconds_total"));
    }

    void checksGetVigilNamesAndKind()
    {
        ExportState s = stateWith({});
        CheckState api;
        api.spec.name = QStringLiteral("api");
        api.spec.type = CheckType::Http;
        CheckState node;
        node.spec.name = QStringLiteral("node");
        node.spec.type = CheckType::Prometheus;
        s.setChecks({api, node});
        SampleBatch a;
        a.add(id("check_up", {label("check", "api")}), 1);
        a.add(id("check_latency_seconds", {label("check", "api")}), 0.012);
        s.applyCheckBatch(a);
        SampleBatch n;
        n.add(id("check_up", {label("check", "node")}), 0);
        n.add(id("node_load1", {label("target", "node")}), 3);
        n.add(id("node_load1:rate", {label("target", "node")}), 3);
        s.applyCheckBatch(n);
        const QByteArray text = render(s);
        QVERIFY2(expositionProblems(text).isEmpty(),
                 qPrintable(expositionProblems(text).join(u'\n')));
        QVERIFY(text.contains("vigil_check_up{check=\"api\",kind=\"http\"} 1\n"));
        QVERIFY(text.contains("vigil_check_up{check=\"node\",kind=\"prometheus\"} 0\n"));
        QVERIFY(text.contains("vigil_check_latency_seconds{check=\"api\",kind=\"http\"} 0.012\n"));
        QVERIFY(text.contains("vigil_check_scraped_samples{check=\"node\"} 2\n"));
        // A scraped target's series are not re-exported (they would clash with ours).
        QVERIFY(!text.contains("target=\"node\""));
        // A check no longer configured takes its series with it.
        s.setChecks({api});
        QVERIFY(!render(s).contains("check=\"node\""));
    }

    void alertsAsPrometheusExportsThem()
    {
        ExportState s = stateWith({});
        Alert firing;
        firing.rule = QStringLiteral("HighCPU");
        firing.labels = {label("alertname", "HighCPU"), label("cpu", "total")};
        firing.state = AlertState::Firing;
        firing.severity = Severity::Critical;
        firing.activeSinceMs = 1795254600000;
        Alert pending = firing;
        pending.labels = {label("alertname", "DiskFull"), label("mount", "/")};
        pending.state = AlertState::Pending;
        pending.severity = Severity::Warning;
        pending.activeSinceMs = 1795254000500;
        Alert inactive = firing;
        inactive.labels = {label("alertname", "Quiet")};
        inactive.state = AlertState::Inactive;
        s.alerts = {firing, pending, inactive};
        const QByteArray text = render(s);
        QVERIFY2(expositionProblems(text).isEmpty(),
                 qPrintable(expositionProblems(text).join(u'\n')));
        QVERIFY(text.contains("# TYPE ALERTS gauge\n"));
        QVERIFY(text.contains("ALERTS{alertname=\"HighCPU\",alertstate=\"firing\",cpu=\"total\","
                              "severity=\"critical\"} 1\n"));
        QVERIFY(text.contains("ALERTS{alertname=\"DiskFull\",alertstate=\"pending\",mount=\"/\","
                              "severity=\"warning\"} 1\n"));
        QVERIFY(text.contains("ALERTS_FOR_STATE{alertname=\"HighCPU\",cpu=\"total\","
                              "severity=\"critical\"} 1795254600\n"));
        QVERIFY(text.contains("ALERTS_FOR_STATE{alertname=\"DiskFull\",mount=\"/\","
                              "severity=\"warning\"} 1795254000.5\n"));
        QVERIFY(!text.contains("Quiet"));
        // No alert, no family: never an empty ALERTS group.
        s.alerts = {inactive};
        QVERIFY(!render(s).contains("ALERTS"));
    }

    void internalsAndStaleCollector()
    {
        ExportState s = stateWith({});
        s.collectSeconds = 0.0015;
        s.outboxPending = 3;
        QByteArray text = render(s);
        QVERIFY(text.contains("vigil_collector_duration_seconds 0.0015\n"));
        QVERIFY(text.contains("vigil_outbox_pending_items 3\n"));
        QVERIFY(text.contains("vigil_collector_last_sample_timestamp_seconds 1795254000\n"));
        QVERIFY(text.contains("vigil_collector_up 1\n"));
        s.systemReceivedMs = Now - 3001; // more than 3 intervals of 1 s
        text = render(s);
        QVERIFY(text.contains("vigil_collector_up 0\n"));
        QVERIFY2(expositionProblems(text).isEmpty(),
                 qPrintable(expositionProblems(text).join(u'\n')));
    }

    void supportCheckerFindsWhatPromtoolMisses()
    {
        // The checker itself must be able to fail.
        QVERIFY(!expositionProblems("").isEmpty());
        QVERIFY(!expositionProblems("# HELP a x\n# TYPE a gauge\na 1").isEmpty());
        QVERIFY(!expositionProblems("# HELP a x\n# TYPE a gauge\na 1\na 2\n").isEmpty());
        QVERIFY(!expositionProblems("# HELP a x\n# TYPE a gauge\n# HELP b x\n# TYPE b gauge\n"
                                    "b 1\n")
                     .isEmpty());
        QVERIFY(!expositionProblems("# HELP a x\n# TYPE a gauge\na 1\n# HELP b x\n# TYPE b "
                                    "gauge\nb 1\n# HELP a x\n")
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
