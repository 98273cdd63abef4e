#pragma once

#include "CollectorSource.h"
#include "DeviceTable.h"
#include "ProcFile.h"

#include <array>

namespace vigil {

// cpu_usage_percent{cpu="total"|"0".."N-1"} and cpu_iowait_percent{cpu="total"} from the
// jiffy counters of /proc/stat, between two reads; and the raw counters themselves as
// cpu_seconds_total{cpu="0".."N-1",mode} (jiffies / USER_HZ, as node_exporter exports them).
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
        SeriesId iowaitId;                      // total only
        std::array<SeriesId, Modes> secondsIds; // per CPU only
    };

    static void computeSamples(const CpuState &previous, const CpuState &current,
                               QList<SeriesSample> &out);

    static void appendSeconds(const CpuState &state, const CpuState &current, int parsed,
                              double ticksPerSecond, QList<SeriesSample> &out);

    ProcFile m_stat;
    double m_ticksPerSecond;
    DeviceTable<CpuState> m_cpus;
};

} // namespace vigil
