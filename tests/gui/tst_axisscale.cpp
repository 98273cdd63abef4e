#include "charts/AxisScale.h"

#include <QTest>

using namespace vigil;

class TestAxisScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scale_data()
    {
        QTest::addColumn<double>("maxValue");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QString>("unitText");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        QTest::newRow("no data") << 0.0 << int(Unit::BytesPerSecond) << 4 << "B/s" << 1.0 << 0.5
                                 << 1;
        QTest::newRow("load 3.4") << 3.4 << int(Unit::None) << 4 << "" << 4.0 << 1.0 << 0;
        QTest::newRow("load 0.42") << 0.42 << int(Unit::None) << 4 << "" << 0.6 << 0.2 << 1;
        QTest::newRow("short chart") << 3.4 << int(Unit::None) << 2 << "" << 4.0 << 2.0 << 0;
        QTest::newRow("38 MiB/s") << 38.0 * 1024 * 1024 << int(Unit::BytesPerSecond) << 4 << "MiB/s"
                                  << 40.0 << 10.0 << 0;
        QTest::newRow("900 B/s") << 900.0 << int(Unit::BytesPerSecond) << 4 << "B/s" << 1000.0
                                 << 500.0 << 0;
        QTest::newRow("temperature")
            << 71.0 << int(Unit::Celsius) << 4 << QStringLiteral("°C") << 80.0 << 20.0 << 0;
        QTest::newRow("tiny") << 0.03 << int(Unit::None) << 4 << "" << 0.04 << 0.01 << 2;
    }

    void scale()
    {
        QFETCH(double, maxValue);
        QFETCH(int, unit);
        QFETCH(int, steps);
        QFETCH(QString, unitText);
        QFETCH(double, top);
        QFETCH(double, step);
        QFETCH(int, decimals);
        const AxisScale s = autoAxisScale(maxValue, Unit(unit), steps);
        QCOMPARE(s.unitText, unitText);
        QCOMPARE(s.top, top);
        QCOMPARE(s.step, step);
        QCOMPARE(s.decimals, decimals);
        QVERIFY(s.top * s.divisor >= maxValue); // the data always fits
    }

    void unitTexts()
    {
        QCOMPARE(axisUnitText(Unit::Percent), QStringLiteral("%"));
        QCOMPARE(axisUnitText(Unit::Bytes, QStringLiteral("Gi")), QStringLiteral("GiB"));
        QCOMPARE(axisUnitText(Unit::Count), QString());
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
