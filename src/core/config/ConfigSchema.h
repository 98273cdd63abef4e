#pragma once

// Internal to src/core/config: the shape of the document shared by the reader and the writer.

#include "config/Config.h"

#include <QLatin1String>
#include <QString>

#include <vector>

namespace vigil::configschema {

// An exclude list of a collector: its JSON key and the Config member it fills.
struct PatternList
{
    QLatin1String key;
    QStringList Config::Collectors::*member;
};

inline std::vector<PatternList> patternLists(const QString &collector)
{
    using C = Config::Collectors;
    if (collector == QLatin1String("filesystem"))
        return {{QLatin1String("exclude_mounts"), &C::excludeMounts},
                {QLatin1String("exclude_fstypes"), &C::excludeFilesystemTypes}};
    if (collector == QLatin1String("disk"))
        return {{QLatin1String("exclude_devices"), &C::excludeDisks}};
    if (collector == QLatin1String("network"))
        return {{QLatin1String("exclude_interfaces"), &C::excludeInterfaces}};
    return {};
}

} // namespace vigil::configschema
