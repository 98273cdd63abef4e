#pragma once

// Internal to src/core/config: turns a JSON document into a ConfigResult (ConfigFile::parse).

#include "config/ConfigFile.h"

#include <QByteArray>
#include <QString>

namespace vigil::configreader {

// Reads a document. Syntax errors are prefixed "line L, column C: " when source is empty,
// otherwise "<source>:L:C: ".
ConfigResult read(const QByteArray &json, const QString &source = QString());

} // namespace vigil::configreader
