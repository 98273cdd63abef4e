#pragma once

#include "CollectorSource.h"
#include "ProcFile.h"

namespace vigil {

// memory_* and swap_* gauges from /proc/meminfo (kB × 1024).
class MemorySource final : public CollectorSource
{
public:
    explicit MemorySource(const QString &root);

    QString name() const override { return QStringLiteral("memory"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

private:
    ProcFile m_meminfo;
    SeriesId m_totalId;
    SeriesId m_availableId;
    SeriesId m_usedPercentId;
    SeriesId m_swapTotalId;
    SeriesId m_swapUsedId;
    SeriesId m_swapFreeId;
    SeriesId m_swapUsedPercentId;
};

} // namespace vigil
