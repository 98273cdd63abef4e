#include "CommandLine.h"

#include "config/ConfigFile.h"
#include "config/Duration.h"
#include "log/LogService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace vigil {

RunMode detectRunMode(int argc, char **argv)
{
    RunMode mode = RunMode::Gui;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all"))
            return RunMode::Help;
        if (!std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return RunMode::Version;
        if (!std::strcmp(a, "--report")) {
            mode = RunMode::Report;
        } else if (!std::strcmp(a, "--headless")) {
            if (mode != RunMode::Report)
                mode = RunMode::Headless;
        } else if (!std::strcmp(a, "--config") || !std::strcmp(a, "-c") ||
                   !std::strcmp(a, "--root") || !std::strcmp(a, "--data-dir") ||
                   !std::strcmp(a, "--log-level")) {
            ++i; // skip the value
        } else if (std::strncmp(a, "--config=", 9) && std::strncmp(a, "--root=", 7) &&
                   std::strncmp(a, "--data-dir=", 11) && std::strncmp(a, "--log-level=", 12) &&
                   std::strcmp(a, "--minimized")) {
            // Anything else (a typo, --json without --report, ...) is reported by the parser
            // without opening a display.
            if (mode == RunMode::Gui)
                mode = RunMode::Help;
        }
    }
    return mode;
}

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Vigil watches this machine: CPU, memory, disks, network, temperatures.\n"
        "Without options it opens the desktop window and lives in the system tray."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    QStringLiteral("Read the configuration from <path>."),
                                    QStringLiteral("path"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start hidden in the system tray."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("Run without a window until SIGINT or SIGTERM."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Print a one-shot health report and exit with "
                                                   "0 healthy, 1 warning, 2 critical, 3 unknown."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("With --report: print one JSON object."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("With --report: time between the two samples "
                                                     "(default 1s)."),
                                      QStringLiteral("duration"), QStringLiteral("1s"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  QStringLiteral("Read /proc and /sys below <dir> (for testing "
                                                 "with captured trees)."),
                                  QStringLiteral("dir"), QStringLiteral("/"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the alert database and the logs in "
                                                    "<dir> (default $XDG_DATA_HOME/vigil)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QStringLiteral("Log <level> and more severe messages: debug, info (default), warning or "
                       "error. The log is <data dir>/logs/vigil.log and standard error."),
        QStringLiteral("level"));
    for (const auto &o :
         {config, minimized, headless, report, json, interval, root, dataDir, logLevel})
        parser.addOption(o);

    CommandLine cl;
    cl.helpText = parser.helpText();
    if (!parser.parse(app.arguments())) {
        cl.error = parser.errorText();
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.error =
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return cl;
    }
    cl.mode = parser.isSet(help)       ? RunMode::Help
              : parser.isSet(version)  ? RunMode::Version
              : parser.isSet(report)   ? RunMode::Report
              : parser.isSet(headless) ? RunMode::Headless
                                       : RunMode::Gui;
    cl.configPath = parser.value(config);
    cl.root = parser.value(root);
    cl.dataDir = parser.value(dataDir);
    cl.minimized = parser.isSet(minimized);
    cl.json = parser.isSet(json);
    if (cl.json && cl.mode != RunMode::Report)
        cl.error = QStringLiteral("--json only applies to --report");
    if (parser.isSet(interval) && cl.mode != RunMode::Report)
        cl.error = QStringLiteral("--interval only applies to --report");
    QString durationError;
    if (!parseDuration(parser.value(interval), &cl.reportIntervalMs, &durationError))
        cl.error = QStringLiteral("--interval: %1").arg(durationError);
    else if (cl.reportIntervalMs < 100 || cl.reportIntervalMs > 60000)
        cl.error = QStringLiteral("--interval: must be between 100ms and 1m");
    if (parser.isSet(logLevel)) {
        cl.logLevel = parseLogLevel(parser.value(logLevel));
        if (!cl.logLevel)
            cl.error = QStringLiteral("--log-level: \"%1\" is not one of debug, info, warning, "
                                      "error")
                           .arg(parser.value(logLevel));
    }
    if (!QFileInfo(cl.root).isDir())
        cl.error = QStringLiteral("--root: \"%1\" is not a directory").arg(cl.root);
    return cl;
}

StartupConfig loadStartupConfig(const QString &explicitPath)
{
    StartupConfig out;
    out.path = explicitPath.isEmpty() ? ConfigFile::defaultPath() : explicitPath;
    if (explicitPath.isEmpty() && !QFileInfo::exists(out.path)) {
        out.missing = true;
        return out; // first start: built-in defaults
    }
    ConfigResult result = ConfigFile::load(out.path);
    out.warnings = result.warnings;
    if (!result.ok()) {
        out.errors = result.errors;
        return out; // keep the defaults; never run half of a broken file
    }
    out.config = result.config;
    return out;
}

} // namespace vigil
