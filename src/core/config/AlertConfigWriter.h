#pragma once

// Internal to src/core/config: writes the alerting sections (`rules`, `alerts`, `notifications`)
// for ConfigFile::toJson, every key, in the order of docs/configuration.md.

#include "config/Config.h"

#include <QByteArray>

namespace vigil::configwriter {

// The three members at indentation 4, each line ending in ",\n" but the last ("\n").
QByteArray alertSections(const Config &config);

} // namespace vigil::configwriter
