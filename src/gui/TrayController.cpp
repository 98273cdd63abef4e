#include "TrayController.h"

#include "StatusIcon.h"
#include "util/Logging.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMenu>
#include <QSystemTrayIcon>

namespace vigil {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TrayController::probe);
}

TrayController::~TrayController()
{
    delete m_icon;
    delete m_menu;
}

void TrayController::start(int attempts, int intervalMs)
{
    m_attemptsLeft = attempts;
    m_retry.setInterval(intervalMs);
    probe();
}

void TrayController::probe()
{
    if (m_icon)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        createIcon("no session bus");
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.kde.StatusNotifierWatcher")
         << QStringLiteral("IsStatusNotifierHostRegistered");
    // Asynchronous: the GUI thread never waits on the bus.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (!reply.isError() && reply.value().variant().toBool()) {
            createIcon("StatusNotifier host registered");
        } else if (--m_attemptsLeft > 0) {
            m_retry.start();
        } else {
            createIcon("no StatusNotifier host appeared; using what Qt finds");
        }
    });
}

void TrayController::createIcon(const char *reason)
{
    m_retry.stop();
    m_menu = new QMenu;
    m_toggleAction =
        m_menu->addAction(tr("&Hide Vigil"), this, &TrayController::toggleWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);

    m_icon = new QSystemTrayIcon(statusIcon(m_health.status));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT toggleWindowRequested();
    });
    setHealth(m_health);
    m_icon->show();
    const bool available = isAvailable();
    qCInfo(lcApp) << "tray icon created:" << reason << "- tray available:" << available;
    Q_EMIT iconCreated(available);
}

bool TrayController::isAvailable() const
{
    return m_icon && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::setHealth(const HealthReport &health)
{
    m_health = health;
    if (!m_icon)
        return;
    m_icon->setIcon(statusIcon(health.status));
    m_icon->setToolTip(toolTip());
}

QString TrayController::toolTip() const
{
    return tr("Vigil: %1\n%2").arg(severityName(m_health.status), m_health.headline());
}

void TrayController::setWindowShown(bool shown)
{
    if (m_toggleAction)
        m_toggleAction->setText(shown ? tr("&Hide Vigil") : tr("&Show Vigil"));
}

void TrayController::showMessage(const QString &title, const QString &body)
{
    if (m_icon)
        m_icon->showMessage(title, body, statusIcon(m_health.status), 8000);
}

} // namespace vigil
