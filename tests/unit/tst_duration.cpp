#include "config/Duration.h"

#include <QTest>

#include <limits>

using namespace vigil;

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QStringLiteral("500ms") << qint64(500);
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30000);
        QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300000);
        QTest::newRow("hours") << QStringLiteral("1h") << qint64(3600000);
        QTest::newRow("days") << QStringLiteral("1d") << qint64(86400000);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("leading zeros") << QStringLiteral("007s") << qint64(7000);
        QTest::newRow("h+m") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("s+ms") << QStringLiteral("1s500ms") << qint64(1500);
        QTest::newRow("all units") << QStringLiteral("1d2h3m4s5ms") << qint64(93784005);
        QTest::newRow("m then ms") << QStringLiteral("1m5ms") << qint64(60005);
        QTest::newRow("skip units") << QStringLiteral("1d1s") << qint64(86401000);
        QTest::newRow("big part") << QStringLiteral("90m") << qint64(5400000);
        QTest::newRow("near max") << QStringLiteral("9223372036854775807ms")
                                  << std::numeric_limits<qint64>::max();
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        qint64 parsed = -1;
        QString error;
        QVERIFY2(parseDuration(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed, ms);
        QCOMPARE(parseDurationStatus(text, &parsed), DurationStatus::Ok);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // a part of the reason
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("word") << QStringLiteral("fast") << QStringLiteral("expected a number");
        QTest::newRow("no unit") << QStringLiteral("10") << QStringLiteral("missing unit");
        QTest::newRow("compound no unit")
            << QStringLiteral("1m30") << QStringLiteral("missing unit");
        QTest::newRow("negative") << QStringLiteral("-1s") << QStringLiteral("negative");
        QTest::newRow("plus") << QStringLiteral("+1s") << QStringLiteral("expected a number");
        QTest::newRow("unknown unit")
            << QStringLiteral("1x") << QStringLiteral("unknown unit \"x\"");
        QTest::newRow("long unit") << QStringLiteral("1min") << QStringLiteral("unknown unit");
        QTest::newRow("upper case") << QStringLiteral("1S") << QStringLiteral("unknown unit");
        QTest::newRow("micro") << QStringLiteral("1us") << QStringLiteral("unknown unit");
        QTest::newRow("fraction") << QStringLiteral("1.5s") << QStringLiteral("fractions");
        QTest::newRow("space inside")
            << QStringLiteral("1h 30m") << QStringLiteral("expected a number");
        QTest::newRow("leading space")
            << QStringLiteral(" 1s") << QStringLiteral("expected a number");
        QTest::newRow("trailing space")
            << QStringLiteral("1s ") << QStringLiteral("expected a number");
        QTest::newRow("unit only") << QStringLiteral("s") << QStringLiteral("expected a number");
        QTest::newRow("wrong order")
            << QStringLiteral("30m1h") << QStringLiteral("largest to smallest");
        QTest::newRow("repeated") << QStringLiteral("1m1m")
                                  << QStringLiteral("largest to smallest");
        QTest::newRow("non-ascii digit")
            << QStringLiteral("\u0661s") << QStringLiteral("expected a number");
        QTest::newRow("control char") << QStringLiteral("1\ns") << QStringLiteral("\\u000a");
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        qint64 parsed = 42;
        QString reason;
        QVERIFY(!parseDuration(text, &parsed, &reason));
        QCOMPARE(parsed, qint64(42)); // untouched
        QVERIFY2(reason.contains(error), qPrintable(reason));
        QCOMPARE(parseDurationStatus(text, &parsed), DurationStatus::Invalid);
        QVERIFY(!parseDuration(text, &parsed)); // no error pointer is fine
    }

    void parseOverflow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << QStringLiteral("9223372036854775808ms");
        QTest::newRow("many digits") << QStringLiteral("99999999999999999999999999s");
        QTest::newRow("days") << QStringLiteral("106751991167301d");
        QTest::newRow("sum") << QStringLiteral("106751991167d9223372036854775807ms");
    }

    void parseOverflow()
    {
        QFETCH(QString, text);
        qint64 parsed = 42;
        QString reason;
        QVERIFY(!parseDuration(text, &parsed, &reason));
        QCOMPARE(parsed, qint64(42));
        QCOMPARE(reason, QStringLiteral("too large"));
        QCOMPARE(parseDurationStatus(text, &parsed), DurationStatus::TooLarge);
    }

    void overflowWithBadSyntaxIsInvalid()
    {
        qint64 parsed = 0;
        QCOMPARE(parseDurationStatus(u"99999999999999999999999x", &parsed),
                 DurationStatus::Invalid);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("ms") << qint64(500) << QStringLiteral("500ms");
        QTest::newRow("second") << qint64(1000) << QStringLiteral("1s");
        QTest::newRow("s+ms") << qint64(1500) << QStringLiteral("1s500ms");
        QTest::newRow("m+s") << qint64(90000) << QStringLiteral("1m30s");
        QTest::newRow("hour") << qint64(3600000) << QStringLiteral("1h");
        QTest::newRow("h+m") << qint64(5400000) << QStringLiteral("1h30m");
        QTest::newRow("day") << qint64(86400000) << QStringLiteral("1d");
        QTest::newRow("d+ms") << qint64(86400001) << QStringLiteral("1d1ms");
        QTest::newRow("all") << qint64(93784005) << QStringLiteral("1d2h3m4s5ms");
        QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1s500ms");
    }

    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(ms), text);
    }

    void formatRoundTrips_data()
    {
        QTest::addColumn<qint64>("ms");
        for (qint64 ms : {qint64(0), qint64(1), qint64(999), qint64(1000), qint64(59999),
                          qint64(60000), qint64(3599999), qint64(86399999), qint64(86400000),
                          qint64(123456789012), std::numeric_limits<qint64>::max()})
            QTest::addRow("%lld", static_cast<long long>(ms)) << ms;
    }

    void formatRoundTrips()
    {
        QFETCH(qint64, ms);
        qint64 parsed = -1;
        QVERIFY(parseDuration(formatDuration(ms), &parsed));
        QCOMPARE(parsed, ms);
    }

    void formatMinimumDoesNotOverflow()
    {
        const QString text = formatDuration(std::numeric_limits<qint64>::min());
        QVERIFY(text.startsWith(u'-'));
        QVERIFY(text.endsWith(QLatin1String("808ms")));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
