// The `history` section of the configuration: defaults, values, path-named errors and the
// written form reading back the same (src/core/config/HistoryConfig.cpp).
#include "config/ConfigFile.h"

#include <QTest>

using namespace vigil;

class TestHistoryConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const ConfigResult r = ConfigFile::parse("{}");
        QVERIFY(r.ok());
        QCOMPARE(r.config.history.enabled, true);
        QCOMPARE(r.config.history.rawRetentionMs, 48LL * 3600 * 1000);
        QCOMPARE(r.config.history.minuteRetentionMs, 30LL * 24 * 3600 * 1000);
        QCOMPARE(r.config.history.hourRetentionMs, 400LL * 24 * 3600 * 1000);
        QCOMPARE(r.config.history.flushIntervalMs, 5000);
    }

    void values()
    {
        const ConfigResult r = ConfigFile::parse(
            R"({"history": {"enabled": false, "raw_retention": "12h", "minute_retention": "7d",
                "hour_retention": "3650d", "flush_interval": "1m"}})");
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.config.history.enabled, false);
        QCOMPARE(r.config.history.rawRetentionMs, 12LL * 3600 * 1000);
        QCOMPARE(r.config.history.minuteRetentionMs, 7LL * 24 * 3600 * 1000);
        QCOMPARE(r.config.history.hourRetentionMs, 3650LL * 24 * 3600 * 1000);
        QCOMPARE(r.config.history.flushIntervalMs, 60000);
        const ConfigResult again = ConfigFile::parse(ConfigFile::toJson(r.config));
        QVERIFY(again.ok() && again.warnings.isEmpty());
        QCOMPARE(again.config.history, r.config.history);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object") << QByteArray(R"({"history": true})")
                                       << QStringLiteral("history: expected an object, got true");
        QTest::newRow("enabled") << QByteArray(R"({"history": {"enabled": "yes"}})")
                                 << QStringLiteral(
                                        "history.enabled: expected true or false, got \"yes\"");
        QTest::newRow("not a duration")
            << QByteArray(R"({"history": {"raw_retention": "2 days"}})")
            << QStringLiteral(
                   "history.raw_retention: expected a duration like \"30s\", got \"2 days\"");
        QTest::newRow("number") << QByteArray(R"({"history": {"flush_interval": 5}})")
                                << QStringLiteral("history.flush_interval: expected a duration "
                                                  "like \"30s\", got 5");
        QTest::newRow("raw too short")
            << QByteArray(R"({"history": {"raw_retention": "30m"}})")
            << QStringLiteral(
                   "history.raw_retention: \"30m\" is out of range; allowed 1h to 3650d");
        QTest::newRow("hour too long")
            << QByteArray(R"({"history": {"hour_retention": "4000d"}})")
            << QStringLiteral(
                   "history.hour_retention: \"4000d\" is out of range; allowed 1h to 3650d");
        QTest::newRow("flush too long")
            << QByteArray(R"({"history": {"flush_interval": "10m"}})")
            << QStringLiteral("history.flush_interval: \"10m\" is out of range; allowed 1s to 5m");
        QTest::newRow("minutes shorter than raw")
            << QByteArray(R"({"history": {"raw_retention": "40d"}})")
            << QStringLiteral("history.minute_retention: must be at least "
                              "history.raw_retention (40d)");
        QTest::newRow("hours shorter than minutes")
            << QByteArray(R"({"history": {"hour_retention": "10d"}})")
            << QStringLiteral("history.hour_retention: must be at least "
                              "history.minute_retention (30d)");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(json);
        QCOMPARE(r.errors, QStringList{error});
        QCOMPARE(r.config.history, Config().history); // a section with an error keeps defaults
    }

    void unknownKeyWarns()
    {
        const ConfigResult r = ConfigFile::parse(R"({"history": {"raw": "1h"}})");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings, QStringList{QStringLiteral("history.raw: unknown key, ignored")});
    }
};

QTEST_GUILESS_MAIN(TestHistoryConfig)
#include "tst_historyconfig.moc"
