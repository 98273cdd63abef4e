#pragma once

// Internal to src/core/config: the `checks` array of the document (docs/checks.md).

#include "config/ConfigFile.h"

#include <QJsonValue>

namespace vigil::configreader {

// Absent: no checks. A check with a problem is skipped and its messages
// ("checks[1].url: \"htp:/x\" is not an http:// or https:// URL with a host") go to
// result.warnings, so the other checks still run, as with rules. Only a `checks` that is not
// an array is an error.
void readChecks(const QJsonValue &value, ConfigResult &result);

} // namespace vigil::configreader
