#pragma once

// The INTEROP.md running example as notification messages: rule cpu_high (alert HighCPU) on
// desk1, warning, 97 % over 90 %, firing 2026-11-21T09:33:21Z, resolved 09:41:02Z; and a
// critical DiskFull that fires 4 s later, for grouped messages.

#include "notify/NotifyTypes.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QString>

namespace vigil::payloadtest {

inline qint64 at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

inline NotifyAlert cpuFiring()
{
    NotifyAlert a;
    a.fingerprint = QStringLiteral("c6b314f6bb6a3fde");
    a.rule = QStringLiteral("cpu_high");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("HighCPU")}};
    a.kind = AlertEventKind::Firing;
    a.severity = Severity::Warning;
    a.valueText = QStringLiteral("97.0 %");
    a.thresholdText = QStringLiteral("90 %");
    a.value = 97;
    a.threshold = 90;
    a.startsAtMs = at("2026-11-21T09:33:21Z");
    a.eventTimeMs = a.startsAtMs;
    a.summary = QStringLiteral("CPU 97% for 2m");
    a.description = QStringLiteral("CPU usage has been above 90 % for 2m.");
    a.runbook = QStringLiteral("https://example.org/runbooks/cpu");
    return a;
}

inline NotifyAlert cpuResolved()
{
    NotifyAlert a = cpuFiring();
    a.kind = AlertEventKind::Resolved;
    a.valueText = QStringLiteral("41.0 %");
    a.value = 41;
    a.endsAtMs = at("2026-11-21T09:41:02Z");
    a.eventTimeMs = a.endsAtMs;
    a.summary = QStringLiteral("CPU back to 41%");
    return a;
}

inline NotifyAlert diskFiring()
{
    NotifyAlert a;
    a.fingerprint = QStringLiteral("cd60049f58ee5339");
    a.rule = QStringLiteral("filesystem_full");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                {QStringLiteral("mountpoint"), QStringLiteral("/home")}};
    a.kind = AlertEventKind::Firing;
    a.severity = Severity::Critical;
    a.valueText = QStringLiteral("93.4 %");
    a.thresholdText = QStringLiteral("90 %");
    a.value = 93.4;
    a.threshold = 90;
    a.startsAtMs = at("2026-11-21T09:33:25Z");
    a.eventTimeMs = a.startsAtMs;
    a.summary = QStringLiteral("Filesystem /home is 93.4 % full");
    return a;
}

inline NotifyMessage message(const QList<NotifyAlert> &alerts, qint64 createdMs)
{
    NotifyMessage m;
    m.channel = QStringLiteral("ops");
    m.host = QStringLiteral("desk1");
    m.vigilUrl = QStringLiteral("http://127.0.0.1:9105");
    m.createdMs = createdMs;
    m.alerts = alerts;
    return m;
}

inline NotifyMessage firingMessage()
{
    return message({cpuFiring()}, at("2026-11-21T09:33:21Z"));
}

inline NotifyMessage resolvedMessage()
{
    return message({cpuResolved()}, at("2026-11-21T09:41:02Z"));
}

// Both fired within the group window; sent when it closed, 10 s after the first.
inline NotifyMessage groupedMessage()
{
    return message({cpuFiring(), diskFiring()}, at("2026-11-21T09:33:31Z"));
}

inline ChannelSpec channel(ChannelType type)
{
    ChannelSpec c;
    c.name = QStringLiteral("ops");
    c.type = type;
    switch (type) {
    case ChannelType::Slack:
        c.url = QUrl(QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX"));
        break;
    case ChannelType::Discord:
        c.url = QUrl(QStringLiteral("https://discord.com/api/webhooks/123/abc"));
        break;
    case ChannelType::Teams:
        c.url = QUrl(QStringLiteral("https://default0.environment.api.powerplatform.com/"
                                    "powerautomate/automations/direct/workflows/abc/triggers/"
                                    "manual/paths/invoke?api-version=1&sig=xyz"));
        break;
    case ChannelType::PagerDuty:
        c.token = QStringLiteral("0123456789abcdef0123456789abcdef");
        break;
    case ChannelType::Alertmanager:
        c.url = QUrl(QStringLiteral("http://127.0.0.1:9093"));
        break;
    case ChannelType::Ntfy:
        c.url = QUrl(QStringLiteral("https://ntfy.sh/vigil-desk1"));
        c.token = QStringLiteral("tk_0123456789");
        break;
    case ChannelType::Gotify:
        c.url = QUrl(QStringLiteral("https://gotify.example.org/"));
        c.token = QStringLiteral("AbCdEf123");
        break;
    case ChannelType::Webhook:
        c.url = QUrl(QStringLiteral("https://hooks.example.org/vigil"));
        c.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        break;
    }
    return c;
}

// A golden file under tests/fixtures/notify/, with @VERSION@ replaced by Vigil's version.
inline QJsonDocument golden(const QString &name, QJsonParseError *error)
{
    QFile file(QStringLiteral(VIGIL_FIXTURES_DIR "/notify/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonDocument();
    QByteArray text = file.readAll();
    text.replace("@VERSION@", VIGIL_VERSION);
    return QJsonDocument::fromJson(text, error);
}

inline QByteArray header(const OutgoingRequest &req, const QByteArray &name)
{
    for (const auto &[n, v] : req.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

} // namespace vigil::payloadtest
