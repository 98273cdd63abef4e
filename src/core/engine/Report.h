#pragma once

#include "checks/CheckTypes.h"
#include "engine/Health.h"
#include "series/Sample.h"
#include "series/SeriesRegistry.h"

#include <QByteArray>
#include <QString>

namespace vigil {

// One-shot health report (vigil --report): what the machine looks like right now.
struct Report
{
    qint64 timeMs = 0;
    QString host;
    QString version;
    SampleBatch batch; // the second of two samples, so rates are present
    HealthReport health;
    qint64 intervalMs = 0;     // between the two samples
    QList<CheckResult> checks; // each configured check's settled result, in config order
};

// Exactly one JSON object: {"timestamp","host","status","series":[...],"alerts":[...],
// "checks":[...]}.
QByteArray reportToJson(const Report &report, const SeriesRegistry &registry);
// A compact, aligned summary for a terminal.
QString reportToText(const Report &report, const SeriesRegistry &registry);
// Monitoring-plugin convention: 0 healthy, 1 warning, 2 critical, 3 unknown.
int reportExitCode(const Report &report);

} // namespace vigil
