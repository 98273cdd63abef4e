#pragma once

#include "checks/CheckTypes.h"

#include <QObject>

#include <optional>

namespace vigil {

// What one attempt of a check found.
struct ProbeReport
{
    CheckStatus status = CheckStatus::Unhealthy; // Healthy, Degraded or Unhealthy
    QString message;
    QString target;
    std::optional<double> latencySeconds;
    std::optional<double> certDaysLeft;
    int httpStatus = 0;
    QString requestId;
    QString traceparent;
    QList<SeriesSample> samples; // extra series: process CPU, log rates, scraped metrics
};

// One attempt of one check, asynchronous: start() once, then finished() exactly once (never
// from inside start()). Lives in the checks thread; deleting it cancels the attempt.
class CheckProbe : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(const vigil::ProbeReport &report);
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::ProbeReport)
