#pragma once

#include "alerts/AlertTypes.h"
#include "engine/Health.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace vigil {

class Clock;

// Shows alert events as freedesktop notifications (org.freedesktop.Notifications over QtDBus,
// INTEROP §7.3). One alert keeps one popup up to date through replaces_id. Every bus call is
// asynchronous; per alert at most one Notify is in flight, and a newer event replaces an unsent
// older one, so a slow server delays popups but never loses the latest state.
// Without a server (an error reply), fallbackRequested() asks for a tray balloon instead.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &bus, const Clock &clock, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows the event if it passes the filters: kind Firing, Escalated, Deescalated, Repeat or
    // Resolved; event.notify set; enabled; not paused; severity >= the minimum (an alert that
    // already has a popup always gets its updates). Returns whether it was accepted.
    bool notify(const vigil::AlertEvent &event);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    Severity minimumSeverity() const { return m_minimumSeverity; }
    void setMinimumSeverity(Severity severity);
    // Events before untilMs (wall clock) are dropped, not queued. 0 or a past time: not paused.
    qint64 pausedUntil() const { return m_pausedUntilMs; }
    void setPausedUntil(qint64 untilMs);
    bool isPaused() const;

    // The server's GetCapabilities answer, once known (empty when there is no server).
    bool capabilitiesKnown() const { return m_capsState == CapsState::Known; }
    QStringList capabilities() const { return m_capabilities; }
    // The notification id currently shown for an alert, 0 if none.
    quint32 notificationId(const QString &fingerprint) const;

    // Rendering, public for tests and for the tray balloon fallback.
    static QString title(const AlertEvent &event);
    static QString body(const AlertEvent &event);

Q_SIGNALS:
    // The user clicked the notification of this alert.
    void alertActivated(const QString &fingerprint);
    // No notification server: show this in a tray balloon instead.
    void fallbackRequested(const QString &title, const QString &body, vigil::Severity severity);
    void capabilitiesChanged();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    enum class CapsState { Unknown, Querying, Known };
    struct Slot
    {
        quint32 id = 0; // last id the server returned for this alert
        bool inFlight = false;
        std::optional<AlertEvent> next; // newest event not sent yet
        quint64 queuedSeq = 0;          // when `next` arrived, to send in arrival order
    };

    void queryCapabilities();
    void onCapabilitiesReply(QDBusPendingCallWatcher *watcher, quint64 query);
    void onServerOwnerChanged(const QString &oldOwner, const QString &newOwner);
    void sendNext(const QString &fingerprint);
    void onNotifyReply(QDBusPendingCallWatcher *watcher, const QString &fingerprint,
                       quint64 generation, const AlertEvent &event);
    void forgetIds();
    void dropIfIdle(const QString &fingerprint);

    QDBusConnection m_bus;
    const Clock &m_clock;
    QDBusServiceWatcher *m_serverWatcher = nullptr;
    bool m_enabled = true;
    Severity m_minimumSeverity = Severity::Warning;
    qint64 m_pausedUntilMs = 0;
    CapsState m_capsState = CapsState::Unknown;
    QStringList m_capabilities;
    quint64 m_capsQuery = 0;  // ignores answers to superseded queries
    quint64 m_generation = 0; // bumped when the server goes away: its ids are void
    quint64 m_seq = 0;
    QHash<QString, Slot> m_slots;           // by alert fingerprint
    QHash<quint32, QString> m_fingerprints; // by notification id
};

} // namespace vigil
