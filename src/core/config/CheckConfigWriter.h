#pragma once

// Internal to src/core/config: writes the `checks` array for ConfigFile::toJson: the common
// keys, then only the keys of each check's type, in the order of docs/checks.md.

#include "config/Config.h"

#include <QByteArray>

namespace vigil::configwriter {

// "    \"checks\": [...],\n" at indentation 4.
QByteArray checksSection(const Config &config);

} // namespace vigil::configwriter
