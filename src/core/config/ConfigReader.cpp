#include "ConfigReader.h"

#include "collect/SystemSources.h"
#include "config/AlertConfigReader.h"
#include "config/ChannelConfig.h"
#include "config/CheckConfigReader.h"
#include "config/ConfigSchema.h"
#include "config/ConfigText.h"
#include "config/Duration.h"
#include "config/ExporterConfig.h"
#include "config/HistoryConfig.h"
#include "config/ProcessesConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigil::configreader {

using configtext::describe;
using configtext::numberText;
using configtext::quoted;

namespace {

QString child(const QString &parent, const QString &key)
{
    return configtext::keyPath(parent, key);
}

class Reader
{
public:
    explicit Reader(ConfigResult &result)
        : m_result(result)
    {}

    void readDocument(const QJsonObject &top);

private:
    void error(const QString &path, const QString &message)
    {
        m_result.errors << path + QLatin1String(": ") + message;
    }
    void warning(const QString &path, const QString &message)
    {
        m_result.warnings << path + QLatin1String(": ") + message;
    }
    void expected(const QString &path, QLatin1String what, const QJsonValue &got)
    {
        error(path, QLatin1String("expected ") + what + QLatin1String(", got ") + describe(got));
    }

    void warnUnknownKeys(const QString &path, const QJsonObject &object,
                         std::initializer_list<QLatin1String> known);
    bool readObject(const QString &path, const QJsonValue &value, QJsonObject *out);
    bool readVersion(const QJsonValue &value);
    void readSampling(const QJsonValue &value);
    bool readDuration(const QString &path, const QJsonValue &value, qint64 *ms, QString *text);
    void readCollectors(const QJsonValue &value);
    void readCollector(const QString &name, const QJsonValue &value);
    void readPatterns(const QString &path, const QJsonValue &value, QStringList *out);

    ConfigResult &m_result;
};

void Reader::warnUnknownKeys(const QString &path, const QJsonObject &object,
                             std::initializer_list<QLatin1String> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            warning(child(path, it.key()), QStringLiteral("unknown key, ignored"));
    }
}

bool Reader::readObject(const QString &path, const QJsonValue &value, QJsonObject *out)
{
    if (!value.isObject()) {
        expected(path, QLatin1String("an object"), value);
        return false;
    }
    *out = value.toObject();
    return true;
}

void Reader::readDocument(const QJsonObject &top)
{
    if (!readVersion(top.value(QLatin1String("version"))))
        return; // a newer document: its other keys may mean something else, keep all defaults
    // Migrations from older document versions go here, one step per version, once there is a
    // version 2. Version 1 is the first.
    m_result.config.version = Config::CurrentVersion;

    warnUnknownKeys(QString(), top,
                    {QLatin1String("version"), QLatin1String("sampling"),
                     QLatin1String("collectors"), QLatin1String("checks"),
                     QLatin1String("channels"), QLatin1String("rules"), QLatin1String("alerts"),
                     QLatin1String("notifications"), QLatin1String("exporter"),
                     QLatin1String("history")});
    readSampling(top.value(QLatin1String("sampling")));
    readCollectors(top.value(QLatin1String("collectors")));
    readChecks(top.value(QLatin1String("checks")), m_result);
    readChannels(top.value(QLatin1String("channels")), m_result);
    readRules(top.value(QLatin1String("rules")), m_result);
    readAlerts(top.value(QLatin1String("alerts")), m_result);
    readNotifications(top.value(QLatin1String("notifications")), m_result);
    readExporter(top.value(QLatin1String("exporter")), m_result);
    readHistory(top.value(QLatin1String("history")), m_result);
}

bool Reader::readVersion(const QJsonValue &value)
{
    if (value.isUndefined())
        return true;
    const QString path = QStringLiteral("version");
    const double d = value.toDouble(0);
    if (!value.isDouble() || std::trunc(d) != d || d < 1) {
        expected(path, QLatin1String("an integer >= 1"), value);
        return true;
    }
    if (d > Config::CurrentVersion) {
        error(path, QStringLiteral("written by a newer Vigil (version %1); this Vigil reads "
                                   "version %2")
                        .arg(numberText(d))
                        .arg(Config::CurrentVersion));
        return false;
    }
    return true;
}

bool Reader::readDuration(const QString &path, const QJsonValue &value, qint64 *ms, QString *text)
{
    *text = value.toString();
    qint64 parsed = 0;
    const DurationStatus status =
        value.isString() ? parseDurationStatus(*text, &parsed) : DurationStatus::Invalid;
    if (status == DurationStatus::Invalid) {
        expected(path, QLatin1String("a duration like \"1s\""), value);
        return false;
    }
    // A duration too large for qint64 is out of any range; callers report it as such.
    *ms = status == DurationStatus::TooLarge ? std::numeric_limits<qint64>::max() : parsed;
    return true;
}

