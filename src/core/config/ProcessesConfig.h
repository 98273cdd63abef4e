#pragma once

// Internal to src/core/config: the `collectors.processes` section (docs/configuration.md).

#include "config/ConfigFile.h"

#include <QByteArray>
#include <QJsonValue>

namespace vigil::configreader {
// collectors.processes.enabled, collectors.processes.top (1 to ConfigLimits::MaxProcessTop).
void readProcesses(const QJsonValue &value, ConfigResult &result);
} // namespace vigil::configreader

namespace vigil::configwriter {
// `"processes": {...}\n` at indentation 8, the last member of "collectors".
QByteArray processesSection(const Config &config);
} // namespace vigil::configwriter
