#pragma once

#include "checks/CheckTypes.h"

#include <QList>
#include <QString>

namespace vigil {

// One problem with a check's settings: the config key it is about ("url", "port") and what is
// wrong, for the reader's "checks[2].url: ..." messages and the settings dialog's fields.
struct CheckProblem
{
    QString key;
    QString message;
};

namespace CheckLimits {
constexpr qint64 MinIntervalMs = 1000;
constexpr qint64 MaxIntervalMs = 24LL * 3600 * 1000;
constexpr qint64 MinTimeoutMs = 100;
constexpr qint64 MaxTimeoutMs = 300 * 1000;
constexpr int MaxRetries = 10;
constexpr int MaxRecoverAfter = 100;
constexpr int MaxRedirects = 20;
constexpr int MaxSeries = 100000;
constexpr qsizetype MaxNameLength = 64;
constexpr int MaxConcurrent = 16; // checks running at once
} // namespace CheckLimits

// Everything wrong with a check, in key order; empty when it can run.
QList<CheckProblem> validateCheck(const CheckSpec &spec);

} // namespace vigil
