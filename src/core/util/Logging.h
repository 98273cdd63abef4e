#pragma once

// The categories moved to log/; this header keeps the existing includes working.
#include "log/LogCategories.h"
