#include "ChannelConfig.h"

#include "alerts/MatcherSet.h"
#include "config/ConfigText.h"
#include "config/Duration.h"
#include "config/ObjectReader.h"
#include "notify/ChannelValidation.h"

#include <QJsonArray>
#include <QSet>

namespace vigil {

namespace configreader {

using configtext::describe;
using configtext::keyPath;
using configtext::quoted;

namespace {

void readChannel(ObjectReader &r, ChannelSpec *c, QStringList *warnings)
{
    r.text("name", &c->name, true);
    QString type;
    r.text("type", &type, true);
    if (!type.isEmpty()) {
        if (const auto t = channelTypeFromName(type))
            c->type = *t;
        else
            r.problem(QStringLiteral("type"),
                      QStringLiteral("%1 is not one of slack, discord, teams, pagerduty, "
                                     "alertmanager, ntfy, gotify, webhook")
                          .arg(quoted(type)));
    }
    r.boolean("enabled", &c->enabled);
    QString url;
    r.text("url", &url);
    c->url = QUrl(url, QUrl::StrictMode);
    QString severity;
    r.text("min_severity", &severity);
    if (severity == QLatin1String("critical"))
        c->minSeverity = Severity::Critical;
    else if (!severity.isEmpty() && severity != QLatin1String("warning"))
        r.problem(QStringLiteral("min_severity"),
                  QStringLiteral("%1 is not warning or critical").arg(quoted(severity)));
    QString matchers;
    r.text("matchers", &matchers);
    if (!matchers.isEmpty()) {
        QString error;
        if (const auto parsed = MatcherSet::parse(matchers, &error))
            c->matchers = *parsed;
        else
            r.problem(QStringLiteral("matchers"), error);
    }
    r.boolean("send_resolved", &c->sendResolved);
    r.duration("group_wait", &c->groupWaitMs);
    r.text("secret", &c->secret);
    r.text("token", &c->token);
    r.integer("priority", &c->priority);
    for (const QString &key : r.unknownKeys())
        *warnings << r.at(key) + QStringLiteral(": unknown key, ignored");
}

} // namespace

void readChannels(const QJsonValue &value, ConfigResult &result)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        result.errors << QStringLiteral("channels: expected an array of channels, got ") +
                             describe(value);
        return;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("channels[%1]").arg(i);
        if (!array.at(i).isObject()) {
            result.warnings << path + QStringLiteral(": expected a channel object, got ") +
                                   describe(array.at(i));
            continue;
        }
        ChannelSpec channel;
        QStringList problems;
        ObjectReader reader(path, array.at(i).toObject(), &problems);
        readChannel(reader, &channel, &result.warnings);
        if (problems.isEmpty()) {
            for (const ChannelProblem &p : validateChannel(channel))
                problems << keyPath(path, p.key) + QLatin1String(": ") + p.message;
        }
        if (problems.isEmpty() && names.contains(channel.name))
            problems << keyPath(path, QStringLiteral("name")) +
                            QStringLiteral(": duplicate channel name %1; the first one is used")
                                .arg(quoted(channel.name));
        result.warnings << problems;
        if (!problems.isEmpty())
            continue;
        names.insert(channel.name);
        result.config.channels.append(channel);
    }
}

} // namespace configreader

namespace configwriter {

using configtext::jsonNumber;
using configtext::jsonString;

QByteArray channelsSection(const Config &config)
{
    if (config.channels.isEmpty())
        return QByteArrayLiteral("    \"channels\": [],\n");
    QByteArray out = "    \"channels\": [\n";
    for (qsizetype i = 0; i < config.channels.size(); ++i) {
        const ChannelSpec &c = config.channels[i];
        const QByteArray in(12, ' ');
        QByteArrayList m;
        m << in + "\"name\": " + jsonString(c.name);
        m << in + "\"type\": " + jsonString(channelTypeName(c.type));
        m << in + "\"enabled\": " + (c.enabled ? "true" : "false");
        m << in + "\"url\": " + jsonString(c.url.toString());
        m << in + "\"min_severity\": " + jsonString(severityName(c.minSeverity));
        m << in + "\"matchers\": " + jsonString(MatcherSet::toString(c.matchers));
        m << in + "\"send_resolved\": " + (c.sendResolved ? "true" : "false");
        m << in + "\"group_wait\": " + jsonString(formatDuration(c.groupWaitMs));
        if (!c.secret.isEmpty())
            m << in + "\"secret\": " + jsonString(c.secret);
        if (!c.token.isEmpty())
            m << in + "\"token\": " + jsonString(c.token);
        m << in + "\"priority\": " + jsonNumber(c.priority);
        out += "        {\n" + m.join(",\n") + "\n        }";
        out += i + 1 < config.channels.size() ? ",\n" : "\n";
    }
    return out + "    ],\n";
}

} // namespace configwriter

} // namespace vigil
