#pragma once

// Internal to src/core/config: the `exporter` section (docs/configuration.md), read into a
// ConfigResult next to the rest and written by ConfigFile::toJson.

#include "config/ConfigFile.h"

#include <QByteArray>
#include <QJsonValue>

namespace vigil::configreader {
// exporter.enabled, exporter.listen ("host:port", host explicit), exporter.token.
void readExporter(const QJsonValue &value, ConfigResult &result);
} // namespace vigil::configreader

namespace vigil::configwriter {
// `"exporter": {...},\n` at indentation 4.
QByteArray exporterSection(const Config &config);
} // namespace vigil::configwriter
