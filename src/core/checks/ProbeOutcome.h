#pragma once

#include "series/Sample.h"
#include "series/SeriesId.h"

#include <QList>
#include <QString>

namespace vigil {

enum class ProbeVerdict { Healthy, Degraded, Unhealthy };

// What one run of a local probe (file, process, log) found.
struct ProbeOutcome
{
    ProbeVerdict verdict = ProbeVerdict::Unhealthy;
    QString message;             // one line for the user: "3 processes match name=nginx (min 1)"
    QString target;              // what was probed, for the table: a path, "name=nginx"
    QList<SeriesSample> samples; // extra series to publish, each labelled check=<check name>
};

// The id of an extra series of the check named `check`: metric{check="<check>"}.
inline SeriesId checkSeriesId(const QString &metric, const QString &check)
{
    return SeriesId(metric, {{QStringLiteral("check"), check}});
}

} // namespace vigil
