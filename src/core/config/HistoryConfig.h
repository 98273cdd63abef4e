#pragma once

// Internal to src/core/config: the `history` section (docs/configuration.md), read into a
// ConfigResult next to the rest and written by ConfigFile::toJson.

#include "config/ConfigFile.h"

#include <QByteArray>
#include <QJsonValue>

namespace vigil::configreader {
// history.enabled, history.raw_retention, history.minute_retention, history.hour_retention,
// history.flush_interval. Retentions 1h to 3650d and raw <= minute <= hour; flush 1s to 5m.
void readHistory(const QJsonValue &value, ConfigResult &result);
} // namespace vigil::configreader

namespace vigil::configwriter {
// `"history": {...},\n` at indentation 4.
QByteArray historySection(const Config &config);
} // namespace vigil::configwriter
