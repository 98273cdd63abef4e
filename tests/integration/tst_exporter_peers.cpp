// Vigil's exporter, served by a real Engine (real collector) on 127.0.0.1, against the real
// Debian tools: promtool judges /metrics, node_exporter 1.5 agrees on the node_* values,
// Prometheus 2.42 scrapes it; readiness follows the collector; the bearer token is enforced.
#include "ExporterPeers.h"
#include "ExpositionCheck.h"
#include "checks/PromText.h"
#include "engine/Engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using namespace vigil;
using namespace vigil::exportertest;

namespace {
const QString Promtool = QStringLiteral("/usr/bin/promtool");
const QString Prometheus = QStringLiteral("/usr/bin/prometheus");
const QString NodeExporter = QStringLiteral("/usr/bin/prometheus-node-exporter");

Config engineConfig(const QString &token = {})
{
    Config c;
    c.exporter.listen = QStringLiteral("127.0.0.1:0");
    c.exporter.token = token;
    c.rules.clear();
    return c;
}

std::unique_ptr<Engine> startEngine(const Config &config)
{
    auto engine = std::make_unique<Engine>(config);
    engine->setStorageEnabled(false);
    engine->setChecksEnabled(false);
    engine->setNotificationsEnabled(false);
    engine->start();
    return engine;
}

QHash<QString, double> valuesOf(const promtext::ParseResult &parsed, const QString &family)
{
    QHash<QString, double> out;
    if (const promtext::Family *f = parsed.family(family)) {
        for (const promtext::PromSample &s : f->samples)
            out.insert(s.id.toString(), s.value);
    }
    return out;
}
} // namespace

