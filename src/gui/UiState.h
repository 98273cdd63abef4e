#pragma once

#include <QByteArray>
#include <QString>

namespace vigil {

// Window and view state remembered between runs (QSettings). Read once before the window is
// shown and written once at exit, so the GUI thread does no file I/O while the user works.
struct UiState
{
    QByteArray geometry;
    qint64 timeWindowMs = 5 * 60 * 1000;
    bool perCoreCpu = false;
    bool ignoreOutliers = false; // dashboard charts scale to the 99th percentile
    bool trayHintShown = false;
    QString colorScheme = QStringLiteral("system"); // colorSchemeKey()

    static UiState load();
    void save() const;
};

} // namespace vigil