void Reader::readSampling(const QJsonValue &value)
{
    QJsonObject object;
    const QString path = QStringLiteral("sampling");
    if (value.isUndefined() || !readObject(path, value, &object))
        return;
    warnUnknownKeys(path, object, {QLatin1String("interval"), QLatin1String("history")});

    Config::Sampling &sampling = m_result.config.sampling;
    const QString intervalPath = child(path, QStringLiteral("interval"));
    bool intervalOk = true;
    const QJsonValue intervalValue = object.value(QLatin1String("interval"));
    if (!intervalValue.isUndefined()) {
        qint64 ms = 0;
        QString text;
        intervalOk = readDuration(intervalPath, intervalValue, &ms, &text);
        if (intervalOk && (ms < ConfigLimits::MinIntervalMs || ms > ConfigLimits::MaxIntervalMs)) {
            error(intervalPath,
                  quoted(text) + QStringLiteral(" is out of range; allowed %1 to %2")
                                     .arg(formatDuration(ConfigLimits::MinIntervalMs),
                                          formatDuration(ConfigLimits::MaxIntervalMs)));
            intervalOk = false;
        }
        if (intervalOk)
            sampling.intervalMs = ms;
    }

    // Only a history the document sets can clash with the interval: the default (1h) fits
    // every allowed interval.
    const QJsonValue historyValue = object.value(QLatin1String("history"));
    if (historyValue.isUndefined())
        return;
    const QString historyPath = child(path, QStringLiteral("history"));
    qint64 historyMs = 0;
    QString text;
    if (!readDuration(historyPath, historyValue, &historyMs, &text))
        return;
    if (historyMs > ConfigLimits::MaxHistoryMs) {
        error(historyPath, quoted(text) + QStringLiteral(" is out of range; allowed up to %1")
                                              .arg(formatDuration(ConfigLimits::MaxHistoryMs)));
        return;
    }
    // When the interval itself is wrong, comparing with its default would only be noise: the
    // history then silently keeps its default too (the document has an error anyway).
    QString problem;
    if (historyMs < sampling.intervalMs) {
        problem = quoted(text) + QStringLiteral(" is shorter than sampling.interval (%1)")
                                     .arg(formatDuration(sampling.intervalMs));
    } else if (historyMs / sampling.intervalMs > ConfigLimits::MaxHistorySamples) {
        problem =
            quoted(text) + QStringLiteral(" at an interval of %1 keeps %2 samples per series; "
                                          "the maximum is %3 (use a longer interval or a "
                                          "shorter history)")
                               .arg(formatDuration(sampling.intervalMs))
                               .arg(historyMs / sampling.intervalMs)
                               .arg(ConfigLimits::MaxHistorySamples);
    }
    if (problem.isEmpty())
        sampling.historyMs = historyMs;
    else if (intervalOk)
        error(historyPath, problem);
}

void Reader::readCollectors(const QJsonValue &value)
{
    QJsonObject object;
    const QString path = QStringLiteral("collectors");
    if (value.isUndefined() || !readObject(path, value, &object))
        return;
    const QStringList names = systemSourceNames();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!names.contains(it.key()) && it.key() != QLatin1String("processes"))
            warning(child(path, it.key()), QStringLiteral("unknown collector, ignored"));
    }
    readProcesses(object.value(QLatin1String("processes")), m_result);
    for (const QString &name : names) {
        const QJsonValue collector = object.value(name);
        if (!collector.isUndefined())
            readCollector(name, collector);
    }
}

void Reader::readCollector(const QString &name, const QJsonValue &value)
{
    QJsonObject object;
    const QString path = child(QStringLiteral("collectors"), name);
    if (!readObject(path, value, &object))
        return;
    const std::vector<configschema::PatternList> lists = configschema::patternLists(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = it.key() == QLatin1String("enabled") ||
                           std::any_of(lists.begin(), lists.end(),
                                       [&](const auto &list) { return it.key() == list.key; });
        if (!known)
            warning(child(path, it.key()), QStringLiteral("unknown key, ignored"));
    }

    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (!enabled.isUndefined()) {
        if (!enabled.isBool())
            expected(child(path, QStringLiteral("enabled")), QLatin1String("true or false"),
                     enabled);
        else if (!enabled.toBool())
            m_result.config.collectors.disabled.insert(name);
    }
    for (const configschema::PatternList &list : lists) {
        const QJsonValue patterns = object.value(list.key);
        if (!patterns.isUndefined())
            readPatterns(child(path, list.key), patterns,
                         &(m_result.config.collectors.*list.member));
    }
}

void Reader::readPatterns(const QString &path, const QJsonValue &value, QStringList *out)
{
    if (!value.isArray()) {
        expected(path, QLatin1String("an array of strings"), value);
        return;
    }
    const QJsonArray array = value.toArray();
    QStringList patterns;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            expected(itemPath, QLatin1String("a string"), item);
            ok = false;
            continue;
        }
        const QString pattern = item.toString();
        const QRegularExpression re(pattern);
        if (!re.isValid()) {
            error(itemPath, QStringLiteral("invalid regular expression %1: %2 at offset %3")
                                .arg(quoted(pattern), re.errorString())
                                .arg(re.patternErrorOffset()));
            ok = false;
            continue;
        }
        if (pattern.isEmpty())
            warning(itemPath, QStringLiteral("empty pattern matches every name"));
        patterns << pattern;
    }
    if (ok)
        *out = patterns; // a list with any error keeps its default
}

} // namespace

ConfigResult read(const QByteArray &json, const QString &source)
{
    ConfigResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool empty = configtext::isBlank(json);
        int line = 0;
        int column = 0;
        configtext::lineAndColumn(json, parseError.offset, &line, &column);
        const QString where = source.isEmpty()
                                  ? QStringLiteral("line %1, column %2: ").arg(line).arg(column)
                                  : QStringLiteral("%1:%2:%3: ").arg(source).arg(line).arg(column);
        result.errors << where + (empty ? QStringLiteral("empty document; expected a JSON object")
                                        : parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.errors << QStringLiteral("expected a JSON object at the top level, got ") +
                             (document.isArray() ? QStringLiteral("an array")
                                                 : QStringLiteral("a single value"));
        return result;
    }
    Reader(result).readDocument(document.object());
    return result;
}

} // namespace vigil::configreader
