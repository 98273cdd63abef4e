#include "SystemSources.h"

#include "CpuSource.h"
#include "DiskSource.h"
#include "FilesystemSource.h"
#include "MemorySource.h"
#include "NetworkSource.h"
#include "SystemSource.h"
#include "TemperatureSource.h"
#include "util/Logging.h"

namespace vigil {

QStringList systemSourceNames()
{
    return {QStringLiteral("cpu"),        QStringLiteral("memory"),  QStringLiteral("filesystem"),
            QStringLiteral("disk"),       QStringLiteral("network"), QStringLiteral("system"),
            QStringLiteral("temperature")};
}

std::vector<std::unique_ptr<CollectorSource>> createSystemSources(const CollectorOptions &options)
{
    const QStringList names = systemSourceNames();
    for (const QString &disabled : options.disabled) {
        if (!names.contains(disabled))
            qCWarning(lcCollector) << "ignoring unknown disabled source" << disabled;
    }

    std::vector<std::unique_ptr<CollectorSource>> sources;
    for (const QString &name : names) {
        if (options.disabled.contains(name))
            continue;
        if (name == u"cpu")
            sources.push_back(std::make_unique<CpuSource>(options.root));
        else if (name == u"memory")
            sources.push_back(std::make_unique<MemorySource>(options.root));
        else if (name == u"filesystem")
            sources.push_back(std::make_unique<FilesystemSource>(
                options.root, options.excludeMounts, options.excludeFilesystemTypes));
        else if (name == u"disk")
            sources.push_back(std::make_unique<DiskSource>(options.root, options.excludeDisks));
        else if (name == u"network")
            sources.push_back(
                std::make_unique<NetworkSource>(options.root, options.excludeInterfaces));
        else if (name == u"system")
            sources.push_back(std::make_unique<SystemSource>(options.root));
        else if (name == u"temperature")
            sources.push_back(std::make_unique<TemperatureSource>(options.root));
    }
    return sources;
}

} // namespace vigil
