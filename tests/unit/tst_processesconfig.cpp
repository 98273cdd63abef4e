// collectors.processes: defaults, accepted values, and each problem with its exact message.
#include "config/ConfigFile.h"

#include <QTest>

using namespace vigil;

class TestProcessesConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const Config c;
        QCOMPARE(c.collectors.processes.enabled, true);
        QCOMPARE(c.collectors.processes.top, 50);
    }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("top");
        QTest::newRow("empty") << QByteArray("{}") << true << 50;
        QTest::newRow("off") << QByteArray(R"({"enabled": false})") << false << 50;
        QTest::newRow("min") << QByteArray(R"({"top": 1})") << true << 1;
        QTest::newRow("max") << QByteArray(R"({"top": 1000})") << true << 1000;
    }
    void accepted()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, enabled);
        QFETCH(int, top);
        const ConfigResult r = ConfigFile::parse(R"({"collectors": {"processes": )" + json + "}}");
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'|')));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.config.collectors.processes.enabled, enabled);
        QCOMPARE(r.config.collectors.processes.top, top);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QByteArray("true")
            << QStringLiteral("collectors.processes: expected an object, got true");
        QTest::newRow("enabled") << QByteArray(R"({"enabled": "yes"})")
                                 << QStringLiteral("collectors.processes.enabled: expected true "
                                                   "or false, got \"yes\"");
        QTest::newRow("top zero")
            << QByteArray(R"({"top": 0})")
            << QStringLiteral("collectors.processes.top: 0 is out of range; allowed 1 to 1000");
        QTest::newRow("top large") << QByteArray(R"({"top": 1001})")
                                   << QStringLiteral("collectors.processes.top: 1001 is out of "
                                                     "range; allowed 1 to 1000");
        QTest::newRow("top fraction")
            << QByteArray(R"({"top": 2.5})")
            << QStringLiteral("collectors.processes.top: expected a whole number, got 2.5");
    }
    void problems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ConfigResult r = ConfigFile::parse(R"({"collectors": {"processes": )" + json + "}}");
        QCOMPARE(r.errors, QStringList{error});
        QCOMPARE(r.config.collectors.processes, Config::Collectors::Processes()); // defaults kept
    }

    void unknownKeyWarns()
    {
        const ConfigResult r =
            ConfigFile::parse(R"({"collectors": {"processes": {"top": 5, "colour": 1}}})");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings,
                 QStringList{QStringLiteral("collectors.processes.colour: unknown key, ignored")});
        QCOMPARE(r.config.collectors.processes.top, 5);
    }

    void writtenAndReadBack()
    {
        Config c;
        c.collectors.processes = {false, 7};
        const ConfigResult r = ConfigFile::parse(ConfigFile::toJson(c));
        QVERIFY(r.ok());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.config.collectors.processes, c.collectors.processes);
    }
};

QTEST_GUILESS_MAIN(TestProcessesConfig)
#include "tst_processesconfig.moc"