class TestExporterPeers : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<Engine> m_engine;

    QUrl url(const QString &path, quint16 port = 0) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(port ? port : m_engine->exporterPort())
                        .arg(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : {Promtool, Prometheus, NodeExporter}) {
            if (!QFile::exists(tool))
                QFAIL(qPrintable(tool + QStringLiteral(" is missing (scripts/lib.sh installs "
                                                       "the Debian packages)")));
        }
        // These tests choose their own listen addresses.
        qunsetenv("VIGIL_EXPORTER_LISTEN");
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_engine = startEngine(engineConfig());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->exporterPort() != 0, 10000);
        QVERIFY(m_engine->exporterError().isEmpty());
        // Two ticks, so that rates and counters are all there.
        QTRY_VERIFY_WITH_TIMEOUT(get(m_nam, url(QStringLiteral("/metrics")))
                                     .body.contains("vigil_cpu_usage_percent{cpu=\"total\"}"),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(get(m_nam, url(QStringLiteral("/health/ready"))).status, 200,
                                  5000);
    }

    void cleanupTestCase() { m_engine.reset(); }

    void promtoolFindsOnlyNodeExporterCamelCase()
    {
        const Fetched metrics = get(m_nam, url(QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QStringList problems = testsupport::expositionProblems(metrics.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QProcess promtool;
        promtool.start(Promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(promtool.waitForStarted(5000));
        promtool.write(metrics.body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        const QString out =
            QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
        // node_exporter's memory names are camelCase, which promtool reports (node_exporter's
        // own output fails the same way, INTEROP.md §5.3); they are kept for its dashboards.
        // Anything else is a problem of ours.
        static const QRegularExpression expected(QStringLiteral(
            R"(^node_memory_(MemTotal|MemAvailable|SwapTotal|SwapFree)_bytes metric names )"
            R"(should be written in 'snake_case' not 'camelCase'$)"));
        QStringList unexpected;
        int camel = 0;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            if (expected.match(line).hasMatch())
                ++camel;
            else
                unexpected << line;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QCOMPARE(promtool.exitCode(), camel > 0 ? 3 : 0);
        QVERIFY(camel >= 2); // MemTotal and MemAvailable exist on every Linux
        qInfo("promtool: exit %d, %d camelCase findings (node_memory_*), nothing else",
              promtool.exitCode(), camel);
    }

    void agreesWithNodeExporter()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        Peer node;
        const QString why = node.start(
            m_nam, NodeExporter,
            {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
             QStringLiteral("--no-collector.systemd"), QStringLiteral("--no-collector.textfile")},
            url(QStringLiteral("/metrics"), port));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // The same moment: node_exporter right after Vigil's document (at most one tick old).
        const Fetched ours = get(m_nam, url(QStringLiteral("/metrics")));
        const Fetched theirs = get(m_nam, url(QStringLiteral("/metrics"), port));
        QCOMPARE(ours.status, 200);
        QCOMPARE(theirs.status, 200);
        const promtext::ParseResult v = promtext::parse(ours.body);
        const promtext::ParseResult n = promtext::parse(theirs.body);
        QVERIFY2(v.ok(), qPrintable(v.errors.join(u'\n')));
        QVERIFY2(n.ok(), qPrintable(n.errors.join(u'\n')));

        struct Rule
        {
            const char *family;
            double absolute; // tolerance
            double relative;
            bool required;
        };
        const double mb = 1024.0 * 1024.0;
        const Rule rules[] = {
            {"node_memory_MemTotal_bytes", 0, 0, true},
            {"node_memory_MemAvailable_bytes", 256 * mb, 0.05, true},
            {"node_memory_SwapTotal_bytes", 0, 0, true},
            {"node_memory_SwapFree_bytes", 64 * mb, 0.01, true},
            {"node_load1", 0.5, 0.25, true},
            {"node_load5", 0.3, 0.1, true},
            {"node_load15", 0.2, 0.05, true},
            // Counters: Vigil's copy is up to one interval older; 2 CPU-seconds per second max.
            {"node_cpu_seconds_total", 3.0, 0.0, true},
            {"node_network_receive_bytes_total", 64 * mb, 0.0, false},
            {"node_network_transmit_bytes_total", 64 * mb, 0.0, false},
            {"node_disk_read_bytes_total", 256 * mb, 0.0, false},
            {"node_disk_written_bytes_total", 256 * mb, 0.0, false},
            {"node_filesystem_size_bytes", 0, 0, false},
            {"node_filesystem_avail_bytes", 256 * mb, 0.01, false},
            {"node_hwmon_temp_celsius", 5.0, 0.0, false},
        };
        int compared = 0;
        for (const Rule &rule : rules) {
            const QString family = QString::fromLatin1(rule.family);
            const QHash<QString, double> ours_ = valuesOf(v, family);
            const QHash<QString, double> theirs_ = valuesOf(n, family);
            if (rule.required)
                QVERIFY2(!ours_.isEmpty(), rule.family);
            for (auto it = ours_.begin(); it != ours_.end(); ++it) {
                // Vigil's series are a subset of node_exporter's, with the same labels.
                QVERIFY2(theirs_.contains(it.key()),
                         qPrintable(it.key() + QStringLiteral(" not in node_exporter's output")));
                const double a = it.value();
                const double b = theirs_.value(it.key());
                const double tolerance = rule.absolute + rule.relative * std::abs(b);
                QVERIFY2(std::abs(a - b) <= tolerance,
                         qPrintable(QStringLiteral("%1: Vigil %2, node_exporter %3 (tolerance %4)")
                                        .arg(it.key())
                                        .arg(a, 0, 'f', 3)
                                        .arg(b, 0, 'f', 3)
                                        .arg(tolerance)));
                ++compared;
            }
        }
        qInfo("%d node_* series agree with node_exporter", compared);
        QVERIFY(compared > 10);
    }

    void prometheusScrapesVigil()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 promPort = freePort();
        QFile config(dir.filePath(QStringLiteral("prom.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
                                    "scrape_configs:\n"
                                    "  - job_name: vigil\n"
                                    "    static_configs: [{targets: ['127.0.0.1:%1']}]\n")
                         .arg(m_engine->exporterPort())
                         .toUtf8());
        config.close();
        Peer prometheus;
        const QString why = prometheus.start(
            m_nam, Prometheus,
            {QStringLiteral("--config.file=") + config.fileName(),
             QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort)},
            url(QStringLiteral("/-/ready"), promPort));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        const auto query = [&](const QString &expr) {
            QUrl u = url(QStringLiteral("/api/v1/query"), promPort);
            u.setQuery(QStringLiteral("query=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(expr)));
            return QJsonDocument::fromJson(get(m_nam, u).body)
                .object()[u"data"][u"result"]
                .toArray();
        };
        // The first scrape comes 5-8 s after ready (HEADLESS-TESTING.md §9).
        QTRY_VERIFY_WITH_TIMEOUT(!query(QStringLiteral("up{job=\"vigil\"} == 1")).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!query(QStringLiteral("node_load1{job=\"vigil\"}")).isEmpty(),
                                 10000);
        QVERIFY(!query(QStringLiteral("vigil_collector_up{job=\"vigil\"} == 1")).isEmpty());
        const QJsonArray targets =
            QJsonDocument::fromJson(
                get(m_nam, url(QStringLiteral("/api/v1/targets"), promPort)).body)
                .object()[u"data"][u"activeTargets"]
                .toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets[0][u"health"].toString(), QStringLiteral("up"));
        QCOMPARE(targets[0][u"lastError"].toString(), QString());
    }

    void readyGoes503WhenTheCollectorStops()
    {
        Config off = engineConfig();
        off.collectors.disabled = {QStringLiteral("cpu"),        QStringLiteral("memory"),
                                   QStringLiteral("filesystem"), QStringLiteral("disk"),
                                   QStringLiteral("network"),    QStringLiteral("system"),
                                   QStringLiteral("temperature")};
        m_engine->applyConfig(off); // the collector restarts with nothing to read
        QTRY_COMPARE_WITH_TIMEOUT(get(m_nam, url(QStringLiteral("/health/ready"))).status, 503,
                                  10000);
        const Fetched ready = get(m_nam, url(QStringLiteral("/health/ready")));
        const QJsonObject o = QJsonDocument::fromJson(ready.body).object();
        QCOMPARE(o[u"status"].toString(), QStringLiteral("not ready"));
        QVERIFY2(o[u"reason"].toString().startsWith(u"no sample from the collector for "),
                 ready.body.constData());
        QCOMPARE(get(m_nam, url(QStringLiteral("/health/live"))).status, 200);
        QVERIFY(
            get(m_nam, url(QStringLiteral("/metrics"))).body.contains("\nvigil_collector_up 0\n"));

        m_engine->applyConfig(engineConfig());
        QTRY_COMPARE_WITH_TIMEOUT(get(m_nam, url(QStringLiteral("/health/ready"))).status, 200,
                                  10000);
    }

    void bearerTokenEnforced()
    {
        auto engine = startEngine(engineConfig(QStringLiteral("t0ken")));
        QTRY_VERIFY_WITH_TIMEOUT(engine->exporterPort() != 0, 10000);
        const QUrl metrics = url(QStringLiteral("/metrics"), engine->exporterPort());
        QCOMPARE(get(m_nam, metrics).status, 401);
        QCOMPARE(get(m_nam, metrics, "Bearer nope").status, 401);
        QTRY_VERIFY_WITH_TIMEOUT(get(m_nam, metrics, "Bearer t0ken").body.contains("node_load1"),
                                 10000);
    }

    void alertsAndChecksReachTheEndpoints()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString watched = dir.filePath(QStringLiteral("watched.txt"));
        QFile file(watched);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        Config c = engineConfig();
        AlertRule rule;
        rule.name = QStringLiteral("always");
        rule.series = QStringLiteral("load1");
        rule.op = CompareOp::GreaterEqual;
        rule.warning = 0; // the load is never negative: fires on the first sample
        c.rules = {rule};
        CheckSpec check;
        check.name = QStringLiteral("watched");
        check.type = CheckType::File;
        check.file.path = watched;
        check.intervalMs = 1000;
        c.checks = {check};
        auto engine = std::make_unique<Engine>(c);
        engine->setStorageEnabled(false);
        engine->setNotificationsEnabled(false);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->exporterPort() != 0, 10000);
        const QUrl metrics = url(QStringLiteral("/metrics"), engine->exporterPort());
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_nam, metrics)
                .body.contains("\nALERTS{alertname=\"always\",alertstate=\"firing\","
                               "severity=\"warning\"} 1\n"),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_nam, metrics)
                .body.contains("\nvigil_check_up{check=\"watched\",kind=\"file\"} 1\n"),
            10000);
        const QJsonArray alerts =
            QJsonDocument::fromJson(
                get(m_nam, url(QStringLiteral("/api/v1/alerts"), engine->exporterPort())).body)
                .object()[u"data"][u"alerts"]
                .toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0][u"labels"][u"alertname"].toString(), QStringLiteral("always"));
        QCOMPARE(alerts[0][u"state"].toString(), QStringLiteral("firing"));
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                get(m_nam, url(QStringLiteral("/api/v1/checks"), engine->exporterPort())).body)
                .object()[u"data"][u"checks"][0][u"status"]
                .toString(),
            QStringLiteral("healthy"), 10000);
        const Fetched series = get(
            m_nam, url(QStringLiteral("/api/v1/series?match=check_up"), engine->exporterPort()));
        QCOMPARE(series.status, 200);
        QVERIFY2(series.body.contains(R"("check":"watched")"), series.body.constData());
    }

    void portInUseIsAHealthFinding()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        Config c = engineConfig();
        c.exporter.listen = QStringLiteral("127.0.0.1:%1").arg(taken.serverPort());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("exporter: cannot listen on")));
        auto engine = startEngine(c);
        QTRY_VERIFY_WITH_TIMEOUT(!engine->exporterError().isEmpty(), 10000);
        QCOMPARE(engine->exporterPort(), quint16(0));
        QTRY_VERIFY_WITH_TIMEOUT(engine->health().headline().contains(u"Exporter not serving"),
                                 10000);
        QVERIFY(engine->isRunning()); // the rest of Vigil runs on
    }
};

QTEST_GUILESS_MAIN(TestExporterPeers)
#include "tst_exporter_peers.moc"
