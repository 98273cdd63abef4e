#pragma once

#include "collect/CollectorOptions.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil {

// The typed configuration: one JSON document (docs/configuration.md), defaults built in.
struct Config
{
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;

    struct Sampling
    {
        qint64 intervalMs = 1000;   // sampling.interval, "1s"
        qint64 historyMs = 3600000; // sampling.history (in-memory history), "1h"
    } sampling;

    struct Collectors
    {
        QSet<QString> disabled;             // collectors.<name>.enabled == false
        QStringList excludeMounts;          // collectors.filesystem.exclude_mounts
        QStringList excludeFilesystemTypes; // collectors.filesystem.exclude_fstypes
        QStringList excludeDisks;           // collectors.disk.exclude_devices
        QStringList excludeInterfaces;      // collectors.network.exclude_interfaces
    } collectors;

    // Number of samples per series the in-memory history keeps.
    qsizetype historyCapacity() const
    {
        return qsizetype(sampling.historyMs / sampling.intervalMs);
    }
    CollectorOptions collectorOptions(const QString &root = QStringLiteral("/")) const;

    friend bool operator==(const Config &a, const Config &b);
    friend bool operator!=(const Config &a, const Config &b) { return !(a == b); }
};

} // namespace vigil
