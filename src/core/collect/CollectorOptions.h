#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil {

// What the system collector reads and skips. Filled from Config; tests set root to a fixture tree.
struct CollectorOptions
{
    // Prefix for every /proc and /sys path ("/" in production, a captured tree in tests).
    QString root = QStringLiteral("/");
    // Source names to leave out: cpu, memory, filesystem, disk, network, system, temperature.
    QSet<QString> disabled;
    // Regular expressions (QRegularExpression, unanchored unless written with ^...$).
    QStringList excludeMounts;
    QStringList excludeFilesystemTypes;
    QStringList excludeInterfaces;
    QStringList excludeDisks;
    // The process table (Processes view): read only while someone wants it.
    bool processesEnabled = true;
    int processTop = 50;
};

} // namespace vigil
