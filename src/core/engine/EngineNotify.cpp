// Engine: the notification channels part. Alert events become messages (router, group
// windows), messages become requests (payloads), and requests go through the persistent
// outbox on the notify thread (dispatcher). Alertmanager channels are kept in sync by a
// resend tick, as Prometheus does.

#include "Engine.h"

#include "alerts/AlertEngine.h"
#include "notify/Dispatcher.h"
#include "notify/NotifyThread.h"
#include "notify/Payloads.h"
#include "notify/Signing.h"
#include "series/Unit.h"
#include "storage/AlertStore.h"
#include "util/Clock.h"

#include <QSysInfo>
#include <QTimer>
#include <limits>

namespace vigil {

namespace {
constexpr qint64 kAlertmanagerResendMs = 60 * 1000;       // re-push firing alerts every minute
constexpr qint64 kAlertmanagerResolvedMs = 5 * 60 * 1000; // and resolved ones for 5 minutes
} // namespace

NotifyAlert Engine::toNotifyAlert(const AlertEvent &e) const
{
    NotifyAlert a;
    a.fingerprint = e.fingerprint;
    a.rule = e.rule;
    a.labels = e.labels;
    a.kind = e.kind;
    // A resolution is about the level it had; everything else about the level it reached.
    a.severity = e.kind == AlertEventKind::Resolved ? e.fromSeverity : e.toSeverity;
    const Unit unit = m_registry.info(e.seriesName).unit;
    a.value = e.value;
    a.threshold = e.threshold;
    a.valueText = formatValue(e.value, unit);
    a.thresholdText = formatValue(e.threshold, unit);
    a.startsAtMs = e.firingSinceMs;
    a.endsAtMs = e.kind == AlertEventKind::Resolved ? e.timeMs : 0;
    a.eventTimeMs = e.timeMs;
    a.summary = e.summary;
    a.description = e.description;
    a.runbook = e.runbook;
    return a;
}

void Engine::startNotify()
{
    m_notify = std::make_unique<NotifyThread>(m_clock, Dispatcher::Options{}, &signingHeaders);
    Dispatcher *d = m_notify->dispatcher();
    connect(d, &Dispatcher::itemsChanged, this, &Engine::deliveriesChanged);
    connect(d, &Dispatcher::channelDisabled, this, &Engine::channelDisabled);
    connect(d, &Dispatcher::testFinished, this, &Engine::channelTestFinished);
    connect(d, &Dispatcher::deliveryFailed, this,
            [this](qint64, const QString &channel, const QString &reason) {
                Q_EMIT storageMessage(tr("Notification to %1 failed: %2").arg(channel, reason),
                                      true);
            });
    connect(d, &Dispatcher::outboxRecovered, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    connect(d, &Dispatcher::outboxError, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    const QString dir = m_dataDir.isEmpty() ? AlertStore::defaultDataDir() : m_dataDir;
    const QList<ChannelSpec> channels = m_config.channels;
    QMetaObject::invokeMethod(
        d,
        [d, dir, channels] {
            d->open(dir);
            d->setChannels(channels);
        },
        Qt::QueuedConnection);
    m_router.setChannels(m_config.channels);
    if (!m_routerTimer) {
        m_routerTimer = new QTimer(this);
        m_routerTimer->setSingleShot(true);
        connect(m_routerTimer, &QTimer::timeout, this, &Engine::flushNotifications);
        m_resendTimer = new QTimer(this);
        m_resendTimer->setInterval(int(kAlertmanagerResendMs));
        connect(m_resendTimer, &QTimer::timeout, this, &Engine::resendToAlertmanager);
    }
    m_resendTimer->start();
}

void Engine::applyChannels()
{
    m_router.setChannels(m_config.channels);
    if (!m_notify)
        return;
    Dispatcher *d = m_notify->dispatcher();
    const QList<ChannelSpec> channels = m_config.channels;
    QMetaObject::invokeMethod(
        d, [d, channels] { d->setChannels(channels); }, Qt::QueuedConnection);
}

void Engine::routeNotifications(const QList<AlertEvent> &events)
{
    if (!m_notify)
        return;
    const qint64 now = m_clock.nowMs();
    QList<NotifyAlert> alerts;
    for (const AlertEvent &e : events) {
        if (!e.notify)
            continue;
        const NotifyAlert a = toNotifyAlert(e);
        if (e.kind == AlertEventKind::Resolved)
            m_recentlyResolved.insert(a.fingerprint, a);
        else
            m_recentlyResolved.remove(a.fingerprint);
        alerts.append(a);
    }
    if (alerts.isEmpty())
        return;
    m_router.add(alerts, now);
    flushNotifications();
}

void Engine::flushNotifications()
{
    const qint64 now = m_clock.nowMs();
    for (NotifyMessage &m : m_router.takeDue(now)) {
        m.host = QSysInfo::machineHostName();
        for (const ChannelSpec &c : std::as_const(m_config.channels)) {
            if (c.name == m.channel)
                enqueueMessage(c, m);
        }
    }
    const qint64 next = m_router.nextDueMs();
    if (next >= 0)
        m_routerTimer->start(int(qBound<qint64>(0, next - now, qint64(INT_MAX))));
}

void Engine::enqueueMessage(const ChannelSpec &channel, const NotifyMessage &message)
{
    Dispatcher *d = m_notify->dispatcher();
    for (const OutgoingRequest &r : renderRequests(channel, message)) {
        QMetaObject::invokeMethod(
            d, [d, r] { d->enqueue(r); }, Qt::QueuedConnection);
    }
}

// Alertmanager forgets an alert whose endsAt passes: every minute push what is firing (endsAt
// in the future) and, for 5 minutes, what resolved, so a restarted Alertmanager catches up.
void Engine::resendToAlertmanager()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_recentlyResolved.begin(); it != m_recentlyResolved.end();) {
        it = now - it->endsAtMs > kAlertmanagerResolvedMs ? m_recentlyResolved.erase(it)
                                                          : std::next(it);
    }
    QList<NotifyAlert> current;
    for (const Alert &a : m_alerts->alerts()) {
        if (a.state != AlertState::Firing || !a.silencedBy.isEmpty())
            continue;
        NotifyAlert n;
        n.fingerprint = a.fingerprint;
        n.rule = a.rule;
        n.labels = a.labels;
        n.kind = AlertEventKind::Repeat;
        n.severity = a.severity;
        const Unit unit = m_registry.info(a.series.name()).unit;
        n.value = a.value;
        n.threshold = a.threshold;
        n.valueText = formatValue(a.value, unit);
        n.thresholdText = formatValue(a.threshold, unit);
        n.startsAtMs = a.firingSinceMs;
        n.eventTimeMs = now;
        n.summary = a.summary;
        n.description = a.description;
        n.runbook = a.runbook;
        current.append(n);
    }
    current += m_recentlyResolved.values();
    for (const ChannelSpec &c : std::as_const(m_config.channels)) {
        if (c.type != ChannelType::Alertmanager || !c.enabled)
            continue;
        const MatcherSet matchers = MatcherSet::compile(c.matchers).value_or(MatcherSet());
        NotifyMessage m;
        m.channel = c.name;
        m.host = QSysInfo::machineHostName();
        m.createdMs = now;
        for (const NotifyAlert &a : std::as_const(current)) {
            if (NotificationRouter::wants(c, matchers, a))
                m.alerts.append(a);
        }
        if (!m.alerts.isEmpty())
            enqueueMessage(c, m);
    }
}

void Engine::retryDelivery(qint64 id)
{
    if (!m_notify)
        return;
    Dispatcher *d = m_notify->dispatcher();
    QMetaObject::invokeMethod(
        d, [d, id] { d->retryNow(id); }, Qt::QueuedConnection);
}

void Engine::discardDelivery(qint64 id)
{
    if (!m_notify)
        return;
    Dispatcher *d = m_notify->dispatcher();
    QMetaObject::invokeMethod(
        d, [d, id] { d->discard(id); }, Qt::QueuedConnection);
}

void Engine::refreshDeliveries()
{
    if (!m_notify)
        return;
    Dispatcher *d = m_notify->dispatcher();
    QMetaObject::invokeMethod(d, &Dispatcher::refreshItems, Qt::QueuedConnection);
}

// "Send test notification": a made-up firing alert rendered for the channel as edited (it
// need not be saved yet) and sent once, outside the outbox.
void Engine::testChannel(quint64 requestId, const ChannelSpec &channel)
{
    if (!m_notify)
        startNotifyThreadOnly();
    NotifyAlert a;
    a.fingerprint = QStringLiteral("0000000000000000");
    a.rule = QStringLiteral("vigil_test");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("vigil_test")}};
    a.kind = AlertEventKind::Firing;
    a.severity = Severity::Warning;
    a.valueText = QStringLiteral("42 %");
    a.thresholdText = QStringLiteral("40 %");
    a.startsAtMs = a.eventTimeMs = m_clock.nowMs();
    a.summary = tr("Test notification from Vigil");
    a.description = tr("If you can read this, the channel \"%1\" works.").arg(channel.name);
    NotifyMessage m;
    m.channel = channel.name;
    m.host = QSysInfo::machineHostName();
    m.createdMs = a.eventTimeMs;
    m.alerts = {a};
    const QList<OutgoingRequest> requests = renderRequests(channel, m);
    if (requests.isEmpty())
        return;
    OutgoingRequest r = requests.first();
    r.signingSecret = channel.secret;
    Dispatcher *d = m_notify->dispatcher();
    QMetaObject::invokeMethod(
        d, [d, requestId, r] { d->testRequest(requestId, r); }, Qt::QueuedConnection);
}

void Engine::stopNotify()
{
    if (m_resendTimer)
        m_resendTimer->stop();
    if (m_notify && m_routerTimer) {
        // Whatever waits in a group window is enqueued now, ahead of the thread's quit.
        const QList<NotifyMessage> open = m_router.takeDue(std::numeric_limits<qint64>::max());
        for (NotifyMessage m : open) {
            m.host = QSysInfo::machineHostName();
            for (const ChannelSpec &c : std::as_const(m_config.channels)) {
                if (c.name == m.channel)
                    enqueueMessage(c, m);
            }
        }
    }
    m_notify.reset(); // runs the queued enqueues, then joins the thread
}

void Engine::startNotifyThreadOnly()
{
    m_notify = std::make_unique<NotifyThread>(m_clock, Dispatcher::Options{}, &signingHeaders);
    connect(m_notify->dispatcher(), &Dispatcher::testFinished, this, &Engine::channelTestFinished);
}

} // namespace vigil
