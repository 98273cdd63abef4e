#pragma once

#include "CollectorSource.h"
#include "ProcFile.h"

#include <optional>
#include <vector>

namespace vigil {

// temperature_celsius{sensor} from /sys/class/hwmon/hwmon*/temp*_input ("<chip name>/<label>")
// and /sys/class/thermal/thermal_zone*/temp ("thermal/<type>"). hwmon inputs also give
// hwmon_temp_celsius{chip,sensor="tempN"} with node_exporter's chip naming, for /metrics. The
// sensor list is discovered on the first read and again every minute (drivers load late, devices
// come and go); between scans a tick is one pread() per sensor. No hwmon or thermal directory (VMs,
// containers) is normal: no series and no warning.
class TemperatureSource final : public CollectorSource
{
public:
    explicit TemperatureSource(const QString &root);

    QString name() const override { return QStringLiteral("temperature"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

    static constexpr qint64 RescanIntervalNs = 60'000'000'000;

private:
    struct Sensor
    {
        ProcFile input;
        SeriesId id;
        SeriesId hwmonId; // invalid for thermal zones
    };
    struct Found
    {
        QByteArray inputPath;
        QString label;
        QString suffix; // appended when the label is already taken: " (hwmon3)"
        SeriesId hwmonId;
    };

public:
    // node_exporter's hwmon chip name: "<bus>_<device>" from the device link, else the cleaned
    // name attribute, else "hwmonN".
    static QString hwmonChip(const QByteArray &hwmonDir);

private:
    void discover();
    void scanHwmon(std::vector<Found> &found);
    void scanThermal(std::vector<Found> &found);
    // Entries of `dir` named prefix + digits, sorted by that number; empty if dir is absent.
    std::vector<std::pair<int, QByteArray>>
    numberedEntries(const QByteArray &dir, QByteArrayView prefix, QByteArrayView suffix = {});

    QByteArray m_hwmonDir;
    QByteArray m_thermalDir;
    std::vector<Sensor> m_sensors;
    std::optional<qint64> m_lastScanNs;
};

} // namespace vigil
