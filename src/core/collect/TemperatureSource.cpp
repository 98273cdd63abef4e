#include "TemperatureSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>

namespace vigil {

namespace {

// Contents of a small sysfs attribute without its trailing newline, or nullopt.
std::optional<QByteArray> readAttribute(const QByteArray &path)
{
    ProcFile file(path);
    if (!file.read())
        return std::nullopt;
    return proc::chomp(file.contents()).toByteArray();
}

// node_exporter's cleanMetricName: lower case, [^a-z0-9:_] to '_', trimmed of '_'.
QString cleanName(const QString &name)
{
    QString out = name.toLower();
    for (QChar &c : out) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u':' || c == u'_';
        if (!ok)
            c = u'_';
    }
    qsizetype from = 0;
    qsizetype to = out.size();
    while (from < to && out.at(from) == u'_')
        ++from;
    while (to > from && out.at(to - 1) == u'_')
        --to;
    return out.mid(from, to - from);
}

} // namespace

QString TemperatureSource::hwmonChip(const QByteArray &hwmonDir)
{
    const QString dir = QFile::decodeName(hwmonDir);
    const QString device = QFileInfo(dir + QStringLiteral("/device")).canonicalFilePath();
    if (!device.isEmpty()) {
        const QFileInfo info(device);
        const QString name = cleanName(info.fileName());
        const QString type = cleanName(QFileInfo(info.path()).fileName());
        if (!type.isEmpty() && !name.isEmpty())
            return type + u'_' + name;
        if (!name.isEmpty())
            return name;
    }
    if (const std::optional<QByteArray> raw = readAttribute(hwmonDir + "/name")) {
        const QString name = cleanName(QFile::decodeName(*raw));
        if (!name.isEmpty())
            return name;
    }
    const QString real = QFileInfo(dir).canonicalFilePath();
    return cleanName(QFileInfo(real.isEmpty() ? dir : real).fileName());
}

TemperatureSource::TemperatureSource(const QString &root)
    : m_hwmonDir(rootPath(root, "sys/class/hwmon"))
    , m_thermalDir(rootPath(root, "sys/class/thermal"))
{}

std::vector<std::pair<int, QByteArray>> TemperatureSource::numberedEntries(const QByteArray &dir,
                                                                           QByteArrayView prefix,
                                                                           QByteArrayView suffix)
{
    std::vector<std::pair<int, QByteArray>> entries;
    DIR *handle = ::opendir(dir.constData());
    if (!handle) {
        // No directory means no such hardware; anything else (permissions) is worth a word.
        const int error = errno;
        if (error != ENOENT && error != ENOTDIR && firstTime(QFile::decodeName(dir)))
            qCWarning(lcCollector).noquote() << u"temperature: cannot list " +
                                                    QFile::decodeName(dir) + u": " +
                                                    qt_error_string(error);
        return entries;
    }
    while (const dirent *entry = ::readdir(handle)) {
        const QByteArrayView name(entry->d_name, qsizetype(std::strlen(entry->d_name)));
        if (!name.startsWith(prefix) || !name.endsWith(suffix))
            continue;
        const QByteArrayView digits =
            name.sliced(prefix.size(), name.size() - prefix.size() - suffix.size());
        qint64 number = 0;
        if (proc::isAllDigits(digits) && proc::parseInt(digits, number) && number <= INT_MAX)
            entries.emplace_back(int(number), name.toByteArray());
    }
    ::closedir(handle);
    std::sort(entries.begin(), entries.end());
    return entries;
}

