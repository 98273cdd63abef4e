#pragma once

// Internal to src/core/config: the `channels` array (docs/notifications.md), read and written.

#include "config/ConfigFile.h"

#include <QByteArray>
#include <QJsonValue>

namespace vigil::configreader {
// Absent: no channels. A channel with a problem is skipped with its messages in
// result.warnings ("channels[0].url: required"), as with checks and rules.
void readChannels(const QJsonValue &value, ConfigResult &result);
} // namespace vigil::configreader

namespace vigil::configwriter {
// "    \"channels\": [...],\n" at indentation 4.
QByteArray channelsSection(const Config &config);
} // namespace vigil::configwriter
