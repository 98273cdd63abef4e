#include "DesktopNotifier.h"

#include "util/Logging.h"

#include "alerts/AlertText.h"
#include "series/Unit.h"
#include "util/Clock.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// A server that has not answered by then counts as absent for that event (tray fallback).
constexpr int kCallTimeoutMs = 10000;

bool isFiringKind(vigil::AlertEventKind kind)
{
    using K = vigil::AlertEventKind;
    return kind == K::Firing || kind == K::Escalated || kind == K::Deescalated || kind == K::Repeat;
}

// The level the event is about: a resolved alert is judged by the level it fired at.
vigil::Severity eventSeverity(const vigil::AlertEvent &event)
{
    return event.kind == vigil::AlertEventKind::Resolved ? event.fromSeverity : event.toSeverity;
}

// "95" rather than "95.0" for the round thresholds people configure.
QString plainNumber(double v)
{
    if (std::abs(v) < 1e15 && v == std::floor(v))
        return QString::number(v, 'f', 0);
    return vigil::formatValue(v, vigil::Unit::None);
}

QString clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

namespace vigil {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), Clock::system(), parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_clock(clock)
{
    if (!m_bus.isConnected()) {
        qCWarning(lcNotify) << "no session bus: alerts will use the tray balloon";
        m_capsState = CapsState::Known;
        return;
    }
    // Ids die with the server that issued them; a new server may offer other capabilities.
    m_serverWatcher =
        new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serverWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &oldOwner, const QString &newOwner) {
                onServerOwnerChanged(oldOwner, newOwner);
            });
    // Broadcast signals: filtered by our own ids in the slots.
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    queryCapabilities();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void DesktopNotifier::setMinimumSeverity(Severity severity)
{
    m_minimumSeverity = severity;
}

void DesktopNotifier::setPausedUntil(qint64 untilMs)
{
    m_pausedUntilMs = untilMs;
    if (isPaused())
        qCInfo(lcNotify) << "notifications paused until"
                         << QDateTime::fromMSecsSinceEpoch(untilMs).toString(Qt::ISODate);
}

bool DesktopNotifier::isPaused() const
{
    return m_clock.nowMs() < m_pausedUntilMs;
}

quint32 DesktopNotifier::notificationId(const QString &fingerprint) const
{
    const auto it = m_slots.constFind(fingerprint);
    return it == m_slots.cend() ? 0 : it->id;
}

bool DesktopNotifier::notify(const AlertEvent &event)
{
    if (!event.notify || !m_enabled || isPaused())
        return false;
    if (!isFiringKind(event.kind) && event.kind != AlertEventKind::Resolved)
        return false;
    const auto it = m_slots.constFind(event.fingerprint);
    const bool hasPopup = it != m_slots.cend() && (it->id != 0 || it->inFlight);
    // Below the minimum, only keep an existing popup truthful (e.g. critical -> warning).
    if (eventSeverity(event) < m_minimumSeverity && !hasPopup)
        return false;

    Slot &slot = m_slots[event.fingerprint];
    if (slot.next)
        qCDebug(lcNotify) << "superseding an unsent event for" << event.fingerprint;
    slot.next = event;
    slot.queuedSeq = ++m_seq;
    if (!m_bus.isConnected()) {
        sendNext(event.fingerprint); // falls back at once
    } else if (m_capsState == CapsState::Known) {
        if (!slot.inFlight)
            sendNext(event.fingerprint);
    } else {
        queryCapabilities(); // sent when the answer arrives
    }
    return true;
}

void DesktopNotifier::queryCapabilities()
{
    if (m_capsState == CapsState::Querying || !m_bus.isConnected())
        return;
    m_capsState = CapsState::Querying;
    const quint64 query = ++m_capsQuery;
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                             QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, query](QDBusPendingCallWatcher *w) { onCapabilitiesReply(w, query); });
}

void DesktopNotifier::onCapabilitiesReply(QDBusPendingCallWatcher *watcher, quint64 query)
{
    watcher->deleteLater();
    if (query != m_capsQuery)
        return;
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (reply.isError()) {
        // No server (yet): Notify will fail too and fall back; asked again when one appears.
        qCInfo(lcNotify) << "no notification server:" << reply.error().message();
        m_capabilities.clear();
    } else {
        m_capabilities = reply.value();
        qCInfo(lcNotify) << "notification server capabilities:" << m_capabilities;
    }
    m_capsState = CapsState::Known;
    Q_EMIT capabilitiesChanged();
    // Oldest first, so popups of different alerts appear in the order their events came.
    QList<std::pair<quint64, QString>> waiting;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->next && !it->inFlight)
            waiting.append({it->queuedSeq, it.key()});
    }
    std::sort(waiting.begin(), waiting.end());
    for (const auto &entry : std::as_const(waiting))
        sendNext(entry.second);
}

void DesktopNotifier::onServerOwnerChanged(const QString &oldOwner, const QString &newOwner)
{
    qCInfo(lcNotify) << "notification server changed from" << oldOwner << "to" << newOwner;
    if (!oldOwner.isEmpty())
        forgetIds();
    if (!newOwner.isEmpty()) {
        m_capsState = CapsState::Unknown;
        queryCapabilities();
    }
}

void DesktopNotifier::forgetIds()
{
    ++m_generation;
    m_fingerprints.clear();
    for (Slot &slot : m_slots)
        slot.id = 0;
    const QStringList fingerprints = m_slots.keys();
    for (const QString &fingerprint : fingerprints)
        dropIfIdle(fingerprint);
}

