#include "TrayController.h"

#include "StatusIcon.h"
#include "alerts/AlertText.h"
#include "series/Unit.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

namespace vigil {

namespace {

constexpr qint64 kPauseMs = 3600 * 1000;

QString clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

TrayController::TrayController(QObject *parent)
    : TrayController(Clock::system(), parent)
{}

TrayController::TrayController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TrayController::probe);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, &TrayController::onPauseTimer);

    m_menu = new QMenu;
    m_toggleAction =
        m_menu->addAction(tr("&Hide Vigil"), this, &TrayController::toggleWindowRequested);
    m_menu->addAction(tr("Show &alerts"), this, &TrayController::showAlertsRequested);
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(QString(), this, &TrayController::onPauseTriggered);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    refresh();
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
    m_icon = new QSystemTrayIcon(statusIcon(status()));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT toggleWindowRequested();
    });
    refresh();
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
    refresh();
}

void TrayController::setAlertSummary(int critical, int warning, int silenced,
                                     const QString &headline)
{
    m_hasAlertSummary = true;
    m_critical = critical;
    m_warning = warning;
    m_silenced = silenced;
    m_alertHeadline = headline;
    refresh();
}

void TrayController::setAlerts(const QList<Alert> &alerts)
{
    int critical = 0;
    int warning = 0;
    int silenced = 0;
    const Alert *worst = nullptr;
    for (const Alert &alert : alerts) {
        if (alert.state != AlertState::Firing)
            continue;
        if (!alert.silencedBy.isEmpty()) {
            ++silenced;
            continue;
        }
        ++(alert.severity == Severity::Critical ? critical : warning);
        if (!worst || (alert.severity == Severity::Critical && worst->severity != alert.severity))
            worst = &alert;
    }
    QString headline;
    if (worst) {
        headline = worst->summary.isEmpty()
                       ? worst->rule + QLatin1String(": ") + formatValue(worst->value, Unit::None)
                       : worst->summary;
    }
    setAlertSummary(critical, warning, silenced, headline);
}

Severity TrayController::status() const
{
    if (m_hasAlertSummary && m_critical > 0)
        return Severity::Critical;
    if (m_hasAlertSummary && m_warning > 0)
        return Severity::Warning;
    return m_health.status;
}

bool TrayController::isPaused() const
{
    return m_clock.nowMs() < m_pausedUntilMs;
}

void TrayController::setPausedUntil(qint64 untilMs)
{
    m_pausedUntilMs = untilMs;
    m_pauseTimer.stop();
    if (isPaused())
        m_pauseTimer.start(int(std::min<qint64>(untilMs - m_clock.nowMs(), kPauseMs)));
    refresh();
}

void TrayController::onPauseTriggered()
{
    const qint64 until = isPaused() ? 0 : m_clock.nowMs() + kPauseMs;
    setPausedUntil(until);
    Q_EMIT pauseRequested(until);
}

void TrayController::onPauseTimer()
{
    // Re-checked against the wall clock: a suspend may have moved it past or before the end.
    setPausedUntil(m_pausedUntilMs);
}

void TrayController::refresh()
{
    m_pauseAction->setText(
        isPaused() ? tr("Resume notifications (paused until %1)").arg(clockTime(m_pausedUntilMs))
                   : tr("Pause notifications for 1 hour"));
    if (!m_icon)
        return;
    m_icon->setIcon(statusIcon(status()));
    m_icon->setToolTip(toolTip());
}

QString TrayController::toolTip() const
{
    QStringList lines{tr("Vigil: %1").arg(AlertText::severityWord(status()))};
    QStringList counts;
    if (m_critical > 0)
        counts << tr("%n critical", "alerts", m_critical);
    if (m_warning > 0)
        counts << tr("%n warning", "alerts", m_warning);
    if (m_silenced > 0)
        counts << tr("%n silenced", "alerts", m_silenced);
    if (m_hasAlertSummary && !counts.isEmpty())
        lines << counts.join(QLatin1String(", "));
    const bool alerting = m_hasAlertSummary && (m_critical > 0 || m_warning > 0);
    lines << (alerting && !m_alertHeadline.isEmpty() ? m_alertHeadline : m_health.headline());
    if (isPaused())
        lines << tr("Notifications paused until %1").arg(clockTime(m_pausedUntilMs));
    return lines.join(u'\n');
}

void TrayController::setWindowShown(bool shown)
{
    m_toggleAction->setText(shown ? tr("&Hide Vigil") : tr("&Show Vigil"));
}

void TrayController::showMessage(const QString &title, const QString &body)
{
    showMessage(title, body, status());
}

void TrayController::showMessage(const QString &title, const QString &body, Severity severity)
{
    if (m_icon)
        m_icon->showMessage(title, body, statusIcon(severity), 8000);
}

} // namespace vigil
