#pragma once

#include "checks/CheckTypes.h"
#include "engine/Health.h"

namespace vigil {

// Adds a finding per check that is not healthy: unhealthy is critical; degraded and pending
// are warnings; unknown (never run, disabled) counts for nothing. So the overall status is
// right even without the default check rule. A check whose alert is already among the
// findings at that severity or worse is not listed twice. Does not sort.
void addCheckFindings(HealthReport &health, const QList<CheckState> &checks);

} // namespace vigil
