#pragma once

#include "CollectorSource.h"
#include "DeviceTable.h"
#include "ProcFile.h"

#include <array>

namespace vigil {

// cpu_usage_percent{cpu="total"|"0".."N-1"} and cpu_iowait_percent{cpu="total"} from the
// jiffy counters of /proc/stat, between two reads.
class CpuSource final : public CollectorSource
{
public:
    explicit CpuSource(const QString &root);

    QString name() const override { return QStringLiteral("cpu"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

private:
    // user nice system idle iowait irq softirq steal; guest and guest_nice are already counted
    // in user and nice, so they are never read.
    static constexpr int Modes = 8;
    struct CpuState
    {
        std::array<quint64, Modes> ticks = {};
        bool valid = false;
        SeriesId usageId;
        SeriesId iowaitId; // total only
    };

    static void computeSamples(const CpuState &previous, const CpuState &current,
                               QList<SeriesSample> &out);

    ProcFile m_stat;
    DeviceTable<CpuState> m_cpus;
};

} // namespace vigil
