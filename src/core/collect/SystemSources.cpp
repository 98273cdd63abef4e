#include "SystemSources.h"

namespace vigil {

QStringList systemSourceNames()
{
    return {QStringLiteral("cpu"),     QStringLiteral("memory"),  QStringLiteral("filesystem"),
            QStringLiteral("disk"),    QStringLiteral("network"), QStringLiteral("system"),
            QStringLiteral("temperature")};
}

std::vector<std::unique_ptr<CollectorSource>> createSystemSources(const CollectorOptions &options)
{
    Q_UNUSED(options)
    return {}; // placeholder until the readers land (see collect/ helpers)
}

} // namespace vigil
