#pragma once

#include "alerts/AlertTypes.h"
#include "engine/Health.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace vigil {

class Clock;

// Owns the tray icon and its menu. Qt 6.4 chooses the tray backend (StatusNotifierItem over
// D-Bus, else XEmbed) once per process, when the first QSystemTrayIcon is made (QTBUG-94871):
// created before the panel's SNI host is up, the icon stays on XEmbed, invisible on SNI-only
// panels. So before touching QSystemTrayIcon we ask the SNI watcher ourselves, asynchronously,
// and retry for a while; then create the icon whatever the answer. The menu exists from the
// start, so its state is right whenever the icon appears.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(QObject *parent = nullptr);
    explicit TrayController(const Clock &clock, QObject *parent = nullptr);
    ~TrayController() override;

    // Starts waiting for a tray host (at most attempts x intervalMs) and then creates the icon.
    void start(int attempts = 15, int intervalMs = 1000);
    bool hasIcon() const { return m_icon != nullptr; }
    // True when an icon exists and a tray host can show it.
    bool isAvailable() const;
    void setHealth(const HealthReport &health);
    // Active alerts: the icon takes the worst non-silenced severity, the tooltip the counts.
    // headline empty: the worst alert's text is not known, the health headline is shown.
    void setAlertSummary(int critical, int warning, int silenced, const QString &headline = {});
    // The same from the engine's alert list (firing alerts count; pending ones do not).
    void setAlerts(const QList<Alert> &alerts);
    // Shows the notification pause (wall-clock ms; 0 or past: not paused); expires by itself.
    void setPausedUntil(qint64 untilMs);
    qint64 pausedUntil() const { return m_pausedUntilMs; }
    bool isPaused() const;
    void setWindowShown(bool shown);
    void showMessage(const QString &title, const QString &body);
    // A balloon for an alert (the fallback when no notification server exists).
    void showMessage(const QString &title, const QString &body, Severity severity);
    // Severity shown by the icon colour.
    Severity status() const;
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void iconCreated(bool available);
    void toggleWindowRequested();
    void showAlertsRequested();
    // From the menu: pause until untilMs, or 0 to resume. Already applied to the menu.
    void pauseRequested(qint64 untilMs);
    void quitRequested();

private:
    void probe();
    void createIcon(const char *reason);
    void refresh();
    void onPauseTriggered();
    void onPauseTimer();

    const Clock &m_clock;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QTimer m_retry;
    QTimer m_pauseTimer;
    int m_attemptsLeft = 0;
    HealthReport m_health;
    bool m_hasAlertSummary = false;
    int m_critical = 0;
    int m_warning = 0;
    int m_silenced = 0;
    QString m_alertHeadline;
    qint64 m_pausedUntilMs = 0;
};

} // namespace vigil
