// The JSON API (alerts, checks, series with its parameters), exporter.listen parsing and the
// `exporter` section of the configuration.
#include "config/ConfigFile.h"
#include "export/ApiJson.h"
#include "export/ListenAddress.h"
#include "series/MetricStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigil;

namespace {
constexpr qint64 T0 = 1795254000000; // 2026-11-21T09:40:00Z

QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", body.constData());
    return doc.object();
}

MetricStore historyOfTwoSeries()
{
    MetricStore store(100);
    for (int i = 0; i < 10; ++i) {
        SampleBatch b;
        b.timeMs = T0 + i * 1000;
        b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                       {{QStringLiteral("cpu"), QStringLiteral("total")}}),
              double(i));
        b.add(SeriesId(QStringLiteral("cpu_usage_percent"),
                       {{QStringLiteral("cpu"), QStringLiteral("0")}}),
              double(10 * i));
        store.append(b);
    }
    return store;
}

api::Reply seriesQuery(const QString &query)
{
    return api::series(historyOfTwoSeries(), QUrlQuery(query), T0 + 60000);
}
} // namespace

class TestExportApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesRawSamples()
    {
        const api::Reply r = seriesQuery(
            QStringLiteral("match=cpu_usage_percent%7Bcpu%3D%22total%22%7D&start=%1&end=%2")
                .arg(double(T0) / 1000 + 2, 0, 'f', 3)
                .arg(double(T0) / 1000 + 4, 0, 'f', 3));
        QCOMPARE(r.status, 200);
        const QJsonObject o = parse(r.body);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("success"));
        const QJsonObject data = o.value(u"data").toObject();
        QCOMPARE(data.value(u"resultType").toString(), QStringLiteral("matrix"));
        const QJsonArray result = data.value(u"result").toArray();
        QCOMPARE(result.size(), 1);
        const QJsonObject series = result.at(0).toObject();
        QCOMPARE(series.value(u"metric").toObject().value(u"__name__").toString(),
                 QStringLiteral("cpu_usage_percent"));
        QCOMPARE(series.value(u"metric").toObject().value(u"cpu").toString(),
                 QStringLiteral("total"));
        const QJsonArray values = series.value(u"values").toArray();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(0).toArray().at(0).toDouble(), double(T0) / 1000 + 2);
        QCOMPARE(values.at(0).toArray().at(1).toString(), QStringLiteral("2"));
    }

    void seriesWithStepAndRfc3339()
    {
        const api::Reply r = seriesQuery(QStringLiteral(
            "match=cpu_usage_percent&start=2026-11-21T09:40:00Z&end=2026-11-21T09:40:09Z&step=3s"));
        QCOMPARE(r.status, 200);
        const QJsonArray result = parse(r.body)[u"data"][u"result"].toArray();
        QCOMPARE(result.size(), 2); // both CPUs
        for (const QJsonValue &s : result) {
            const QJsonArray values = s[u"values"].toArray();
            QCOMPARE(values.size(), 4); // t0, t0+3, t0+6, t0+9
            QCOMPARE(values.at(1).toArray().at(0).toDouble(), double(T0) / 1000 + 3);
        }
    }

    void seriesDefaultsToTheLastHour()
    {
        const api::Reply r =
            seriesQuery(QStringLiteral("match=cpu_usage_percent{cpu=~\"0|total\"}"));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r.body)[u"data"][u"result"].toArray().size(), 2);
        const api::Reply none = seriesQuery(QStringLiteral("match=memory_used_percent"));
        QCOMPARE(none.status, 200);
        QCOMPARE(parse(none.body)[u"data"][u"result"].toArray().size(), 0);
    }

    void seriesBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");
        QTest::newRow("no match") << QString() << QStringLiteral("missing parameter match");
        QTest::newRow("bad selector")
            << QStringLiteral("match=cpu%7Bcpu%3D%7D") << QStringLiteral("invalid match");
        QTest::newRow("bad start") << QStringLiteral("match=a&start=yesterday")
                                   << QStringLiteral("invalid start \"yesterday\"");
        QTest::newRow("local time")
            << QStringLiteral("match=a&end=2026-11-21T09:40:00") << QStringLiteral("invalid end");
        QTest::newRow("end before start")
            << QStringLiteral("match=a&start=200&end=100") << QStringLiteral("end is before start");
        QTest::newRow("zero step")
            << QStringLiteral("match=a&step=0") << QStringLiteral("invalid step \"0\"");
        QTest::newRow("bad step") << QStringLiteral("match=a&step=fast")
                                  << QStringLiteral("invalid step");
        QTest::newRow("too many points") << QStringLiteral("match=a&start=0&end=100000&step=1")
                                         << QStringLiteral("more than 11000 points");
    }
    void seriesBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        const api::Reply r = seriesQuery(query);
        QCOMPARE(r.status, 400);
        const QJsonObject o = parse(r.body);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("error"));
        QCOMPARE(o.value(u"errorType").toString(), QStringLiteral("bad_data"));
        QVERIFY2(o.value(u"error").toString().startsWith(error),
                 qPrintable(o.value(u"error").toString()));
    }

    void alertsJson()
    {
        Alert a;
        a.fingerprint = QStringLiteral("0123456789abcdef");
        a.rule = QStringLiteral("cpu_high");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
                    {QStringLiteral("cpu"), QStringLiteral("total")}};
        a.state = AlertState::Firing;
        a.severity = Severity::Critical;
        a.value = 97.5;
        a.threshold = 95;
        a.activeSinceMs = T0;
        a.firingSinceMs = T0 + 120000;
        a.summary = QStringLiteral("CPU 97.5 %");
        Alert inactive = a;
        inactive.state = AlertState::Inactive;
        const QJsonArray alerts = parse(api::alerts({a, inactive}))[u"data"][u"alerts"].toArray();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject o = alerts.at(0).toObject();
        QCOMPARE(o[u"state"].toString(), QStringLiteral("firing"));
        QCOMPARE(o[u"labels"][u"severity"].toString(), QStringLiteral("critical"));
        QCOMPARE(o[u"labels"][u"alertname"].toString(), QStringLiteral("cpu_high"));
        QCOMPARE(o[u"annotations"][u"summary"].toString(), QStringLiteral("CPU 97.5 %"));
        QCOMPARE(o[u"activeAt"].toString(), QStringLiteral("2026-11-21T09:40:00.000Z"));
        QCOMPARE(o[u"firingSince"].toString(), QStringLiteral("2026-11-21T09:42:00.000Z"));
        QCOMPARE(o[u"value"].toString(), QStringLiteral("97.5"));
        QCOMPARE(o[u"fingerprint"].toString(), QStringLiteral("0123456789abcdef"));
    }

    void checksJsonHidesCredentials()
    {
        CheckState c;
        c.spec.name = QStringLiteral("api");
        c.spec.type = CheckType::Http;
        c.spec.http.url = QStringLiteral("https://user:secret@example.test/health?token=abc");
        c.status = CheckStatus::Healthy;
        CheckResult r;
        r.timeMs = T0;
        r.attemptStatus = CheckStatus::Healthy;
        r.latencySeconds = 0.25;
        r.httpStatus = 200;
        c.last = r;
        CheckState never;
        never.spec.name = QStringLiteral("db");
        never.spec.type = CheckType::Tcp;
        const QByteArray body = api::checks({c, never});
        QVERIFY(!body.contains("secret"));
        QVERIFY(!body.contains("token=abc"));
        const QJsonArray checks = parse(body)[u"data"][u"checks"].toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[0][u"name"].toString(), QStringLiteral("api"));
        QCOMPARE(checks[0][u"type"].toString(), QStringLiteral("http"));
        QCOMPARE(checks[0][u"status"].toString(), QStringLiteral("healthy"));
        QCOMPARE(checks[0][u"target"].toString(), QStringLiteral("https://example.test/health"));
        QCOMPARE(checks[0][u"last"][u"latencySeconds"].toDouble(), 0.25);
        QCOMPARE(checks[0][u"last"][u"httpStatus"].toInt(), 200);
        QVERIFY(checks[1][u"last"].isNull());
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("default") << "127.0.0.1:9464" << true << true << "127.0.0.1:9464";
        QTest::newRow("localhost") << "localhost:0" << true << true << "127.0.0.1:0";
        QTest::newRow("ipv6") << "[::1]:9464" << true << true << "[::1]:9464";
        QTest::newRow("all") << "0.0.0.0:9464" << true << false << "0.0.0.0:9464";
        QTest::newRow("lan") << "192.168.1.5:80" << true << false << "192.168.1.5:80";
        QTest::newRow("no host") << ":9464" << false << false << "";
        QTest::newRow("no port") << "127.0.0.1" << false << false << "";
        QTest::newRow("big port") << "127.0.0.1:65536" << false << false << "";
        QTest::newRow("name") << "example.com:9464" << false << false << "";
        QTest::newRow("bare ipv6") << "::1:9464" << false << false << "";
    }
    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, loopback);
        QFETCH(QString, normalized);
        QString error;
        const auto parsed = ListenAddress::parse(text, &error);
        QCOMPARE(parsed.has_value(), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(parsed->isLoopback(), loopback);
        QCOMPARE(parsed->toString(), normalized);
    }

    void configDefaultsAndRoundTrip()
    {
        const Config defaults;
        QVERIFY(defaults.exporter.enabled);
        QCOMPARE(defaults.exporter.listen, QStringLiteral("127.0.0.1:9464"));
        QVERIFY(defaults.exporter.token.isEmpty());
        Config c;
        c.exporter.enabled = false;
        c.exporter.listen = QStringLiteral("0.0.0.0:9100");
        c.exporter.token = QStringLiteral("s3cret");
        const ConfigResult back = ConfigFile::parse(ConfigFile::toJson(c));
        QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
        QVERIFY(back.warnings.isEmpty());
        QVERIFY(back.config.exporter == c.exporter);
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QByteArray(R"({"exporter": 1})") << QStringLiteral("exporter: expected an object");
        QTest::newRow("no host") << QByteArray(R"({"exporter": {"listen": ":9464"}})")
                                 << QStringLiteral(
                                        "exporter.listen: \":9464\": the host is missing");
        QTest::newRow("enabled") << QByteArray(R"({"exporter": {"enabled": "yes"}})")
                                 << QStringLiteral("exporter.enabled: expected");
        QTest::newRow("token") << QByteArray(R"({"exporter": {"token": " x"}})")
                               << QStringLiteral("exporter.token: must not start or end");
    }
    void configErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(error), qPrintable(r.errors.first()));
        QCOMPARE(r.config.exporter.listen, QStringLiteral("127.0.0.1:9464")); // defaults kept
    }

    void configUnknownKeyWarns()
    {
        const ConfigResult r = ConfigFile::parse(R"({"exporter": {"port": 1}})");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList{QStringLiteral("exporter.port: unknown key, ignored")});
    }
};

QTEST_GUILESS_MAIN(TestExportApi)
#include "tst_exportapi.moc"
