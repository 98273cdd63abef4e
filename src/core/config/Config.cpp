#include "Config.h"

#include "notify/ChannelValidation.h"

namespace vigil {

CollectorOptions Config::collectorOptions(const QString &root) const
{
    CollectorOptions options;
    options.root = root;
    options.disabled = collectors.disabled;
    options.excludeMounts = collectors.excludeMounts;
    options.excludeFilesystemTypes = collectors.excludeFilesystemTypes;
    options.excludeInterfaces = collectors.excludeInterfaces;
    options.excludeDisks = collectors.excludeDisks;
    options.processesEnabled = collectors.processes.enabled;
    options.processTop = collectors.processes.top;
    return options;
}

bool operator==(const Config &a, const Config &b)
{
    return a.version == b.version && a.sampling.intervalMs == b.sampling.intervalMs &&
           a.sampling.historyMs == b.sampling.historyMs &&
           a.collectors.disabled == b.collectors.disabled &&
           a.collectors.excludeMounts == b.collectors.excludeMounts &&
           a.collectors.excludeFilesystemTypes == b.collectors.excludeFilesystemTypes &&
           a.collectors.excludeDisks == b.collectors.excludeDisks &&
           a.collectors.excludeInterfaces == b.collectors.excludeInterfaces &&
           a.collectors.processes == b.collectors.processes && a.rules == b.rules &&
           a.checks == b.checks && a.channels == b.channels &&
           a.alerts.historyRetentionMs == b.alerts.historyRetentionMs &&
           a.notifications.desktop.enabled == b.notifications.desktop.enabled &&
           a.notifications.desktop.minSeverity == b.notifications.desktop.minSeverity &&
           a.exporter == b.exporter && a.history == b.history;
}

} // namespace vigil
