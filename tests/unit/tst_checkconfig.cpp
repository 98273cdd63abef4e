// The `checks` section of the configuration: reading, validation messages, writing back.
#include "config/ConfigFile.h"

#include <QFile>
#include <QTest>

using namespace vigil;

namespace {

ConfigResult parse(const QByteArray &checksJson)
{
    return ConfigFile::parse(QByteArray("{\"checks\": ") + checksJson + "}");
}

} // namespace

class TestCheckConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentMeansNoChecks()
    {
        const ConfigResult r = ConfigFile::parse("{}");
        QVERIFY(r.ok());
        QVERIFY(r.config.checks.isEmpty());
    }

    void everyTypeReads()
    {
        QFile file(QStringLiteral(VIGIL_FIXTURES_DIR "/config/checks-all-types.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ConfigResult r = ConfigFile::parse(file.readAll());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        QCOMPARE(r.config.checks.size(), 7);
        const CheckSpec &api = r.config.checks[0];
        QCOMPARE(api.type, CheckType::Http);
        QCOMPARE(api.intervalMs, qint64(30000));
        QCOMPARE(api.timeoutMs, qint64(5000));
        QCOMPARE(api.retries, 3);
        QCOMPARE(api.backoffBaseMs, qint64(2000));
        QCOMPARE(api.backoffCapMs, qint64(60000));
        QCOMPARE(api.recoverAfter, 2);
        QCOMPARE(api.http.method, QStringLiteral("POST"));
        QCOMPARE(api.http.headers.size(), 1);
        QCOMPARE(api.http.expectStatus, (QList<StatusRange>{{200, 200}, {300, 302}}));
        QCOMPARE(api.http.jsonField, QStringLiteral("db.state"));
        QCOMPARE(api.http.degradedLatencyMs, qint64(250));
        QCOMPARE(api.http.maxRedirects, 0);
        QVERIFY(!api.http.verifyTls);
        QVERIFY(!api.http.healthDocument);
        QCOMPARE(r.config.checks[1].tcp.port, 22);
        QCOMPARE(r.config.checks[2].dns.name, QStringLiteral("example.org"));
        QCOMPARE(r.config.checks[3].process.maxCount, 8);
        QCOMPARE(r.config.checks[4].file.maxAgeMs, qint64(86400000));
        QCOMPARE(r.config.checks[4].file.maxSizeBytes, qint64(2) * 1024 * 1024 * 1024);
        QCOMPARE(r.config.checks[5].log.maxPerMinute, 5.0);
        QCOMPARE(r.config.checks[6].prometheus.deny, QStringList{QStringLiteral("node_scrape_.*")});
        QCOMPARE(r.config.checks[0].target(), QStringLiteral("https://127.0.0.1:8443/health"));
        QCOMPARE(r.config.checks[1].target(), QStringLiteral("127.0.0.1:22"));

        // Written back and read again: the same checks, no warnings (every key round-trips).
        const QByteArray json = ConfigFile::toJson(r.config);
        const ConfigResult again = ConfigFile::parse(json);
        QVERIFY2(again.ok() && again.warnings.isEmpty(),
                 qPrintable((again.errors + again.warnings).join(u'\n')));
        QCOMPARE(again.config.checks, r.config.checks);
        QVERIFY(again.config == r.config);
    }

    void problemsNameTheirPathAndSkipOnlyThatCheck_data()
    {
        QTest::addColumn<QByteArray>("check");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid url")
            << QByteArray("{\"name\": \"a\", \"type\": \"http\", \"url\": \"htp:/x\"}")
            << QStringLiteral("checks[1].url: \"htp:/x\" is not an http:// or https:// URL "
                              "with a host");
        QTest::newRow("no url") << QByteArray("{\"name\": \"a\", \"type\": \"http\"}")
                                << QStringLiteral("checks[1].url: required");
        QTest::newRow("unknown type")
            << QByteArray("{\"name\": \"a\", \"type\": \"ping\"}")
            << QStringLiteral("checks[1].type: \"ping\" is not one of http, tcp, dns, process, "
                              "file, log, prometheus");
        QTest::newRow("port range")
            << QByteArray("{\"name\": \"a\", \"type\": \"tcp\", \"host\": \"h\", \"port\": 70000}")
            << QStringLiteral("checks[1].port: must be between 1 and 65535");
        QTest::newRow("port type")
            << QByteArray("{\"name\": \"a\", \"type\": \"tcp\", \"host\": \"h\", \"port\": \"22\"}")
            << QStringLiteral("checks[1].port: expected a whole number, got \"22\"");
        QTest::newRow("interval") << QByteArray("{\"name\": \"a\", \"type\": \"file\", \"path\": "
                                                "\"/x\", \"interval\": \"10ms\"}")
                                  << QStringLiteral(
                                         "checks[1].interval: must be between 1s and 24h");
        QTest::newRow("bad duration")
            << QByteArray(
                   "{\"name\": \"a\", \"type\": \"file\", \"path\": \"/x\", \"timeout\": \"soon\"}")
            << QStringLiteral("checks[1].timeout: expected a duration like \"30s\", got \"soon\"");
        QTest::newRow("regex") << QByteArray(
                                      "{\"name\": \"a\", \"type\": \"log\", \"path\": \"/x\", "
                                      "\"pattern\": \"((\"}")
                               << QStringLiteral(
                                      "checks[1].pattern: invalid regular expression at offset 2: "
                                      "missing closing parenthesis");
        QTest::newRow("relative path")
            << QByteArray("{\"name\": \"a\", \"type\": \"file\", \"path\": \"x\"}")
            << QStringLiteral("checks[1].path: must be an absolute path");
        QTest::newRow("process nothing")
            << QByteArray("{\"name\": \"a\", \"type\": \"process\"}")
            << QStringLiteral("checks[1].process: give a process name or a cmdline pattern");
        QTest::newRow("dns server")
            << QByteArray("{\"name\": \"a\", \"type\": \"dns\", \"query\": \"x\", \"server\": "
                          "\"dns.local\"}")
            << QStringLiteral("checks[1].server: \"dns.local\" is not an IP address");
        QTest::newRow("statuses")
            << QByteArray("{\"name\": \"a\", \"type\": \"http\", \"url\": \"http://h\", "
                          "\"expected_status\": [\"2xx\"]}")
            << QStringLiteral("checks[1].expected_status: expected an array like "
                              "[200, \"300-399\"], got an array");
        QTest::newRow("duplicate")
            << QByteArray("{\"name\": \"ok\", \"type\": \"file\", \"path\": \"/y\"}")
            << QStringLiteral("checks[1].name: duplicate check name \"ok\"; the first one is used");
        QTest::newRow("not an object")
            << QByteArray("42") << QStringLiteral("checks[1]: expected a check object, got 42");
    }

    void problemsNameTheirPathAndSkipOnlyThatCheck()
    {
        QFETCH(QByteArray, check);
        QFETCH(QString, message);
        const ConfigResult r =
            parse(QByteArray("[{\"name\": \"ok\", \"type\": \"file\", \"path\": \"/x\"}, ") +
                  check + "]");
        QVERIFY(r.ok()); // a broken check is skipped, like a broken rule; the others run
        QCOMPARE(r.warnings, QStringList{message});
        QCOMPARE(r.config.checks.size(), 1);
        QCOMPARE(r.config.checks.first().name, QStringLiteral("ok"));
    }

    void skippedItemsAreTheProblemsNotTheUnknownKeys()
    {
        const ConfigResult r = parse("[{\"name\": \"a\", \"type\": \"tcp\", \"host\": \"h\", "
                                     "\"port\": 0, \"colour\": 1}]");
        QCOMPARE(r.warnings.size(), 2);
        QCOMPARE(ConfigFile::skippedItems(r.warnings),
                 QStringList{QStringLiteral("checks[0].port: must be between 1 and 65535")});
    }

    void checksNotAnArrayIsAnError()
    {
        const ConfigResult r = parse("{}");
        QCOMPARE(r.errors, QStringList{QStringLiteral("checks: expected an array of checks, got "
                                                      "an object")});
    }

    void unknownKeyWarnsButLoads()
    {
        const ConfigResult r = parse("[{\"name\": \"a\", \"type\": \"tcp\", \"host\": \"h\", "
                                     "\"port\": 1, \"url\": \"http://x\"}]");
        QCOMPARE(r.warnings, QStringList{QStringLiteral(
                                 "checks[0].url: unknown key for a tcp check, ignored")});
        QCOMPARE(r.config.checks.size(), 1);
    }

    void saveRefusesAnInvalidCheck()
    {
        Config config;
        CheckSpec bad;
        bad.name = QStringLiteral("bad");
        bad.type = CheckType::Tcp; // no host, no port
        config.checks << bad;
        QString error;
        QVERIFY(!ConfigFile::save(config, QStringLiteral("/nonexistent-dir/x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("checks[0].host: required")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCheckConfig)
#include "tst_checkconfig.moc"
