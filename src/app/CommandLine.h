#pragma once

#include "config/Config.h"
#include "log/LogEntry.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vigil {

enum class RunMode { Gui, Headless, Report, Version, Help };

// Picks the mode before any QCoreApplication exists: --headless, --report, --version and
// --help must work without a display, so they must not construct a QApplication.
RunMode detectRunMode(int argc, char **argv);

struct CommandLine
{
    RunMode mode = RunMode::Gui;
    QString configPath; // empty: the default location
    QString root = QStringLiteral("/");
    QString dataDir; // empty: $XDG_DATA_HOME/vigil
    bool minimized = false;
    bool json = false;
    qint64 reportIntervalMs = 1000;
    std::optional<LogLevel> logLevel; // --log-level; unset: info (and QT_LOGGING_RULES)
    QString error;                    // usage error, empty when fine
    QString helpText;
};

CommandLine parseCommandLine(const QCoreApplication &app);

// The configuration to run with. A missing file at the default location means defaults and no
// error; a missing --config file, or any invalid file, fills errors (each prefixed with the path)
// and leaves the defaults in config.
struct StartupConfig
{
    Config config;
    QString path;
    QStringList errors;
    QStringList warnings;
    bool missing = false; // first run: no file at the default location
};
StartupConfig loadStartupConfig(const QString &explicitPath);

} // namespace vigil
