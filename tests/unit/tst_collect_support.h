#pragma once

// Helpers shared by the collect tests (tst_*source.cpp): fixture trees, in-place file
// replacement and sample maps.

#include "collect/CollectorSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

namespace vigil::testsupport {

constexpr qint64 NsPerSecond = 1'000'000'000;

inline QString fixtureTree(const QString &tree)
{
    return QStringLiteral(VIGIL_FIXTURES_DIR "/collect/") + tree;
}

// Writes in place (truncate, then write) rather than replacing the file: sources keep their
// descriptors open and must see the new bytes, as they do with /proc.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Copies every file of `tree` (a fixture tree name or an absolute directory) over `target`.
inline bool overlayTree(const QString &tree, const QString &target)
{
    const QString from = QDir::isAbsolutePath(tree) ? tree : fixtureTree(tree);
    const QDir base(from);
    if (!base.exists())
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly) ||
            !writeFile(target + u'/' + base.relativeFilePath(path), source.readAll()))
            return false;
    }
    return true;
}

// The raw kernel values sources also emit for /metrics (node_exporter's names there). The
// derived-series tests leave them out; tst_rawcounters checks them.
inline bool isRawSeries(const QString &name)
{
    static const QStringList raw = {QStringLiteral("cpu_seconds_total"),
                                    QStringLiteral("disk_read_bytes_total"),
                                    QStringLiteral("disk_written_bytes_total"),
                                    QStringLiteral("network_receive_bytes_total"),
                                    QStringLiteral("network_transmit_bytes_total"),
                                    QStringLiteral("swap_free_bytes"),
                                    QStringLiteral("hwmon_temp_celsius")};
    return raw.contains(name);
}

// One collect() as a map from the Prometheus form of each series id to its value: the derived
// series, or with raw = true only the raw ones. A series emitted twice in one read fails the
// test.
inline QMap<QString, double> collectValues(CollectorSource &source, qint64 monotonicNs,
                                           bool raw = false)
{
    QList<SeriesSample> samples;
    source.collect(monotonicNs, samples);
    QMap<QString, double> values;
    QSet<QString> seen;
    for (const SeriesSample &sample : samples) {
        const QString key = sample.id.toString();
        if (seen.contains(key))
            QTest::qFail(qPrintable(u"duplicate series " + key), __FILE__, __LINE__);
        seen.insert(key);
        if (isRawSeries(sample.id.name()) == raw)
            values.insert(key, sample.value);
    }
    return values;
}

// Keys of `values` whose metric name is `name`.
inline QStringList keysOf(const QMap<QString, double> &values, const QString &name)
{
    QStringList keys;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == name || it.key().startsWith(name + u'{'))
            keys.append(it.key());
    }
    return keys;
}

} // namespace vigil::testsupport
