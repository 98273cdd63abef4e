#pragma once

#include <QString>

namespace vigil {

// How this binary was built, for the About dialog and bug reports.
struct BuildInfo
{
    QString version;        // 0.1.0
    QString gitRevision;    // `git describe --always --dirty` at configure time, or "unknown"
    QString buildType;      // Debug, Release, RelWithDebInfo, ...
    QString compiler;       // GCC 12.2.0
    QString qtBuildVersion; // Qt the binary was compiled against
    QString qtRunVersion;   // Qt loaded at run time

    static BuildInfo current();
    // "Vigil 0.1.0 (git 831bbfe, Debug)\nQt 6.4.2 (built with 6.4.2), GCC 12.2.0"
    QString summary() const;
};

} // namespace vigil
