#pragma once

#include "CollectorOptions.h"
#include "CollectorSource.h"

#include <memory>
#include <vector>

namespace vigil {

// Names of all system sources, in collection order.
QStringList systemSourceNames();

// Creates the enabled system sources for the given options.
std::vector<std::unique_ptr<CollectorSource>> createSystemSources(const CollectorOptions &options);

} // namespace vigil
