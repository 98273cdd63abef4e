// TemperatureSource: hwmon and thermal-zone discovery, labels and reads.
#include "collect/TemperatureSource.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace vigil::testsupport;

namespace {
QString sensor(const QString &label)
{
    return SeriesId(QStringLiteral("temperature_celsius"), {{QStringLiteral("sensor"), label}})
        .toString();
}
} // namespace

class TestTemperatureSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }
    QString path(const char *relative) const { return m_dir->filePath(QLatin1String(relative)); }

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void workstationSensors()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        TemperatureSource source(root());
        QCOMPARE(source.name(), QStringLiteral("temperature"));
        const QMap<QString, double> expected = {
            // hwmon: <name>/<tempN_label, or tempN>
            {sensor(QStringLiteral("acpitz/temp1")), 27.8},
            {sensor(QStringLiteral("nvme/Composite")), 38.85},
            {sensor(QStringLiteral("nvme/Sensor 1")), 38.85},
            {sensor(QStringLiteral("coretemp/Package id 0")), 45.0},
            {sensor(QStringLiteral("coretemp/Core 0")), 43.0},
            {sensor(QStringLiteral("coretemp/Core 8")), 41.0},
            // a second chip with the same name and label: the directory disambiguates
            {sensor(QStringLiteral("nvme/Composite (hwmon3)")), 36.85},
            // older layout: attributes under hwmonN/device
            {sensor(QStringLiteral("it87/temp1")), 33.0},
            // thermal: thermal/<type, or zoneN>
            {sensor(QStringLiteral("thermal/acpitz")), 27.8},
            {sensor(QStringLiteral("thermal/x86_pkg_temp")), 45.0},
            {sensor(QStringLiteral("thermal/zone2")), 30.0},
            {sensor(QStringLiteral("thermal/acpitz (thermal_zone3)")), -5.0},
        };
        // Gauges: present from the first read.
        QCOMPARE(collectValues(source, 0), expected);
        QCOMPARE(collectValues(source, NsPerSecond), expected);
    }

    void noHardwareIsSilent()
    {
        // The build VM has neither /sys/class/hwmon nor thermal zones: no series, no warning
        // (failOnWarning is armed).
        QVERIFY(overlayTree(QStringLiteral("vm-2core"), root()));
        TemperatureSource source(root());
        for (int tick = 0; tick < 3; ++tick)
            QVERIFY(collectValues(source, tick * NsPerSecond).isEmpty());
        QVERIFY(QDir().mkpath(path("sys/class/thermal")));
        QVERIFY(collectValues(source, 3 * TemperatureSource::RescanIntervalNs).isEmpty());
    }

    void valuesAreReReadEachTick()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        TemperatureSource source(root());
        collectValues(source, 0);
        QVERIFY(writeFile(path("sys/class/hwmon/hwmon2/temp1_input"), "71500\n"));
        QCOMPARE(collectValues(source, NsPerSecond)
                     .value(sensor(QStringLiteral("coretemp/Package id 0"))),
                 71.5);
    }

    void unreadableSensorWarnsOnce()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        // A directory in place of the attribute: open() works, read() fails (as EIO/ENODATA
        // from a sleeping device would).
        QVERIFY(QFile::remove(path("sys/class/hwmon/hwmon1/temp2_input")));
        QVERIFY(QDir().mkpath(path("sys/class/hwmon/hwmon1/temp2_input")));
        QVERIFY(writeFile(path("sys/class/thermal/thermal_zone2/temp"), "n/a\n"));
        TemperatureSource source(root());
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(
                              QStringLiteral("^temperature: cannot read .*/hwmon1/temp2_input: ")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "^temperature: unexpected value in .*/thermal_zone2/temp$")));
        for (int tick = 0; tick < 3; ++tick) {
            const auto values = collectValues(source, tick * NsPerSecond);
            QCOMPARE(values.size(), 10);
            QVERIFY(!values.contains(sensor(QStringLiteral("nvme/Sensor 1"))));
            QVERIFY(!values.contains(sensor(QStringLiteral("thermal/zone2"))));
        }
    }

    void newSensorsAppearAtTheNextScan()
    {
        QVERIFY(overlayTree(QStringLiteral("workstation-t0"), root()));
        TemperatureSource source(root());
        QCOMPARE(collectValues(source, 0).size(), 12);
        QVERIFY(writeFile(path("sys/class/hwmon/hwmon6/name"), "amdgpu\n"));
        QVERIFY(writeFile(path("sys/class/hwmon/hwmon6/temp1_input"), "52000\n"));
        QVERIFY(writeFile(path("sys/class/hwmon/hwmon6/temp1_label"), "edge\n"));
        QCOMPARE(collectValues(source, NsPerSecond).size(), 12); // between scans: the known list
        const auto values = collectValues(source, TemperatureSource::RescanIntervalNs);
        QCOMPARE(values.size(), 13);
        QCOMPARE(values.value(sensor(QStringLiteral("amdgpu/edge"))), 52.0);
    }
};

QTEST_GUILESS_MAIN(TestTemperatureSource)
#include "tst_temperaturesource.moc"
