#pragma once

#include "alerts/AlertTypes.h"
#include "engine/Health.h"
#include "series/Sample.h"

namespace vigil {

// For --report: which rules the samples breach right now. `for`, hysteresis and silences are
// ignored (a one-shot report has no history); the worst level of each matching series counts.
// Unknown when no rule matched any sample (no data is not healthy).
HealthReport evaluateRulesNow(const QList<AlertRule> &rules, const SampleBatch &batch);

} // namespace vigil
