#pragma once

#include "config/Config.h"
#include "engine/Report.h"

namespace vigil {

class Clock;

// Samples the machine twice, intervalMs apart, in the calling thread, and checks the configured
// alert rules against the second sample (ignoring `for`: a report shows one instant). Blocks for
// intervalMs: for the command line only, never the GUI.
Report collectReport(const Config &config, const QString &root, qint64 intervalMs,
                     const Clock &clock);

} // namespace vigil