void DesktopNotifier::dropIfIdle(const QString &fingerprint)
{
    const auto it = m_slots.find(fingerprint);
    if (it != m_slots.end() && it->id == 0 && !it->inFlight && !it->next)
        m_slots.erase(it);
}

void DesktopNotifier::sendNext(const QString &fingerprint)
{
    const auto it = m_slots.find(fingerprint);
    if (it == m_slots.end() || !it->next || it->inFlight)
        return;
    const AlertEvent event = *it->next;
    it->next.reset();

    if (!m_bus.isConnected()) {
        dropIfIdle(fingerprint);
        Q_EMIT fallbackRequested(title(event), body(event), eventSeverity(event));
        return;
    }

    const bool resolved = event.kind == AlertEventKind::Resolved;
    const Severity severity = eventSeverity(event);
    const uchar urgency = resolved ? 0 : severity == Severity::Critical ? 2 : 1;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgency));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(VIGIL_APP_ID));
    hints.insert(QStringLiteral("category"), QStringLiteral("device"));
    QStringList actions;
    if (m_capabilities.contains(QStringLiteral("actions")))
        actions << QStringLiteral("default") << tr("Show");
    // We never send markup; a server that parses it must not misread '<' or '&'.
    const QString text = m_capabilities.contains(QStringLiteral("body-markup"))
                             ? body(event).toHtmlEscaped()
                             : body(event);
    // Critical stays until dismissed; everything else uses the server's default timeout.
    const qint32 expireMs = !resolved && severity == Severity::Critical ? 0 : -1;

    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Vigil") << it->id << QStringLiteral(VIGIL_APP_ID) << title(event)
         << text << actions << hints << expireMs;
    it->inFlight = true;
    const quint64 generation = m_generation;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, fingerprint, generation, event](QDBusPendingCallWatcher *w) {
                onNotifyReply(w, fingerprint, generation, event);
            });
}

void DesktopNotifier::onNotifyReply(QDBusPendingCallWatcher *watcher, const QString &fingerprint,
                                    quint64 generation, const AlertEvent &event)
{
    watcher->deleteLater();
    Slot &slot = m_slots[fingerprint];
    slot.inFlight = false;
    const QDBusPendingReply<quint32> reply = *watcher;
    if (reply.isError()) {
        qCWarning(lcNotify) << "Notify failed, using the tray:" << reply.error().name()
                            << reply.error().message();
        Q_EMIT fallbackRequested(title(event), body(event), eventSeverity(event));
    } else if (generation == m_generation) {
        const quint32 id = reply.value();
        if (slot.id != 0 && slot.id != id)
            m_fingerprints.remove(slot.id);
        slot.id = id;
        m_fingerprints.insert(id, fingerprint);
    }
    // A server restart while the call was out: wait for its capabilities before sending more.
    if (m_capsState == CapsState::Known)
        sendNext(fingerprint);
    dropIfIdle(fingerprint);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_fingerprints.constFind(id);
    if (it == m_fingerprints.cend())
        return; // another application's notification
    if (actionKey == QLatin1String("default"))
        Q_EMIT alertActivated(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    const auto it = m_fingerprints.find(id);
    if (it == m_fingerprints.end())
        return;
    const QString fingerprint = *it;
    m_fingerprints.erase(it);
    qCDebug(lcNotify) << "notification" << id << "closed, reason" << reason;
    const auto slot = m_slots.find(fingerprint);
    if (slot != m_slots.end() && slot->id == id)
        slot->id = 0;
    dropIfIdle(fingerprint);
}

QString DesktopNotifier::title(const AlertEvent &event)
{
    const QString rule = event.rule;
    switch (event.kind) {
    case AlertEventKind::Resolved:
        return tr("Resolved: %1").arg(rule);
    case AlertEventKind::Escalated:
    case AlertEventKind::Deescalated:
        if (event.fromSeverity == event.toSeverity)
            break;
        return tr("[FIRING] %1 (%2, was %3)")
            .arg(rule, AlertText::severityWord(event.toSeverity),
                 AlertText::severityWord(event.fromSeverity));
    default:
        break;
    }
    return tr("[FIRING] %1 (%2)").arg(rule, AlertText::severityWord(event.toSeverity));
}

QString DesktopNotifier::body(const AlertEvent &event)
{
    QString headline = event.summary;
    if (headline.isEmpty()) {
        // Labels tell instances of one rule apart (one per filesystem, ...).
        QStringList labels;
        for (const Label &label : event.labels) {
            if (label.first != QLatin1String("alertname"))
                labels << label.first + u'=' + label.second;
        }
        headline =
            labels.isEmpty() ? event.rule : event.rule + u' ' + labels.join(QLatin1String(", "));
    }
    const qint64 since = event.firingSinceMs > 0 ? event.firingSinceMs : event.timeMs;
    const QString value = plainNumber(event.value);
    QString detail;
    if (event.kind == AlertEventKind::Resolved) {
        const double seconds = double(std::max<qint64>(event.timeMs - since, 0)) / 1000.0;
        detail = tr("Value %1, resolved after %2 (firing since %3)")
                     .arg(value, formatValue(seconds, Unit::Seconds), clockTime(since));
    } else {
        detail = tr("Value %1 (threshold %2), firing since %3")
                     .arg(value, plainNumber(event.threshold), clockTime(since));
        if (event.kind == AlertEventKind::Repeat)
            detail = tr("Still firing. %1").arg(detail);
    }
    return headline + u'\n' + detail;
}

} // namespace vigil
