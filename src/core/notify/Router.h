#pragma once

#include "alerts/MatcherSet.h"
#include "notify/NotifyTypes.h"

#include <QHash>
#include <QList>

namespace vigil {

// Decides which channel hears about which alert event and groups events per channel: the
// first event opens a window of the channel's group_wait, and everything arriving in it goes
// out as one message (a burst of alerts is one notification, not twenty). Pure: time comes
// from the arguments.
class NotificationRouter
{
public:
    // Channels whose spec is unchanged keep their open windows; others lose them.
    void setChannels(const QList<ChannelSpec> &channels);

    // Events to route (firing, escalated, de-escalated, repeat, resolved).
    void add(const QList<NotifyAlert> &alerts, qint64 nowMs);
    // Messages whose window has closed, in channel order.
    QList<NotifyMessage> takeDue(qint64 nowMs);
    // When the next window closes; -1 when none is open.
    qint64 nextDueMs() const;

    // Whether a channel wants this alert at all (enabled, severity, matchers, send_resolved).
    static bool wants(const ChannelSpec &channel, const MatcherSet &matchers,
                      const NotifyAlert &alert);

private:
    struct Route
    {
        ChannelSpec channel;
        MatcherSet matchers;
        qint64 dueMs = -1; // window end; -1 when empty
        QList<NotifyAlert> buffered;
    };
    QList<Route> m_routes;
};

} // namespace vigil
