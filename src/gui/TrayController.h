#pragma once

#include "engine/Health.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace vigil {

// Owns the tray icon and its menu. Qt 6.4 chooses the tray backend (StatusNotifierItem over
// D-Bus, else XEmbed) once per process, when the first QSystemTrayIcon is made (QTBUG-94871):
// created before the panel's SNI host is up, the icon stays on XEmbed, invisible on SNI-only
// panels. So before touching QSystemTrayIcon we ask the SNI watcher ourselves, asynchronously,
// and retry for a while; then create the icon whatever the answer.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Starts waiting for a tray host (at most attempts x intervalMs) and then creates the icon.
    void start(int attempts = 15, int intervalMs = 1000);
    bool hasIcon() const { return m_icon != nullptr; }
    // True when an icon exists and a tray host can show it.
    bool isAvailable() const;
    void setHealth(const HealthReport &health);
    void setWindowShown(bool shown);
    void showMessage(const QString &title, const QString &body);
    QString toolTip() const;

Q_SIGNALS:
    void iconCreated(bool available);
    void toggleWindowRequested();
    void quitRequested();

private:
    void probe();
    void createIcon(const char *reason);

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QTimer m_retry;
    int m_attemptsLeft = 0;
    HealthReport m_health;
};

} // namespace vigil
