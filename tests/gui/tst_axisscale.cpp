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

    void outlierResistantMax_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("expected");
        QList<double> ramp;
        for (int i = 1; i <= 200; ++i)
            ramp.append(i);
        QList<double> spiked = ramp;
        spiked.insert(70, 1e9);
        QTest::newRow("empty") << QList<double>{} << 0.0;
        QTest::newRow("few values keep their max") << QList<double>{1, 2, 1000} << 1000.0;
        // 99th percentile of 1..200 is 198 (index floor(0.99 * 199) = 197); 198 * 1.1 > 200.
        QTest::newRow("no outlier: the max") << ramp << 200.0;
        QTest::newRow("one spike in 201") << spiked << 199.0 * 1.1; // index 198 of 201
        QList<double> flat(100, 5.0);
        flat[3] = 5000;
        QTest::newRow("flat with spike") << flat << 5.5;
    }

    void outlierResistantMax()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, expected);
        QCOMPARE(vigil::outlierResistantMax(values), expected);
    }
};

QTEST_GUILESS_MAIN(TestAxisScale)
#include "tst_axisscale.moc"
