#include "series/SeriesRegistry.h"
#include "series/Unit.h"

#include <QTest>

using namespace vigil;

class TestUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent") << 97.34 << int(Unit::Percent) << "97.3 %";
        QTest::newRow("bytes small") << 512.0 << int(Unit::Bytes) << "512 B";
        QTest::newRow("bytes KiB") << 1536.0 << int(Unit::Bytes) << "1.50 KiB";
        QTest::newRow("bytes GiB") << 16.0 * 1024 * 1024 * 1024 << int(Unit::Bytes) << "16.0 GiB";
        QTest::newRow("rate MiB") << 123.4 * 1024 * 1024 << int(Unit::BytesPerSecond)
                                  << "123 MiB/s";
        QTest::newRow("rate zero") << 0.0 << int(Unit::BytesPerSecond) << "0 B/s";
        QTest::newRow("seconds") << 42.0 << int(Unit::Seconds) << "42s";
        QTest::newRow("minutes") << 125.0 << int(Unit::Seconds) << "2m 05s";
        QTest::newRow("hours") << 7380.0 << int(Unit::Seconds) << "2h 03m";
        QTest::newRow("days") << 90000.0 << int(Unit::Seconds) << "1d 01h";
        QTest::newRow("celsius") << 45.0 << int(Unit::Celsius) << QStringLiteral("45.0 °C");
        QTest::newRow("count") << 312.0 << int(Unit::Count) << "312";
        QTest::newRow("load") << 0.523 << int(Unit::None) << "0.52";
        QTest::newRow("nan") << qQNaN() << int(Unit::Percent) << "n/a";
    }

    void format()
    {
        QFETCH(double, value);
        QFETCH(int, unit);
        QFETCH(QString, expected);
        QCOMPARE(formatValue(value, Unit(unit)), expected);
    }

    void binaryScale()
    {
        QString prefix;
        QCOMPARE(binaryScaleFor(1000, &prefix), 1.0);
        QCOMPARE(prefix, QString());
        QCOMPARE(binaryScaleFor(5.0 * 1024 * 1024, &prefix), 1024.0 * 1024);
        QCOMPARE(prefix, QStringLiteral("Mi"));
    }

    void registryKnowsSystemSeries()
    {
        const SeriesRegistry r = SeriesRegistry::withSystemSeries();
        QCOMPARE(r.info(QStringLiteral("memory_total_bytes")).unit, Unit::Bytes);
        QCOMPARE(r.info(QStringLiteral("disk_read_bytes_per_second")).unit, Unit::BytesPerSecond);
        QVERIFY(!r.info(QStringLiteral("cpu_usage_percent")).help.isEmpty());
        QCOMPARE(r.info(QStringLiteral("unknown")).unit, Unit::None);
        QVERIFY(!r.contains(QStringLiteral("unknown")));
    }
};

QTEST_GUILESS_MAIN(TestUnit)
#include "tst_unit.moc"
