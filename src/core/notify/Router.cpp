#include "Router.h"

#include "notify/ChannelValidation.h"

#include <algorithm>

namespace vigil {

void NotificationRouter::setChannels(const QList<ChannelSpec> &channels)
{
    QList<Route> routes;
    for (const ChannelSpec &c : channels) {
        const auto old = std::find_if(m_routes.cbegin(), m_routes.cend(),
                                      [&](const Route &r) { return r.channel == c; });
        if (old != m_routes.cend()) {
            routes.append(*old);
            continue;
        }
        Route r;
        r.channel = c;
        r.matchers = MatcherSet::compile(c.matchers).value_or(MatcherSet());
        routes.append(r);
    }
    m_routes = std::move(routes);
}

bool NotificationRouter::wants(const ChannelSpec &channel, const MatcherSet &matchers,
                               const NotifyAlert &alert)
{
    if (!channel.enabled)
        return false;
    if (alert.kind == AlertEventKind::Resolved && !channel.sendResolved)
        return false;
    // A resolution carries the level it had; a critical-only channel hears of its end too.
    if (int(alert.severity) < int(channel.minSeverity))
        return false;
    return matchers.matches(alert.labels);
}

void NotificationRouter::add(const QList<NotifyAlert> &alerts, qint64 nowMs)
{
    for (Route &r : m_routes) {
        for (const NotifyAlert &a : alerts) {
            if (!wants(r.channel, r.matchers, a))
                continue;
            if (r.buffered.isEmpty())
                r.dueMs = nowMs + r.channel.groupWaitMs;
            // A later event of the same alert in the window replaces the earlier one: the
            // message says where things stand, not every step.
            const auto same =
                std::find_if(r.buffered.begin(), r.buffered.end(),
                             [&](const NotifyAlert &b) { return b.fingerprint == a.fingerprint; });
            if (same != r.buffered.end())
                *same = a;
            else
                r.buffered.append(a);
        }
    }
}

QList<NotifyMessage> NotificationRouter::takeDue(qint64 nowMs)
{
    QList<NotifyMessage> out;
    for (Route &r : m_routes) {
        if (r.buffered.isEmpty() || r.dueMs > nowMs)
            continue;
        NotifyMessage m;
        m.channel = r.channel.name;
        m.createdMs = nowMs;
        m.alerts = std::move(r.buffered);
        r.buffered.clear();
        r.dueMs = -1;
        out.append(std::move(m));
    }
    return out;
}

qint64 NotificationRouter::nextDueMs() const
{
    qint64 next = -1;
    for (const Route &r : m_routes) {
        if (!r.buffered.isEmpty() && (next < 0 || r.dueMs < next))
            next = r.dueMs;
    }
    return next;
}

} // namespace vigil
