#pragma once

#include "checks/CheckValidation.h"
#include "notify/NotifyTypes.h"

namespace vigil {

// A problem with a channel's settings: the config key and what is wrong (same shape as checks).
using ChannelProblem = CheckProblem;

// Everything wrong with a channel, in key order; empty when it can deliver.
QList<ChannelProblem> validateChannel(const ChannelSpec &spec);

} // namespace vigil
