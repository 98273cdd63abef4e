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
    // The UI language: empty follows the system locale, else "en", "de" or "es". A user
    // preference rather than monitoring configuration, so it lives here and not in config.json
    // (headless and report output stay English whatever it says).
    QString language;

    static UiState load();
    // Just the language, for main() to install the translators before any widget exists.
    static QString loadLanguage();
    void save() const;
};

} // namespace vigil
