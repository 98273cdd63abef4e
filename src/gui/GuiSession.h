#pragma once

#include "UiState.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace vigil {

class DesktopNotifier;
class Engine;
class MainWindow;
class SettingsDialog;
class TrayController;
struct Config;

// One run of the desktop app: engine, main window and tray, wired together.
class GuiSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiSession)

public:
    // configError non-empty: the configuration at configPath was unusable; it is shown in a
    // banner, and saving settings first moves the broken file aside.
    GuiSession(const Config &config, const QString &root, const QString &configPath,
               const QString &configError, const QString &dataDir = {});
    ~GuiSession() override;

    void start(bool minimized);
    // Quits the application. Every quit request goes through here: Qt 6 asks visible windows
    // to close before quitting, and the main window refuses while it hides to the tray.
    void quit();
    void shutdown();

    MainWindow *window() const { return m_window.get(); }
    TrayController *tray() const { return m_tray.get(); }
    Engine *engine() const { return m_engine.get(); }

private:
    void toggleWindow();
    void onIconCreated(bool available);
    void onHiddenOnClose();
    void openSettings();
    void applyNotificationSettings();
    void connectAlerts();
    void connectChecks();
    void connectDeliveries();
    void connectProcesses();
    void openChecksSettings(const QString &check, bool addCheck);
    void openNewProcessCheck(const QString &processName);
    void showAlert(const QString &fingerprint);

    UiState m_state;
    QString m_startLanguage; // what main() installed; m_state.language is for the next start
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QPointer<SettingsDialog> m_settings;
    QString m_configPath;
    bool m_configBroken = false;
    quint64 m_nextQuery = 1;
    quint64 m_historyQuery = 0;
    quint64 m_alertHistoryQuery = 0;
    QString m_alertHistoryFingerprint;
    bool m_startMinimized = false;
    bool m_shutDown = false;
};

} // namespace vigil
