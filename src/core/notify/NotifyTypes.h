#pragma once

// Notification channels (issue 5): what a channel is, what one message says, and the exact
// HTTP request the outbox stores and the dispatcher sends. Formats: INTEROP.md §1-§4.

#include "alerts/AlertTypes.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace vigil {

enum class ChannelType { Slack, Discord, Teams, PagerDuty, Alertmanager, Ntfy, Gotify, Webhook };

QString channelTypeName(ChannelType type); // "slack", "discord", "teams", "pagerduty", ...
std::optional<ChannelType> channelTypeFromName(const QString &name);

// One configured channel (config key `channels`).
struct ChannelSpec
{
    QString name;
    ChannelType type = ChannelType::Webhook;
    bool enabled = true;
    QUrl url; // webhook URL; for alertmanager the base URL (http://127.0.0.1:9093)
    Severity minSeverity = Severity::Warning;
    QList<LabelMatcher> matchers; // all must match an alert's labels
    bool sendResolved = true;
    qint64 groupWaitMs = 10000; // alerts firing within this window go out as one message
    QString secret;   // webhook: HMAC secret ("whsec_..." for Standard Webhooks, else raw)
    QString token;    // pagerduty: routing key; ntfy: access token; gotify: app token
    int priority = 0; // ntfy 1-5 / gotify 0-10; 0 = by severity

    friend bool operator==(const ChannelSpec &a, const ChannelSpec &b);
    friend bool operator!=(const ChannelSpec &a, const ChannelSpec &b) { return !(a == b); }
};

// One alert as a message shows it: what, where, how bad, since when.
struct NotifyAlert
{
    QString fingerprint; // 16 hex digits: PagerDuty dedup_key, webhook fingerprint
    QString rule;
    Labels labels; // alertname + series labels + rule labels
    AlertEventKind kind =
        AlertEventKind::Firing; // Firing, Escalated, Deescalated, Repeat, Resolved
    Severity severity = Severity::Warning;
    QString valueText;     // "97.0 %" (value with its unit)
    QString thresholdText; // "90 %"
    double value = 0;
    double threshold = 0;
    qint64 startsAtMs = 0;  // when it started firing
    qint64 endsAtMs = 0;    // when it resolved; 0 while firing
    qint64 eventTimeMs = 0; // this transition
    QString summary;
    QString description;
    QString runbook;
};

// What one delivery says: one alert, or several that fired within the group window.
struct NotifyMessage
{
    QString channel;
    QString host;     // the machine Vigil watches
    QString vigilUrl; // Vigil's own address (externalURL), may be empty
    qint64 createdMs = 0;
    QList<NotifyAlert> alerts;
};

// The exact request one outbox item sends, rendered once (the body bytes are what is
// signed, INTEROP.md §4). Per-attempt headers (webhook-timestamp, signatures) are added by the
// dispatcher from `signingSecret`.
struct OutgoingRequest
{
    QString channel;
    ChannelType type = ChannelType::Webhook;
    QUrl url;
    QByteArray method = "POST";
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Type, Authorization, ...
    QByteArray body;
    QString idempotencyKey; // identical on every retry: webhook-id / Idempotency-Key
    QString signingSecret;  // empty: unsigned
    QString summary;        // one line for the deliveries view: "cpu_high firing on desk1"
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::OutgoingRequest)
