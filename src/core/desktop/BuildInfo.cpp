#include "BuildInfo.h"

#include <QtGlobal>

namespace vigil {

BuildInfo BuildInfo::current()
{
    BuildInfo info;
    info.version = QStringLiteral(VIGIL_VERSION);
    info.gitRevision = QStringLiteral(VIGIL_GIT_REVISION);
    info.buildType = QStringLiteral(VIGIL_BUILD_TYPE);
#if defined(__clang__)
    info.compiler = QStringLiteral("Clang " __clang_version__);
#elif defined(__GNUC__)
    info.compiler = QStringLiteral("GCC " __VERSION__);
#else
    info.compiler = QStringLiteral("unknown compiler");
#endif
    info.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    info.qtRunVersion = QString::fromLatin1(qVersion());
    return info;
}

QString BuildInfo::summary() const
{
    return QStringLiteral("Vigil %1 (git %2, %3)\nQt %4 (built with %5), %6")
        .arg(version, gitRevision, buildType, qtRunVersion, qtBuildVersion, compiler);
}

} // namespace vigil
