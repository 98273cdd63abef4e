#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcCollector, "vigil.collector", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "vigil.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "vigil.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "vigil.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "vigil.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "vigil.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "vigil.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "vigil.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "vigil.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "vigil.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLog, "vigil.log", QtInfoMsg)
