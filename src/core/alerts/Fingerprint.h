#pragma once

#include "series/SeriesId.h"

#include <QString>

namespace vigil {

// Alertmanager's label fingerprint (INTEROP §2.5): 64-bit FNV-1a over the label pairs sorted by
// name, each name and value followed by 0xFF, as 16 lowercase hex digits. Depends on labels only.
QString alertFingerprint(const Labels &labels);

} // namespace vigil
