#pragma once

#include "CollectorSource.h"
#include "DeviceTable.h"
#include "ExcludeList.h"
#include "ProcFile.h"

#include <QRegularExpression>

#include <optional>

namespace vigil {

// disk_{read,write}_bytes_per_second and disk_busy_percent{device} for whole disks, from
// /proc/diskstats between two reads; the byte counters themselves as disk_read_bytes_total and
// disk_written_bytes_total{device} (sectors x 512, node_exporter's definition).
class DiskSource final : public CollectorSource
{
public:
    explicit DiskSource(const QString &root, const QStringList &excludeDisks = {});

    QString name() const override { return QStringLiteral("disk"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

    // Whether a /proc/diskstats name is a whole, physical-or-mapped disk (not a partition, loop,
    // ram, zram or floppy device), judged from root/sys/block when it can be read.
    bool isWholeDisk(const QString &device) const;

private:
    // reads completed, sectors read, writes completed, sectors written, io ticks (ms)
    static constexpr int Counters = 5;
    struct DiskState
    {
        bool included = false;
        bool valid = false;
        quint64 counters[Counters] = {};
        SeriesId readId;
        SeriesId writeId;
        SeriesId busyId;
        SeriesId readTotalId;
        SeriesId writtenTotalId;
    };

    ProcFile m_diskstats;
    QByteArray m_sysBlock;
    ExcludeList m_exclude;
    QRegularExpression m_virtualPattern;
    QRegularExpression m_partitionPattern;
    DeviceTable<DiskState> m_disks;
    std::optional<qint64> m_previousNs;
};

} // namespace vigil
