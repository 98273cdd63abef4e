#pragma once

#include "engine/Health.h"

#include <QColor>
#include <QIcon>

namespace vigil {

QColor severityColour(Severity severity);
// The application icon with a dot in the status colour, at the sizes panels ask for.
QIcon statusIcon(Severity severity);
QIcon applicationIcon();

} // namespace vigil
