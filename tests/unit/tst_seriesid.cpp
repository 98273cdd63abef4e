#include "series/SeriesId.h"

#include <QSet>
#include <QTest>

using namespace vigil;

class TestSeriesId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsAreSorted()
    {
        const SeriesId a(QStringLiteral("m"), {{QStringLiteral("b"), QStringLiteral("2")},
                                               {QStringLiteral("a"), QStringLiteral("1")}});
        const SeriesId b(QStringLiteral("m"), {{QStringLiteral("a"), QStringLiteral("1")},
                                               {QStringLiteral("b"), QStringLiteral("2")}});
        QCOMPARE(a, b);
        QCOMPARE(qHash(a), qHash(b));
        QCOMPARE(a.toString(), QStringLiteral("m{a=\"1\",b=\"2\"}"));
        QCOMPARE(a.label(u"b"), QStringLiteral("2"));
        QCOMPARE(a.label(u"missing"), QString());
    }

    void duplicateLabelLastWins()
    {
        const SeriesId a(QStringLiteral("m"), {{QStringLiteral("a"), QStringLiteral("1")},
                                               {QStringLiteral("a"), QStringLiteral("2")}});
        QCOMPARE(a.labels().size(), 1);
        QCOMPARE(a.label(u"a"), QStringLiteral("2"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("labelValue");
        QTest::newRow("plain") << "cpu_usage_percent"
                               << "total";
        QTest::newRow("quote") << "filesystem_used_percent"
                               << "/mnt/a\"b";
        QTest::newRow("backslash") << "filesystem_used_percent"
                                   << "C:\\dir\\";
        QTest::newRow("newline") << "x"
                                 << "line1\nline2";
        QTest::newRow("unicode") << "temperature_celsius" << QStringLiteral("Température °C");
        QTest::newRow("empty value") << "x"
                                     << "";
        QTest::newRow("comma and brace") << "x"
                                         << "a,b}c{d=e";
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, labelValue);
        const SeriesId id(name, {{QStringLiteral("mount"), labelValue},
                                 {QStringLiteral("device"), QStringLiteral("/dev/sda1")}});
        QString error;
        const SeriesId parsed = SeriesId::parse(id.toString(), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed, id);
        QCOMPARE(parsed.label(u"mount"), labelValue);
    }

    void escaping()
    {
        const SeriesId id(QStringLiteral("m"),
                          {{QStringLiteral("p"), QStringLiteral("a\\b\"c\nd")}});
        QCOMPARE(id.toString(), QStringLiteral("m{p=\"a\\\\b\\\"c\\nd\"}"));
    }

    void parseAcceptsSpacesAndNoLabels()
    {
        QCOMPARE(SeriesId::parse(u"load1"), SeriesId(QStringLiteral("load1")));
        QCOMPARE(SeriesId::parse(u"load1{}"), SeriesId(QStringLiteral("load1")));
        QCOMPARE(SeriesId::parse(u" m { a = \"1\" , b=\"2\", } "),
                 SeriesId(QStringLiteral("m"), {{QStringLiteral("a"), QStringLiteral("1")},
                                                {QStringLiteral("b"), QStringLiteral("2")}}));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << ""
                               << "invalid metric name";
        QTest::newRow("digit start") << "1abc"
                                     << "invalid metric name";
        QTest::newRow("dash") << "a-b"
                              << "invalid metric name";
        QTest::newRow("unclosed") << "m{a=\"1\""
                                  << "missing closing";
        QTest::newRow("bad label") << "m{1a=\"x\"}"
                                   << "invalid label name";
        QTest::newRow("no equals") << "m{a \"x\"}"
                                   << "expected '='";
        QTest::newRow("unquoted") << "m{a=x}"
                                  << "expected '\"'";
        QTest::newRow("unterminated") << "m{a=\"x}"
                                      << "unterminated";
        QTest::newRow("bad escape") << "m{a=\"\\t\"}"
                                    << "invalid escape";
        QTest::newRow("duplicate") << "m{a=\"1\",a=\"2\"}"
                                   << "duplicate label";
        QTest::newRow("missing comma") << "m{a=\"1\" b=\"2\"}"
                                       << "expected ','";
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        QString error;
        const SeriesId id = SeriesId::parse(text, &error);
        QVERIFY(!id.isValid());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void ordering()
    {
        const SeriesId a(QStringLiteral("a"));
        const SeriesId b(QStringLiteral("b"));
        const SeriesId a1(QStringLiteral("a"), {{QStringLiteral("x"), QStringLiteral("1")}});
        QVERIFY(a < b);
        QVERIFY(a < a1);
        QVERIFY(!(a1 < a));
        QSet<SeriesId> set{a, b, a1, SeriesId(QStringLiteral("a"))};
        QCOMPARE(set.size(), 3);
    }

    void withLabel()
    {
        const SeriesId id =
            SeriesId(QStringLiteral("m")).withLabel(QStringLiteral("cpu"), QStringLiteral("0"));
        QCOMPARE(id.toString(), QStringLiteral("m{cpu=\"0\"}"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesId)
#include "tst_seriesid.moc"
