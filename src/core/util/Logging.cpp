#include "Logging.h"

Q_LOGGING_CATEGORY(lcCollector, "vigil.collector", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "vigil.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "vigil.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "vigil.app", QtInfoMsg)
