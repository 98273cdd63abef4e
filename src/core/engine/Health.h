#pragma once

#include "series/Sample.h"
#include "series/SeriesId.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace vigil {

class MetricStore;

// Ordered so that max() picks the worst. Values are the monitoring-plugin exit codes.
enum class Severity { Healthy = 0, Warning = 1, Critical = 2, Unknown = 3 };

QString severityName(Severity severity); // "healthy", "warning", "critical", "unknown"

struct HealthFinding
{
    QString check; // e.g. "cpu_high"
    SeriesId series;
    double value = 0;
    double threshold = 0;
    Severity severity = Severity::Healthy;
    QString summary; // "CPU 97.0 % >= 95 %"
};

struct HealthReport
{
    Severity status = Severity::Unknown;
    QList<HealthFinding> findings; // only breaches, worst first
    QString headline() const;      // one line for a status bar or tray tooltip
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::HealthReport)
