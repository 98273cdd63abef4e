#pragma once

// Shared by the history tests: the CPU total series and a batch holding one value of it.

#include "series/Sample.h"

namespace vigil::test {

inline const SeriesId &cpuTotal()
{
    static const SeriesId id(QStringLiteral("cpu_usage_percent"),
                             {{QStringLiteral("cpu"), QStringLiteral("total")}});
    return id;
}

inline SampleBatch cpuBatch(qint64 t, double value)
{
    SampleBatch b;
    b.timeMs = t;
    b.add(cpuTotal(), value);
    return b;
}

} // namespace vigil::test
