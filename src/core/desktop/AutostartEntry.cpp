#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace vigil {

namespace {

const QString kFileName = QStringLiteral(VIGIL_APP_ID ".desktop");
constexpr qint64 kMaxEntryBytes = 64 * 1024;

// Desktop Entry spec, "The Exec key": arguments with reserved characters are double-quoted,
// with " ` $ \ escaped inside; a literal % is %%. The value itself then escapes \ again.
QString quoteArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = arg.isEmpty();
    for (const QChar c : arg)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString out = arg;
    out.replace(u'%', QStringLiteral("%%"));
    if (!needsQuotes)
        return out;
    QString quoted;
    for (const QChar c : std::as_const(out)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

QString escapeValue(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"));
    return out;
}

QString readError(const QString &path, const QString &why)
{
    return QCoreApplication::translate("AutostartEntry", "%1: %2").arg(path, why);
}

} // namespace

QString AutostartEntry::userPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + kFileName;
}

QStringList AutostartEntry::systemPaths()
{
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    if (!dirs.isEmpty())
        dirs.removeFirst(); // the user's own, writable location
    QStringList out;
    for (const QString &d : std::as_const(dirs))
        out.append(d + QStringLiteral("/autostart/") + kFileName);
    return out;
}

QString AutostartEntry::execLine(const QString &program)
{
    const QString name = QFileInfo(program).fileName();
    const QString onPath = QStandardPaths::findExecutable(name);
    const bool found = !onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() ==
                                                QFileInfo(program).canonicalFilePath();
    return quoteArgument(found ? name : program) + QStringLiteral(" --minimized");
}

QByteArray AutostartEntry::contents(const QString &program, const QString &locale,
                                    const QString &translatedComment)
{
    const QString exec = execLine(program);
    const QString tryExec = exec.left(exec.lastIndexOf(QLatin1String(" --minimized")));
    QString text = QStringLiteral("[Desktop Entry]\n"
                                  "Type=Application\n"
                                  "Name=Vigil\n"
                                  "GenericName=System Monitor\n"
                                  "Comment=Start Vigil in the system tray when you log in\n");
    if (!locale.isEmpty() && !translatedComment.isEmpty())
        text += QStringLiteral("Comment[%1]=%2\n").arg(locale, escapeValue(translatedComment));
    text += QStringLiteral("Exec=") + escapeValue(exec) + u'\n';
    // TryExec takes a path, not a command line: no quoting, and a removed binary disables it.
    if (!tryExec.startsWith(u'"'))
        text += QStringLiteral("TryExec=") + escapeValue(tryExec) + u'\n';
    text += QStringLiteral("Icon=" VIGIL_APP_ID "\n"
                           "Terminal=false\n"
                           "StartupNotify=false\n"
                           "X-GNOME-Autostart-enabled=true\n"
                           // The tray icon needs the panel: KDE's phase 2 runs after it.
                           "X-KDE-autostart-phase=2\n");
    return text.toUtf8();
}

bool AutostartEntry::startsAtLogin(const QByteArray &entry)
{
    bool inMainGroup = false;
    bool starts = true;
    for (const QByteArray &raw : entry.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (!inMainGroup || eq < 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (key == "Hidden" && value == "true")
            starts = false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            starts = false;
    }
    return starts;
}

AutostartEntry::State AutostartEntry::read(const QString &path, const QStringList &systemPaths)
{
    State state;
    state.path = path;
    QStringList candidates{path};
    candidates += systemPaths;
    for (const QString &p : std::as_const(candidates)) {
        QFile file(p);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            state.error = readError(p, file.errorString());
            return state;
        }
        // The first existing entry decides: the user's overrides the system's of the same name.
        state.enabled = startsAtLogin(file.read(kMaxEntryBytes));
        return state;
    }
    return state;
}

AutostartEntry::State AutostartEntry::enable(const QString &path, const QByteArray &contents)
{
    State state;
    state.path = path;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        state.error = readError(
            dir, QCoreApplication::translate("AutostartEntry", "cannot create the folder"));
        return state;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                             QFile::ReadOther) ||
        !file.commit()) {
        state.error = readError(path, file.errorString());
        return state;
    }
    state.enabled = true;
    return state;
}

AutostartEntry::State AutostartEntry::disable(const QString &path, const QStringList &systemPaths)
{
    State state = read(QString(), systemPaths);
    state.path = path;
    if (state.enabled) {
        // A system-wide entry of the same name would still run: hide it for this user.
        State hidden = enable(path, QByteArrayLiteral("[Desktop Entry]\n"
                                                      "Type=Application\n"
                                                      "Name=Vigil\n"
                                                      "Exec=vigil --minimized\n"
                                                      "Hidden=true\n"));
        hidden.enabled = !hidden.error.isEmpty();
        return hidden;
    }
    state.error.clear();
    if (QFile::exists(path) && !QFile::remove(path)) {
        state.error = readError(
            path, QCoreApplication::translate("AutostartEntry", "cannot remove the file"));
        state.enabled = read(path, systemPaths).enabled;
    }
    return state;
}

} // namespace vigil
