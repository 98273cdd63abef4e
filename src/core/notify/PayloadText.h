#pragma once

// Internal to the payload renderers: the words every channel uses for an alert (what, where,
// how bad, since when), size limits, and the per-type render functions.

#include "notify/NotifyTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace vigil::payload {

// What one render function produces; renderRequest() adds the common fields.
struct Rendered
{
    QUrl url;
    QByteArray body;                                  // compact JSON
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type and User-Agent
};

Rendered renderSlack(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderDiscord(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderTeams(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderPagerDuty(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderAlertmanager(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderWebhook(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderNtfy(const ChannelSpec &channel, const NotifyMessage &message);
Rendered renderGotify(const ChannelSpec &channel, const NotifyMessage &message);

// "2026-11-21T09:33:21Z" (RFC 3339, UTC, whole seconds).
QString rfc3339(qint64 ms);
// "45s", "7m 41s", "2h 5m", "3d 4h": the two largest units, for people.
QString humanDuration(qint64 ms);
// "7m41s": exact whole seconds, Prometheus duration syntax, for machines.
QString machineDuration(qint64 ms);

// `text` cut to at most maxChars UTF-16 units, ending with "…" when cut (never splits a
// surrogate pair).
QString truncated(const QString &text, qsizetype maxChars);
// Likewise, at most maxBytes bytes of UTF-8.
QString truncatedUtf8(const QString &text, qsizetype maxBytes);
// Slack mrkdwn: escapes & < >; cut to maxChars without leaving half an entity.
QString slackEscaped(const QString &text, qsizetype maxChars);
// Cuts already escaped mrkdwn to maxChars, never inside an entity.
QString slackCut(const QString &escaped, qsizetype maxChars);

QString alertName(const NotifyAlert &alert); // the alertname label, else the rule
bool isResolved(const NotifyAlert &alert);
bool anyFiring(const NotifyMessage &message);
Severity worstSeverity(const NotifyMessage &message); // of the alerts still firing
qint64 firingDurationMs(const NotifyAlert &alert);    // start to this event (or resolution)

QString statusTag(const NotifyAlert &alert); // "FIRING", "ESCALATED", "STILL FIRING", ...
QString kindEmoji(const NotifyAlert &alert);
QString severityText(const NotifyAlert &alert); // "warning"
QString valueOf(const NotifyAlert &alert);      // "97.0 %" (valueText, else the number)
// The alert's summary, else its reading: "CPU 97% for 2m" / "back to 41.0 %".
QString whatText(const NotifyAlert &alert);
// "Value 97.0 % (threshold 90 %), firing since 2026-11-21T09:33:21Z",
// "Value back to 41.0 % (threshold 90 %), resolved at … after 7m 41s", ...
QString readingLine(const NotifyAlert &alert);
QString labelsText(const NotifyAlert &alert); // "mountpoint=/home, device=sda" (no alertname)
// "HighCPU firing on desk1 (warning, 97.0 %)", "HighCPU resolved on desk1 after 7m 41s".
QString headline(const QString &name, const NotifyAlert &alert, const QString &host);
// "[FIRING] HighCPU (warning)", "[RESOLVED] HighCPU": one alert of a grouped message.
QString groupedTitle(const NotifyAlert &alert);
// "2 alerts on desk1: 1 firing, 1 resolved".
QString groupTitle(const NotifyMessage &message);
QString moreText(qsizetype hidden);                  // "and 3 more"
QString messageTag(const NotifyMessage &message);    // "[FIRING] " or "[RESOLVED] "
qsizetype listedCount(const NotifyMessage &message); // alerts a human format shows

// Plain text of one alert for ntfy, Gotify, Discord: what (on host), reading, labels,
// runbook, description; each free text cut to textCap.
QStringList plainLines(const NotifyAlert &alert, const QString &host, bool withHost,
                       qsizetype textCap);

// The body of a message as plain text for push services: one alert's lines, or a block per
// alert (at most kMaxListedAlerts) and "and N more".
QString plainMessage(const NotifyMessage &message, qsizetype textCap);
// Title for push services: "HighCPU (warning)", "Resolved: HighCPU", "2 alerts on desk1 …".
QString pushTitle(const NotifyMessage &message);

// Alertmanager-style labels: the alert's labels, instance = host when absent, severity =
// the alert's current level (always: it changes on escalation), empty values left out.
QJsonObject amLabels(const NotifyAlert &alert, const QString &host);
// Vigil's page for an alert's rule: <vigilUrl>/alerts/<rule>; empty without a Vigil URL.
QString generatorUrl(const NotifyMessage &message, const NotifyAlert &alert);

} // namespace vigil::payload