void TemperatureSource::scanHwmon(std::vector<Found> &found)
{
    QSet<SeriesId> exported; // two chips of one name without device links: tell them apart
    for (const auto &[index, entry] : numberedEntries(m_hwmonDir, "hwmon")) {
        Q_UNUSED(index)
        const QByteArray hwmon = m_hwmonDir + '/' + entry;
        // Attributes live in hwmonN itself; some older drivers keep them in hwmonN/device.
        QByteArray dir = hwmon;
        auto inputs = numberedEntries(dir, "temp", "_input");
        if (inputs.empty()) {
            dir = hwmon + "/device";
            inputs = numberedEntries(dir, "temp", "_input");
        }
        if (inputs.empty())
            continue;
        std::optional<QByteArray> chip = readAttribute(hwmon + "/name");
        if (!chip || chip->isEmpty())
            chip = readAttribute(hwmon + "/device/name");
        const QString chipName =
            chip && !chip->isEmpty() ? QFile::decodeName(*chip) : QFile::decodeName(entry);
        const QString exportChip = hwmonChip(hwmon);
        for (const auto &[number, input] : inputs) {
            const QByteArray prefix = "temp" + QByteArray::number(number);
            const std::optional<QByteArray> label = readAttribute(dir + '/' + prefix + "_label");
            const QString sensor = label && !label->isEmpty() ? QFile::decodeName(*label)
                                                              : QString::fromLatin1(prefix);
            const Labels sensorLabel = {{QStringLiteral("sensor"), QString::fromLatin1(prefix)}};
            SeriesId hwmonId(QStringLiteral("hwmon_temp_celsius"), sensorLabel);
            hwmonId = hwmonId.withLabel(QStringLiteral("chip"), exportChip);
            if (exported.contains(hwmonId))
                hwmonId = hwmonId.withLabel(QStringLiteral("chip"), QFile::decodeName(entry));
            exported.insert(hwmonId);
            found.push_back({dir + '/' + input, chipName + u'/' + sensor,
                             u" (" + QFile::decodeName(entry) + u')', hwmonId});
        }
    }
}

void TemperatureSource::scanThermal(std::vector<Found> &found)
{
    for (const auto &[index, entry] : numberedEntries(m_thermalDir, "thermal_zone")) {
        const QByteArray zone = m_thermalDir + '/' + entry;
        const std::optional<QByteArray> type = readAttribute(zone + "/type");
        const QString typeName =
            type && !type->isEmpty() ? QFile::decodeName(*type) : u"zone" + QString::number(index);
        found.push_back(
            {zone + "/temp", u"thermal/" + typeName, u" (" + QFile::decodeName(entry) + u')', {}});
    }
}

void TemperatureSource::discover()
{
    std::vector<Found> found;
    scanHwmon(found);
    scanThermal(found);

    std::vector<Sensor> sensors;
    QSet<QString> labels;
    for (Found &candidate : found) {
        QString label = candidate.label;
        if (labels.contains(label))
            label += candidate.suffix;
        labels.insert(label);
        // Keep the open descriptor of a sensor already known.
        auto previous = std::find_if(m_sensors.begin(), m_sensors.end(), [&](const Sensor &s) {
            return s.input.path() == candidate.inputPath;
        });
        ProcFile input = previous != m_sensors.end() ? std::move(previous->input)
                                                     : ProcFile(candidate.inputPath);
        sensors.push_back(
            {std::move(input),
             SeriesId(QStringLiteral("temperature_celsius"), {{QStringLiteral("sensor"), label}}),
             candidate.hwmonId});
    }
    if (sensors.size() != m_sensors.size())
        qCDebug(lcCollector) << "temperature:" << sensors.size() << "sensors";
    m_sensors = std::move(sensors);
}

void TemperatureSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    if (!m_lastScanNs || monotonicNs - *m_lastScanNs >= RescanIntervalNs ||
        monotonicNs < *m_lastScanNs) {
        discover();
        m_lastScanNs = monotonicNs;
    }
    for (Sensor &sensor : m_sensors) {
        if (!sensor.input.read()) {
            // Some sensors fail while their device sleeps (ENODATA, EAGAIN); say so once.
            if (firstTime(QFile::decodeName(sensor.input.path())))
                qCWarning(lcCollector).noquote()
                    << "temperature: cannot read" << sensor.input.errorString();
            continue;
        }
        qint64 millidegrees = 0;
        if (!proc::parseInt(proc::chomp(sensor.input.contents()), millidegrees)) {
            if (firstTime(u"format:" + QFile::decodeName(sensor.input.path())))
                qCWarning(lcCollector).noquote()
                    << "temperature: unexpected value in" << QFile::decodeName(sensor.input.path());
            continue;
        }
        out.append({sensor.id, double(millidegrees) / 1000.0});
        if (sensor.hwmonId.isValid())
            out.append({sensor.hwmonId, double(millidegrees) / 1000.0});
    }
}

} // namespace vigil
