#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigil {

// "Start at login": the XDG autostart entry $XDG_CONFIG_HOME/autostart/<app id>.desktop
// (https://specifications.freedesktop.org/autostart-spec/). Every function touches the file
// system: call them off the GUI thread.
class AutostartEntry final
{
public:
    AutostartEntry() = delete;

    struct State
    {
        bool enabled = false;
        QString path;  // the user's entry (whether or not it exists)
        QString error; // why a change failed; empty when fine
    };

    // QStandardPaths::GenericConfigLocation + "/autostart/<app id>.desktop".
    static QString userPath();
    // The same name under each of $XDG_CONFIG_DIRS (an entry a package could have installed).
    static QStringList systemPaths();

    // The Exec command for program: plain "vigil" when that is what PATH finds, else the
    // absolute path, quoted as the Desktop Entry spec requires; then " --minimized".
    static QString execLine(const QString &program);
    // The entry's text (UTF-8); comment: an optional translation of the comment, for locale.
    static QByteArray contents(const QString &program, const QString &locale = {},
                               const QString &translatedComment = {});

    // Enabled when the user's entry exists and is not Hidden=true nor
    // X-GNOME-Autostart-enabled=false; without a user entry, when a system entry is.
    static State read(const QString &path, const QStringList &systemPaths);
    // Writes the entry atomically (mode 0644, creating the autostart folder).
    static State enable(const QString &path, const QByteArray &contents);
    // Removes the user's entry; if a system entry would still start Vigil, writes an override
    // with Hidden=true instead.
    static State disable(const QString &path, const QStringList &systemPaths);

    // Whether a Desktop Entry text would start the program at login (Hidden, GNOME's switch).
    static bool startsAtLogin(const QByteArray &entry);
};

} // namespace vigil
