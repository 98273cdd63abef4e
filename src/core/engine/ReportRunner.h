#pragma once

#include "config/Config.h"
#include "engine/Report.h"

namespace vigil {

class Clock;

// Samples the machine twice, intervalMs apart, in the calling thread, and evaluates the
// built-in thresholds. Blocks for intervalMs: for the command line only, never the GUI.
Report collectReport(const Config &config, const QString &root, qint64 intervalMs,
                     const Clock &clock);

} // namespace vigil
