#pragma once

#include "alerts/AlertTypes.h"

#include <QList>

namespace vigil {

// One log line per alert transition (vigil.alerts), with the alert's fingerprint, rule, state,
// severity and value as fields, so `jq` or the Log view's search finds an alert's whole story.
// Pending and its quiet end notify nobody: debug only.
void logAlertTransitions(const QList<AlertEvent> &events);

} // namespace vigil
