#include "config/ConfigFile.h"

#include "tst_ruleconfig_cases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::Config)

namespace {

QString dump(const QStringList &messages)
{
    return messages.join(QLatin1String(" | "));
}

// A document whose `rules` array holds the given rule objects (JSON text, comma separated).
QByteArray withRules(const QByteArray &rules)
{
    return "{\"rules\": [" + rules + "]}";
}

AlertRule everyField()
{
    AlertRule r;
    r.name = QStringLiteral("disk_space_low");
    r.series = QStringLiteral("filesystem_free_percent{mount=~\"/(home|data)\",fstype!=\"vfat\"}");
    r.op = CompareOp::LessEqual;
    r.warning = 10.5;
    r.critical = 2.25;
    r.warningClear = 15;
    r.criticalClear = 5;
    r.forMs = 90000;
    r.keepFiringForMs = 300000;
    r.repeatMs = 0;
    r.labels = {{QStringLiteral("page"), QStringLiteral("yes")},
                {QStringLiteral("team"), QStringLiteral("ops \"core\"")}};
    r.summary = QStringLiteral("{{ $labels.mount }} has {{ $value }} free");
    r.description = QStringLiteral("Below {{ $threshold }} for {{ $for }}.\nLine two \u00e9");
    r.runbook = QStringLiteral("https://wiki.example/runbooks/disk#low");
    r.enabled = false;
    return r;
}

Config customConfig()
{
    Config c;
    AlertRule onlyCritical;
    onlyCritical.name = QStringLiteral("temp_high");
    onlyCritical.series = QStringLiteral("temperature_celsius");
    onlyCritical.critical = 90;
    c.rules = {everyField(), onlyCritical, defaultAlertRules().at(0)};
    c.alerts.historyRetentionMs = 30LL * 24 * 3600 * 1000;
    c.notifications.desktop.enabled = false;
    c.notifications.desktop.minSeverity = Severity::Critical;
    return c;
}

} // namespace

class TestRuleConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const ConfigResult r = ConfigFile::parse("{}");
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QCOMPARE(r.config.rules, defaultAlertRules());
        QCOMPARE(r.config.alerts.historyRetentionMs, qint64(90) * 24 * 3600 * 1000);
        QVERIFY(r.config.notifications.desktop.enabled);
        QCOMPARE(r.config.notifications.desktop.minSeverity, Severity::Warning);
    }

    void presentRulesReplaceTheDefaults()
    {
        ConfigResult r = ConfigFile::parse(withRules(ruleconfigcases::goodRule()));
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config.rules.size(), 1);
        const AlertRule &rule = r.config.rules[0];
        QCOMPARE(rule.name, QStringLiteral("load_high"));
        QCOMPARE(rule.op, CompareOp::Greater); // defaults of a rule
        QCOMPARE(rule.warning, 4.0);
        QVERIFY(!rule.critical);
        QCOMPARE(rule.forMs, qint64(0));
        QCOMPARE(rule.repeatMs, qint64(4 * 3600 * 1000));
        QVERIFY(rule.enabled);

        r = ConfigFile::parse(withRules(""));
        QVERIFY(r.ok());
        QVERIFY(r.config.rules.isEmpty()); // an empty array means no rules at all
    }

    void everyKey()
    {
        const QByteArray json = ruleconfigcases::everyKeyJson();
        const ConfigResult r = ConfigFile::parse(json);
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config.rules, QList<AlertRule>{everyField()});
    }

    void badRulesAreSkippedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("warning");
        ruleconfigcases::addBadRuleRows();
    }

    void badRulesAreSkippedWithTheirPath()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, warning);
        const ConfigResult r = ConfigFile::parse(withRules(
            ruleconfigcases::goodRule() + ", " + rule + ", " + ruleconfigcases::otherRule()));
        QVERIFY2(r.ok(), qPrintable(dump(r.errors))); // a bad rule never breaks the file
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].startsWith(warning), qPrintable(r.warnings[0]));
        QCOMPARE(r.config.rules.size(), 2); // the others still run
        QCOMPARE(r.config.rules[0].name, QStringLiteral("load_high"));
        QCOMPARE(r.config.rules[1].name, QStringLiteral("other"));
    }

    void issueExample()
    {
        // rules[4].series: unknown matcher "~=" (issue 3), after the four default rules.
        QJsonArray rules;
        for (const AlertRule &d : defaultAlertRules())
            rules.append(QJsonObject{{QStringLiteral("name"), d.name},
                                     {QStringLiteral("series"), d.series},
                                     {QStringLiteral("warning"), *d.warning}});
        rules.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("no_vfat")},
            {QStringLiteral("series"), QStringLiteral("filesystem_used_percent{fstype~=\"vfat\"}")},
            {QStringLiteral("warning"), 80}});
        const ConfigResult r = ConfigFile::parse(
            QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson());
        QVERIFY(r.ok());
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral("rules[4].series: unknown matcher \"~=\"")});
        QCOMPARE(r.config.rules.size(), 4);
    }

    void unknownRuleKeyWarnsButLoads()
    {
        const ConfigResult r = ConfigFile::parse(withRules(ruleconfigcases::unknownKeyRule()));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList{QStringLiteral("rules[0].colour: unknown key, ignored")});
        QCOMPARE(r.config.rules.size(), 1);
    }

    void sectionErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        ruleconfigcases::addSectionErrorRows();
    }

    void sectionErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
    }

    void sections()
    {
        const ConfigResult r = ConfigFile::parse(ruleconfigcases::sectionsJson());
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QCOMPARE(r.warnings, QStringList{QStringLiteral("alerts.x: unknown key, ignored")});
        QCOMPARE(r.config.alerts.historyRetentionMs, qint64(30) * 24 * 3600 * 1000);
        QVERIFY(!r.config.notifications.desktop.enabled);
        QCOMPARE(r.config.notifications.desktop.minSeverity, Severity::Critical);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Config>("config");
        QTest::newRow("defaults") << Config();
        QTest::newRow("custom") << customConfig();
        Config none;
        none.rules.clear();
        QTest::newRow("no rules") << none;
    }

    void roundTrip()
    {
        QFETCH(Config, config);
        const QByteArray json = ConfigFile::toJson(config);
        const ConfigResult r = ConfigFile::parse(json);
        QVERIFY2(r.ok(), qPrintable(dump(r.errors)));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(dump(r.warnings)));
        QCOMPARE(r.config.rules, config.rules);
        QCOMPARE(r.config, config);
        QCOMPARE(ConfigFile::toJson(r.config), json); // stable
    }

    void toJsonWritesEveryKey()
    {
        const QJsonObject top =
            QJsonDocument::fromJson(ConfigFile::toJson(customConfig())).object();
        const QJsonObject rule = top.value(QLatin1String("rules")).toArray().at(1).toObject();
        QCOMPARE(rule.keys().size(), 15);
        QVERIFY(rule.value(QLatin1String("warning")).isNull()); // unset thresholds are null
        QCOMPARE(rule.value(QLatin1String("operator")).toString(), QStringLiteral(">"));
        QCOMPARE(rule.value(QLatin1String("repeat")).toString(), QStringLiteral("4h"));
        QCOMPARE(top.value(QLatin1String("alerts"))
                     .toObject()
                     .value(QLatin1String("history_retention"))
                     .toString(),
                 QStringLiteral("30d"));
        const QJsonObject desktop = top.value(QLatin1String("notifications"))
                                        .toObject()
                                        .value(QLatin1String("desktop"))
                                        .toObject();
        QCOMPARE(desktop.value(QLatin1String("enabled")), QJsonValue(false));
        QCOMPARE(desktop.value(QLatin1String("min_severity")).toString(),
                 QStringLiteral("critical"));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("vigil/config.json"));
        QString error;
        QVERIFY2(ConfigFile::save(customConfig(), path, &error), qPrintable(error));
        const ConfigResult loaded = ConfigFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(dump(loaded.errors)));
        QCOMPARE(loaded.config, customConfig());
    }

    void saveRefusesAnInvalidRule()
    {
        // A rule the reader would skip would silently vanish on the next load: refuse it.
        Config c;
        c.rules[0].critical = 1; // below warning
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ConfigFile::save(c, dir.filePath(QStringLiteral("config.json")), &error));
        QVERIFY2(error.contains(QLatin1String("rules[0].critical")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRuleConfig)
#include "tst_ruleconfig.moc"
