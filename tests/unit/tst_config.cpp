#include "config/ConfigFile.h"
#include "config/Duration.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::Config)

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VIGIL_FIXTURES_DIR "/config/") + QLatin1String(name);
}

QByteArray readFixture(const char *name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

// A config with a non-default value in every field.
Config customConfig()
{
    Config c;
    c.sampling.intervalMs = 500;
    c.sampling.historyMs = 9000000; // 2h30m
    c.collectors.disabled = {QStringLiteral("temperature")};
    c.collectors.excludeMounts = {QStringLiteral("^/snap/"), QStringLiteral("^/run/user/\\d+/")};
    c.collectors.excludeFilesystemTypes = {QStringLiteral("^(tmpfs|squashfs|overlay)$")};
    c.collectors.excludeDisks = {QStringLiteral("^loop\\d+$"), QStringLiteral("^ram")};
    c.collectors.excludeInterfaces = {QStringLiteral("^lo$"), QStringLiteral("^veth")};
    c.collectors.processes.enabled = false;
    c.collectors.processes.top = 20;
    return c;
}

QString dump(const QStringList &messages)
{
    return messages.join(QLatin1String(" | "));
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsForEmptyDocument()
    {
        const ConfigResult r = ConfigFile::parse("{}");
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.config, Config());
        QCOMPARE(r.config.version, 1);
        QCOMPARE(r.config.sampling.intervalMs, qint64(1000));
        QCOMPARE(r.config.sampling.historyMs, qint64(3600000));
        QCOMPARE(r.config.historyCapacity(), qsizetype(3600));
        QVERIFY(r.config.collectors.disabled.isEmpty());
    }

    void exampleDocumentIsTheDefaults()
    {
        const ConfigResult r = ConfigFile::parse(readFixture("example.json"));
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config, Config());
    }

    void customDocument()
    {
        const ConfigResult r = ConfigFile::parse(readFixture("custom.json"));
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config, customConfig());
    }

    void roundTrip_data()
    {
        QTest::addColumn<Config>("config");
        QTest::newRow("defaults") << Config();
        QTest::newRow("custom") << customConfig();
        Config all;
        all.sampling.intervalMs = 3600000;
        all.sampling.historyMs = 86400000;
        for (const char *name :
             {"cpu", "memory", "filesystem", "disk", "network", "system", "temperature"})
            all.collectors.disabled.insert(QLatin1String(name));
        all.collectors.excludeInterfaces = {QStringLiteral("quote\" back\\slash \u00e9 \t")};
        QTest::newRow("all disabled, odd strings") << all;
    }

    void roundTrip()
    {
        QFETCH(Config, config);
        const QByteArray json = ConfigFile::toJson(config);
        const ConfigResult r = ConfigFile::parse(json);
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config, config);
        QCOMPARE(ConfigFile::toJson(r.config), json); // stable
    }

    void toJsonWritesEveryKey()
    {
        const QByteArray json = ConfigFile::toJson(Config());
        const QJsonObject top = QJsonDocument::fromJson(json).object();
        QCOMPARE(top.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject sampling = top.value(QLatin1String("sampling")).toObject();
        QCOMPARE(sampling.value(QLatin1String("interval")).toString(), QStringLiteral("1s"));
        QCOMPARE(sampling.value(QLatin1String("history")).toString(), QStringLiteral("1h"));
        const QJsonObject collectors = top.value(QLatin1String("collectors")).toObject();
        QCOMPARE(collectors.size(), 8); // seven system sources and processes
        for (auto it = collectors.begin(); it != collectors.end(); ++it)
            QVERIFY(it.value().toObject().value(QLatin1String("enabled")).toBool());
        const QJsonObject fs = collectors.value(QLatin1String("filesystem")).toObject();
        QVERIFY(fs.value(QLatin1String("exclude_mounts")).isArray());
        QVERIFY(fs.value(QLatin1String("exclude_fstypes")).isArray());
        QVERIFY(collectors.value(QLatin1String("disk"))
                    .toObject()
                    .value(QLatin1String("exclude_devices"))
                    .isArray());
        QVERIFY(collectors.value(QLatin1String("network"))
                    .toObject()
                    .value(QLatin1String("exclude_interfaces"))
                    .isArray());
        QCOMPARE(collectors.value(QLatin1String("processes"))
                     .toObject()
                     .value(QLatin1String("top"))
                     .toInt(),
                 50);
        QVERIFY(json.startsWith("{\n    \"version\": 1,\n")); // indented, version first
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad literal") << QByteArray("{\n  \"version\": 1,\n  \"sampling\": tru\n}")
                                     << QStringLiteral("line 3, column 17: illegal value");
        QTest::newRow("trailing comma")
            << QByteArray("{\"version\": 1,}")
            << QStringLiteral("line 1, column 15: object is missing after a comma");
        QTest::newRow("missing colon")
            << QByteArray("{\n\"version\" 1}")
            << QStringLiteral("line 2, column 11: missing name separator");
        QTest::newRow("multi-byte characters count once")
            << QByteArray("{\"\xc3\xa9\xc3\xa9\": ]}")
            << QStringLiteral("line 1, column 8: object is missing after a comma");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("line 1, column 1: empty document; "
                                                 "expected a JSON object");
        QTest::newRow("blank") << QByteArray(" \n ")
                               << QStringLiteral(
                                      "line 1, column 1: empty document; expected a JSON "
                                      "object");
        QTest::newRow("fixture") << readFixture("syntax.json")
                                 << QStringLiteral("line 3, column 30: unterminated object");
    }

    void notJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
        QCOMPARE(r.config, Config());
    }

    void topLevelNotObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray("[{\"version\": 1}]")
                               << QStringLiteral("expected a JSON object at the top level, got "
                                                 "an array");
        QTest::newRow("number") << QByteArray("1")
                                << QStringLiteral("line 1, column 1: illegal value");
    }

    void topLevelNotObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
        QCOMPARE(r.config, Config());
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("sampling") << QByteArray(R"({"sampling": []})")
                                  << QStringLiteral("sampling: expected an object, got an array");
        QTest::newRow("duration number") << QByteArray(R"({"sampling": {"interval": 1000}})")
                                         << QStringLiteral("sampling.interval: expected a duration "
                                                           "like \"1s\", got 1000");
        QTest::newRow("duration object") << QByteArray(R"({"sampling": {"history": {}}})")
                                         << QStringLiteral("sampling.history: expected a duration "
                                                           "like \"1s\", got an object");
        QTest::newRow("collectors") << QByteArray(R"({"collectors": 1})")
                                    << QStringLiteral("collectors: expected an object, got 1");
        QTest::newRow("collector")
            << QByteArray(R"({"collectors": {"cpu": false}})")
            << QStringLiteral("collectors.cpu: expected an object, got false");
        QTest::newRow("enabled string")
            << QByteArray(R"({"collectors": {"cpu": {"enabled": "yes"}}})")
            << QStringLiteral("collectors.cpu.enabled: expected true or "
                              "false, got \"yes\"");
        QTest::newRow("enabled null")
            << QByteArray(R"({"collectors": {"temperature": {"enabled": null}}})")
            << QStringLiteral("collectors.temperature.enabled: expected true or false, got null");
        QTest::newRow("enabled number")
            << QByteArray(R"({"collectors": {"disk": {"enabled": 0}}})")
            << QStringLiteral("collectors.disk.enabled: expected true or "
                              "false, got 0");
        QTest::newRow("list string")
            << QByteArray(R"({"collectors": {"network": {"exclude_interfaces": "lo"}}})")
            << QStringLiteral("collectors.network.exclude_interfaces: expected an array of "
                              "strings, got \"lo\"");
        QTest::newRow("list item number")
            << QByteArray(R"({"collectors": {"network": {"exclude_interfaces": ["lo", 3]}}})")
            << QStringLiteral("collectors.network.exclude_interfaces[1]: expected a string, got 3");
        QTest::newRow("list item array")
            << QByteArray(R"({"collectors": {"filesystem": {"exclude_fstypes": [["tmpfs"]]}}})")
            << QStringLiteral("collectors.filesystem.exclude_fstypes[0]: expected a string, got "
                              "an array");
        QTest::newRow("list item fraction")
            << QByteArray(R"({"collectors": {"disk": {"exclude_devices": [1.5]}}})")
            << QStringLiteral("collectors.disk.exclude_devices[0]: expected a string, got 1.5");
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.config, Config()); // the broken value keeps its default
    }

    void durationInvalid_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("fast") << QStringLiteral("interval") << QStringLiteral("fast");
        QTest::newRow("empty") << QStringLiteral("interval") << QString();
        QTest::newRow("no unit") << QStringLiteral("history") << QStringLiteral("10");
        QTest::newRow("negative") << QStringLiteral("interval") << QStringLiteral("-1s");
        QTest::newRow("spaces") << QStringLiteral("history") << QStringLiteral("1 h");
    }

    void durationInvalid()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        const QByteArray json =
            QStringLiteral(R"({"sampling": {"%1": "%2"}})").arg(key, text).toUtf8();
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{QStringLiteral("sampling.%1: expected a duration like "
                                                      "\"1s\", got \"%2\"")
                                           .arg(key, text)});
        QCOMPARE(r.config, Config());
    }

    void durationOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("interval too short")
            << QByteArray(R"({"sampling": {"interval": "99ms"}})")
            << QStringLiteral("sampling.interval: \"99ms\" is out of range; allowed 100ms to 1h");
        QTest::newRow("interval too long")
            << QByteArray(R"({"sampling": {"interval": "1h1ms"}})")
            << QStringLiteral("sampling.interval: \"1h1ms\" is out of range; allowed 100ms to 1h");
        QTest::newRow("interval overflows")
            << QByteArray(R"({"sampling": {"interval": "99999999999999999999d"}})")
            << QStringLiteral("sampling.interval: \"99999999999999999999d\" is out of range; "
                              "allowed 100ms to 1h");
        QTest::newRow("history too long")
            << QByteArray(R"({"sampling": {"history": "1d1s"}})")
            << QStringLiteral("sampling.history: \"1d1s\" is out of range; allowed up to 1d");
    }

    void durationOutOfRange()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
        QCOMPARE(r.config, Config());
    }

    void durationLimitsAreInclusive_data()
    {
        QTest::addColumn<QString>("interval");
        QTest::addColumn<QString>("history");
        QTest::newRow("shortest interval") << QStringLiteral("100ms") << QStringLiteral("2h24m");
        QTest::newRow("longest interval") << QStringLiteral("1h") << QStringLiteral("1h");
        QTest::newRow("longest history") << QStringLiteral("1s") << QStringLiteral("24h");
        QTest::newRow("history = interval") << QStringLiteral("5s") << QStringLiteral("5s");
    }

    void durationLimitsAreInclusive()
    {
        QFETCH(QString, interval);
        QFETCH(QString, history);
        const QByteArray json =
            QStringLiteral(R"({"sampling": {"interval": "%1", "history": "%2"}})")
                .arg(interval, history)
                .toUtf8();
        const ConfigResult r = ConfigFile::parse(json);
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QCOMPARE(formatDuration(r.config.sampling.intervalMs), interval);
        QVERIFY(r.config.historyCapacity() <= 86400);
    }

    void historyShorterThanInterval()
    {
        const ConfigResult r =
            ConfigFile::parse(R"({"sampling": {"interval": "10s", "history": "5s"}})");
        QCOMPARE(r.errors,
                 QStringList{QStringLiteral(
                     "sampling.history: \"5s\" is shorter than sampling.interval (10s)")});
        QCOMPARE(r.config.sampling.intervalMs, qint64(10000));
        QCOMPARE(r.config.sampling.historyMs, Config().sampling.historyMs);
    }

    void tooManySamples()
    {
        const ConfigResult r =
            ConfigFile::parse(R"({"sampling": {"interval": "100ms", "history": "24h"}})");
        QCOMPARE(r.errors, QStringList{QStringLiteral(
                               "sampling.history: \"24h\" at an interval of 100ms keeps "
                               "864000 samples per series; the maximum is 86400 (use a "
                               "longer interval or a shorter history)")});
        QCOMPARE(r.config.sampling.intervalMs, qint64(100));
        QCOMPARE(r.config.sampling.historyMs, Config().sampling.historyMs);
        QCOMPARE(r.config.historyCapacity(), qsizetype(36000));
    }

    void historyShorterThanDefaultInterval()
    {
        const ConfigResult r = ConfigFile::parse(R"({"sampling": {"history": "500ms"}})");
        QCOMPARE(r.errors,
                 QStringList{QStringLiteral(
                     "sampling.history: \"500ms\" is shorter than sampling.interval (1s)")});
        QCOMPARE(r.config, Config());
    }

    void byteOrderMarkIsAccepted()
    {
        const ConfigResult r = ConfigFile::parse("\xEF\xBB\xBF{\"version\": 1}");
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        const ConfigResult bad = ConfigFile::parse("\xEF\xBB\xBF{,}");
        QCOMPARE(bad.errors, QStringList{QStringLiteral("line 1, column 2: unterminated object")});
    }

    void brokenIntervalSilencesHistoryRelation()
    {
        // The history is fine on its own; comparing it with a default interval would be noise.
        const ConfigResult r =
            ConfigFile::parse(R"({"sampling": {"interval": "soon", "history": "500ms"}})");
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().startsWith(QLatin1String("sampling.interval: ")));
        QCOMPARE(r.config.sampling.intervalMs, Config().sampling.intervalMs);
        QCOMPARE(r.config.sampling.historyMs, Config().sampling.historyMs);
    }

    void invalidRegularExpression()
    {
        const ConfigResult r = ConfigFile::parse(
            "{\"collectors\": {\"network\": {\"exclude_interfaces\": [\"^lo$\", \"(\"]}}}");
        QCOMPARE(r.errors, QStringList{QStringLiteral(
                               "collectors.network.exclude_interfaces[1]: invalid regular "
                               "expression \"(\": missing closing parenthesis at offset 1")});
        QVERIFY(
            r.config.collectors.excludeInterfaces.isEmpty()); // the whole list keeps its default
    }

    void emptyPatternWarns()
    {
        const ConfigResult r =
            ConfigFile::parse(R"({"collectors": {"disk": {"exclude_devices": ["^loop", ""]}}})");
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QCOMPARE(r.warnings, QStringList{QStringLiteral("collectors.disk.exclude_devices[1]: empty "
                                                        "pattern matches every name")});
        QCOMPARE(r.config.collectors.excludeDisks,
                 (QStringList{QStringLiteral("^loop"), QString()}));
    }

    void newerVersion()
    {
        const ConfigResult r =
            ConfigFile::parse(R"({"version": 2, "sampling": {"interval": "5s"}, "future": 1})");
        QCOMPARE(r.errors, QStringList{QStringLiteral("version: written by a newer Vigil (version "
                                                      "2); this Vigil reads version 1")});
        QVERIFY(r.warnings.isEmpty()); // the rest of a newer document is not second-guessed
        QCOMPARE(r.config, Config());
    }

    void badVersion_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("got");
        QTest::newRow("string") << QByteArray(R"("1")") << QStringLiteral("\"1\"");
        QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
        QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("-1");
        QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
        QTest::newRow("bool") << QByteArray("true") << QStringLiteral("true");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("null");
        QTest::newRow("object") << QByteArray("{}") << QStringLiteral("an object");
    }

    void badVersion()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, got);
        const ConfigResult r =
            ConfigFile::parse("{\"version\": " + version + R"(, "sampling": {"interval": "2s"}})");
        QCOMPARE(r.errors,
                 QStringList{QStringLiteral("version: expected an integer >= 1, got ") + got});
        QCOMPARE(r.config.sampling.intervalMs, qint64(2000)); // the rest is still read
        QCOMPARE(r.config.version, 1);
    }

    void versionForms()
    {
        for (const char *json : {"{}", R"({"version": 1})", R"({"version": 1.0})"}) {
            const ConfigResult r = ConfigFile::parse(json);
            QVERIFY2(r.ok() && r.warnings.isEmpty(), json);
            QCOMPARE(r.config.version, 1);
        }
    }

    void unknownKeysWarnAndTheRestLoads()
    {
        const ConfigResult r = ConfigFile::parse(R"({
            "theme": "dark",
            "sampling": {"interval": "2s", "intervall": "3s"},
            "collectors": {
                "cpu": {"enabled": false, "colour": "red"},
                "gpu": {"enabled": true},
                "network": {"exclude_interfaces": ["^lo$"], "exclude_mounts": []}
            }
        })");
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QCOMPARE(r.warnings, (QStringList{
                                 QStringLiteral("theme: unknown key, ignored"),
                                 QStringLiteral("sampling.intervall: unknown key, ignored"),
                                 QStringLiteral("collectors.gpu: unknown collector, ignored"),
                                 QStringLiteral("collectors.cpu.colour: unknown key, ignored"),
                                 QStringLiteral("collectors.network.exclude_mounts: unknown key, "
                                                "ignored"),
                             }));
        QCOMPARE(r.config.sampling.intervalMs, qint64(2000));
        QCOMPARE(r.config.collectors.disabled, QSet<QString>{QStringLiteral("cpu")});
        QCOMPARE(r.config.collectors.excludeInterfaces, QStringList{QStringLiteral("^lo$")});
    }

    void reportsEveryError()
    {
        const ConfigResult r = ConfigFile::parse(readFixture("errors.json"));
        QCOMPARE(
            r.errors,
            (QStringList{
                QStringLiteral("sampling.interval: expected a duration like \"1s\", got \"fast\""),
                QStringLiteral("collectors.cpu.enabled: expected true or false, got \"yes\""),
                QStringLiteral("collectors.network.exclude_interfaces[1]: invalid regular "
                               "expression \"(\": missing closing parenthesis at offset 1"),
            }));
        QCOMPARE(r.warnings, (QStringList{QStringLiteral("theme: unknown key, ignored"),
                                          QStringLiteral("collectors.gpu: unknown collector, "
                                                         "ignored")}));
        // Values that were fine still load; broken ones keep their defaults.
        QCOMPARE(r.config.sampling.intervalMs, qint64(1000));
        QCOMPARE(r.config.sampling.historyMs, qint64(7200000));
        QCOMPARE(r.config.collectors.disabled, QSet<QString>{QStringLiteral("memory")});
        QVERIFY(r.config.collectors.excludeInterfaces.isEmpty());
    }

    void userTextIsShortenedAndEscaped()
    {
        const QString longText(1000, u'x');
        const QString longKey(300, u'k');
        // Plain literals: moc misreads raw strings that contain a quote before a parenthesis.
        const QByteArray json =
            QStringLiteral("{\"sampling\": {\"interval\": \"%1\"}, \"%2\": 1, \"collectors\": "
                           "{\"disk\": {\"exclude_devices\": [\"(%1\"]}, \"a.b\": {}}, \"x\": 0}")
                .arg(longText, longKey)
                .toUtf8();
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.warnings.size(), 3);
        for (const QString &message : r.errors + r.warnings) {
            QVERIFY2(message.size() < 250, qPrintable(message));
            QVERIFY(!message.contains(QString(81, u'x')));
            QVERIFY(!message.contains(QString(81, u'k')));
        }
        QCOMPARE(r.errors.at(0),
                 QStringLiteral("sampling.interval: expected a duration like \"1s\", "
                                "got \"") +
                     QString(80, u'x') + QChar(0x2026) + u'"');
        QVERIFY(
            r.warnings.contains(QStringLiteral("collectors.\"a.b\": unknown collector, ignored")));
        QVERIFY(r.warnings.contains(QStringLiteral("\"") + QString(80, u'k') + QChar(0x2026) +
                                    QStringLiteral("\": unknown key, ignored")));
        QVERIFY(r.warnings.contains(QStringLiteral("x: unknown key, ignored")));
        const ConfigResult escaped =
            ConfigFile::parse("{\"sampling\": {\"interval\": \"a\\nb\\\"c\"}}");
        QCOMPARE(escaped.errors,
                 QStringList{QStringLiteral("sampling.interval: expected a duration "
                                            "like \"1s\", got \"a\\nb\\\"c\"")});
    }

    void collectorOptions()
    {
        const Config c = customConfig();
        const CollectorOptions o = c.collectorOptions(QStringLiteral("/tmp/root"));
        QCOMPARE(o.root, QStringLiteral("/tmp/root"));
        QCOMPARE(o.disabled, c.collectors.disabled);
        QCOMPARE(o.excludeMounts, c.collectors.excludeMounts);
        QCOMPARE(o.excludeFilesystemTypes, c.collectors.excludeFilesystemTypes);
        QCOMPARE(o.excludeDisks, c.collectors.excludeDisks);
        QCOMPARE(o.excludeInterfaces, c.collectors.excludeInterfaces);
        QCOMPARE(o.processesEnabled, false);
        QCOMPARE(o.processTop, 20);
        QCOMPARE(Config().collectorOptions().root, QStringLiteral("/"));
    }

    void equalityComparesEveryField()
    {
        const Config base = customConfig();
        QCOMPARE(base, customConfig());
        QVERIFY(!(base != customConfig()));
        const std::function<void(Config &)> changes[] = {
            [](Config &c) { c.version = 2; },
            [](Config &c) { c.sampling.intervalMs = 1000; },
            [](Config &c) { c.sampling.historyMs = 1000; },
            [](Config &c) { c.collectors.disabled.clear(); },
            [](Config &c) { c.collectors.excludeMounts.clear(); },
            [](Config &c) { c.collectors.excludeFilesystemTypes.clear(); },
            [](Config &c) { c.collectors.excludeDisks.clear(); },
            [](Config &c) { c.collectors.excludeInterfaces.clear(); },
            [](Config &c) { c.collectors.processes.enabled = true; },
            [](Config &c) { c.collectors.processes.top = 50; },
        };
        for (const auto &change : changes) {
            Config other = base;
            change(other);
            QVERIFY(base != other);
        }
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
