#include "ConfigFile.h"

#include "collect/SystemSources.h"
#include "config/AlertConfigWriter.h"
#include "config/ChannelConfig.h"
#include "config/CheckConfigWriter.h"
#include "config/ConfigReader.h"
#include "config/ConfigSchema.h"
#include "config/ConfigText.h"
#include "config/Duration.h"
#include "config/ExporterConfig.h"
#include "config/HistoryConfig.h"
#include "config/ProcessesConfig.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace vigil {

using configtext::jsonString;

namespace {

ConfigResult loadError(const QString &shownPath, const QString &message)
{
    ConfigResult result;
    result.errors << shownPath + QLatin1String(": ") + message;
    return result;
}

bool fail(QString *error, const QString &shownPath, const QString &message)
{
    if (error)
        *error = shownPath + QLatin1String(": ") + message;
    qCDebug(lcConfig).noquote() << "cannot save configuration:" << shownPath << message;
    return false;
}

// Creates dir and any missing ancestors, each with mode 0700 (XDG recommends private config).
bool makeDirectories(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return true;
    if (info.exists() || info.isSymLink()) {
        *error = configtext::elideMiddle(dir) + QLatin1String(" is not a directory");
        return false;
    }
    const QString parent = info.absolutePath();
    if (parent == info.absoluteFilePath() || !makeDirectories(parent, error))
        return false;
    if (!QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
        !QFileInfo(dir).isDir()) {
        *error = QLatin1String("cannot create directory ") + configtext::elideMiddle(dir);
        return false;
    }
    return true;
}

QByteArray jsonStringArray(const QStringList &items, int indent)
{
    if (items.isEmpty())
        return QByteArrayLiteral("[]");
    const QByteArray inner(indent + 4, ' ');
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += inner + jsonString(items.at(i));
        out += i + 1 < items.size() ? ",\n" : "\n";
    }
    return out + QByteArray(indent, ' ') + ']';
}

} // namespace

QString ConfigFile::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (base.isEmpty())
        return QString();
    return base + QLatin1String("/vigil/config.json");
}

ConfigResult ConfigFile::parse(const QByteArray &json)
{
    return configreader::read(json);
}

ConfigResult ConfigFile::load(const QString &path)
{
    const QString shown = configtext::elideMiddle(path);
    if (path.isEmpty())
        return loadError(
            QCoreApplication::translate("vigil::ConfigFile", "(no path)"),
            QCoreApplication::translate("vigil::ConfigFile", "no configuration file given"));
    const QFileInfo info(path);
    if (!info.exists())
        return loadError(shown, QCoreApplication::translate("vigil::ConfigFile", "file not found"));
    if (info.isDir())
        return loadError(
            shown, QCoreApplication::translate("vigil::ConfigFile", "is a directory, not a file"));
    if (!info.isFile())
        return loadError(shown,
                         QCoreApplication::translate("vigil::ConfigFile", "not a regular file"));
    const auto tooLarge = [&](qint64 size) {
        return loadError(
            shown, QCoreApplication::translate("vigil::ConfigFile",
                                               "file is too large (%1 bytes; the limit is 1 MiB)")
                       .arg(size));
    };
    if (info.size() > ConfigLimits::MaxFileBytes)
        return tooLarge(info.size());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return loadError(shown, QLatin1String("cannot read: ") + file.errorString());
    // Read one byte past the limit: the file may have grown since the size check.
    const QByteArray data = file.read(ConfigLimits::MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return loadError(shown, QLatin1String("cannot read: ") + file.errorString());
    if (data.size() > ConfigLimits::MaxFileBytes)
        return tooLarge(qMax(info.size(), qint64(data.size())));

    ConfigResult result = configreader::read(data, shown);
    qCDebug(lcConfig).noquote() << "read" << path << "with" << result.errors.size() << "errors and"
                                << result.warnings.size() << "warnings";
    return result;
}

QByteArray ConfigFile::toJson(const Config &config)
{
    QByteArray out = QByteArrayLiteral("{\n");
    out += "    \"version\": " + QByteArray::number(Config::CurrentVersion) + ",\n";
    out += "    \"sampling\": {\n";
    out +=
        "        \"interval\": " + jsonString(formatDuration(config.sampling.intervalMs)) + ",\n";
    out += "        \"history\": " + jsonString(formatDuration(config.sampling.historyMs)) + "\n";
    out += "    },\n";
    out += "    \"collectors\": {\n";
    const QStringList names = systemSourceNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        out += "        " + jsonString(name) + ": {\n";
        out += "            \"enabled\": ";
        out += config.collectors.disabled.contains(name) ? "false" : "true";
        for (const configschema::PatternList &list : configschema::patternLists(name)) {
            out += ",\n            \"" + QByteArray(list.key.data(), list.key.size()) + "\": ";
            out += jsonStringArray(config.collectors.*list.member, 12);
        }
        out += "\n        },\n";
    }
    out += configwriter::processesSection(config);
    out += "    },\n";
    out += configwriter::exporterSection(config);
    out += configwriter::historySection(config);
    out += configwriter::checksSection(config);
    out += configwriter::channelsSection(config);
    out += configwriter::alertSections(config);
    out += "}\n";
    return out;
}

bool ConfigFile::save(const Config &config, const QString &path, QString *error)
{
    const QString shown = configtext::elideMiddle(path);
    if (path.isEmpty())
        return fail(error, QCoreApplication::translate("vigil::ConfigFile", "(no path)"),
                    QCoreApplication::translate("vigil::ConfigFile", "no file name given"));
    const QByteArray json = toJson(config);
    const ConfigResult check = parse(json);
    // Our own output has no unknown keys: a warning is a rule the reader would skip, which
    // would silently vanish on the next load.
    if (!check.ok() || !check.warnings.isEmpty()) {
        return fail(error, shown,
                    QLatin1String("refusing to write an invalid configuration: ") +
                        (check.errors + check.warnings).join(QLatin1String("; ")));
    }
    const QFileInfo info(path);
    if (info.isDir())
        return fail(error, shown,
                    QCoreApplication::translate("vigil::ConfigFile", "is a directory, not a file"));
    QString dirError;
    if (!makeDirectories(info.absolutePath(), &dirError))
        return fail(error, shown, dirError);

    // QSaveFile writes a temporary file next to the target and renames it over the target on
    // commit(), so readers see the old file or the new one, never a partial one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, shown, QLatin1String("cannot write: ") + file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, shown, QLatin1String("cannot set permissions: ") + reason);
    }
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, shown, QLatin1String("cannot write: ") + reason);
    }
    if (!file.commit())
        return fail(error, shown, QLatin1String("cannot write: ") + file.errorString());
    qCDebug(lcConfig).noquote() << "saved" << path;
    return true;
}

QStringList ConfigFile::skippedItems(const QStringList &warnings)
{
    QStringList out;
    for (const QString &w : warnings) {
        const bool item = w.startsWith(QLatin1String("checks[")) ||
                          w.startsWith(QLatin1String("rules[")) ||
                          w.startsWith(QLatin1String("channels["));
        if (item && !w.endsWith(QLatin1String("ignored")))
            out.append(w);
    }
    return out;
}

} // namespace vigil
