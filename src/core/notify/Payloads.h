#pragma once

// Renders one NotifyMessage into the exact HTTP request of a channel (INTEROP.md §1-§2): the
// body is serialised once, as compact JSON, and these bytes are what the outbox stores, the
// dispatcher sends and Signing.h signs.

#include "notify/NotifyTypes.h"

#include <QList>

namespace vigil {

// Alertmanager push (§2.6): a firing alert is pushed with endsAt = now + this margin
// (4 x the 1 m resend tick), so an absent Vigil resolves by itself. "now" is the message's
// createdMs: the resend tick re-renders with a new createdMs.
inline constexpr qint64 kAlertmanagerEndsAtMarginMs = 4 * 60 * 1000;

// Human formats (Slack, Discord, Teams, ntfy, Gotify) list at most this many alerts of a
// grouped message, then "and N more". PagerDuty, Alertmanager and the webhook carry them all.
inline constexpr int kMaxListedAlerts = 10;

// The request for `message` on `channel`:
// - url: the channel URL (PagerDuty: https://events.pagerduty.com/v2/enqueue when empty;
//   Alertmanager: <base>/api/v2/alerts; ntfy: the server root of a topic URL; Gotify:
//   <server>/message);
// - headers: Content-Type, User-Agent: Vigil/<version>, and the channel's auth header (ntfy
//   Authorization: Bearer, Gotify X-Gotify-Key); per-attempt signing headers come from
//   signingHeaders();
// - idempotencyKey: "msg_<fingerprint of the first alert>_<24 hex digits of SHA-256 over
//   channel name, fingerprints, kinds and event times>": the same on every render of the same
//   message, different for another event; never contains '.';
// - signingSecret: channel.secret for webhook channels, else empty;
// - summary: one line, "cpu_high firing on desk1 (warning, 97.0 %)".
// A PagerDuty event carries exactly one alert: for PagerDuty this renders the first alert of a
// grouped message only. Use renderRequests() for anything that may be grouped.
OutgoingRequest renderRequest(const ChannelSpec &channel, const NotifyMessage &message);

// All requests for `message`: one per alert for PagerDuty (each alert is its own incident,
// dedup_key per alert), one request for every other type. Empty when the message has no alerts.
QList<OutgoingRequest> renderRequests(const ChannelSpec &channel, const NotifyMessage &message);

} // namespace vigil
