#pragma once

#include "config/Config.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigil {

// Limits the reader enforces (docs/configuration.md); settings pages can use them for ranges.
namespace ConfigLimits {
constexpr qint64 MinIntervalMs = 100;                        // sampling.interval >= 100ms
constexpr qint64 MaxIntervalMs = 3600 * 1000;                // sampling.interval <= 1h
constexpr qint64 MaxHistoryMs = 24 * 3600 * 1000;            // sampling.history <= 24h
constexpr qint64 MaxHistorySamples = 86400;                  // sampling.history / sampling.interval
constexpr qint64 MaxFileBytes = 1024 * 1024;                 // load() refuses larger files
constexpr qint64 MinRetentionMs = 3600 * 1000;               // alerts.history_retention >= 1h
constexpr qint64 MaxRetentionMs = 3650LL * 24 * 3600 * 1000; // alerts.history_retention <= 3650d
constexpr int MaxProcessTop = 1000;                          // collectors.processes.top
} // namespace ConfigLimits

// What reading a document produced. Errors name the key path and what was expected; a key
// with an error keeps its default. Callers must not use a config whose result has errors.
struct ConfigResult
{
    Config config;        // defaults where the document is silent or wrong
    QStringList errors;   // "sampling.interval: expected a duration like \"1s\", got \"fast\""
    QStringList warnings; // "collectors.cpu.colour: unknown key, ignored"
    bool ok() const { return errors.isEmpty(); }
};

// The configuration file: $XDG_CONFIG_HOME/vigil/config.json, a JSON document (version 1).
class ConfigFile final
{
public:
    ConfigFile() = delete;

    // QStandardPaths::GenericConfigLocation + "/vigil/config.json".
    static QString defaultPath();

    // Pure: no I/O. Reports every error and warning, not just the first.
    static ConfigResult parse(const QByteArray &json);

    // Reads then parses. A missing, unreadable, non-regular or oversized (> 1 MiB) file is an
    // error naming the path; syntax errors read "<path>:<line>:<column>: <reason>".
    static ConfigResult load(const QString &path);

    // Indented JSON with every key written, in document order; parse(toJson(c)).config == c.
    static QByteArray toJson(const Config &config);

    // Atomic write (QSaveFile) with mode 0600; creates missing parent directories (mode 0700).
    // Refuses a config that would not read back without errors or warnings (an invalid rule
    // would be skipped). On failure the previous file, if any, is untouched and *error says why.
    static bool save(const Config &config, const QString &path, QString *error);

    // The warnings that mean a rule or check was skipped (not merely an unknown key): the
    // window shows them, since the user expects those items to run.
    static QStringList skippedItems(const QStringList &warnings);
};

} // namespace vigil
