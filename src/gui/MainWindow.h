#pragma once

#include "appearance/Appearance.h"
#include "engine/Health.h"
#include "series/Sample.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace vigil {

class AlertsView;
class ChecksView;
class DeliveriesView;
class Dashboard;
class Engine;
class HistoryFeed;
class HistoryView;
class ProcessesView;
class LogView;

// Composes the dashboard, the error banner and the status bar, and connects them to the
// engine. Holds no monitoring logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showConfigError(const QString &message);
    // A notice in the banner (storage recovered or unavailable, ...); errors in red.
    void showNotice(const QString &message, bool isError);
    bool isBannerShown() const;
    QString bannerText() const;

    void setTimeWindow(qint64 ms);
    qint64 timeWindow() const;
    void setPerCoreCpu(bool perCore);
    bool perCoreCpu() const;
    // When true, closing the window hides it (the app lives on in the tray).
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }
    // Asked at each close, when hide-on-close is on: is there a tray to come back from right now?
    void setTrayCheck(std::function<bool()> trayAvailable)
    {
        m_trayAvailable = std::move(trayAvailable);
    }

    Dashboard *dashboard() const { return m_dashboard; }
    AlertsView *alertsView() const { return m_alertsView; }
    HistoryView *historyView() const { return m_historyView; }
    ChecksView *checksView() const { return m_checksView; }
    DeliveriesView *deliveriesView() const { return m_deliveriesView; }
    ProcessesView *processesView() const { return m_processesView; }
    // Brings the Processes tab forward.
    void showProcesses();
    LogView *logView() const { return m_logView; }
    HistoryFeed *historyFeed() const { return m_historyFeed; }
    // Brings the Alerts tab forward (and the given alert's details, when not empty).
    void showAlerts(const QString &fingerprint = {});
    void setAlertCount(int firing);
    // Ticks the View → Appearance entry; does not apply the scheme (colorSchemeChosen asks).
    void setColorScheme(ColorScheme scheme);
    QString statusText() const;
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void hiddenOnClose();
    void visibilityChanged(bool shown);
    void quitRequested();
    void settingsRequested();
    // Help → About Vigil (the dialog belongs to DesktopIntegration, which knows the paths).
    void aboutRequested();
    void colorSchemeChosen(vigil::ColorScheme scheme);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onBatch(const vigil::SampleBatch &batch);
    void onHealth(const vigil::HealthReport &health);
    void refresh();
    void styleBanner();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Engine &m_engine;
    Dashboard *m_dashboard = nullptr;
    AlertsView *m_alertsView = nullptr;
    HistoryView *m_historyView = nullptr;
    HistoryFeed *m_historyFeed = nullptr;
    ChecksView *m_checksView = nullptr;
    DeliveriesView *m_deliveriesView = nullptr;
    ProcessesView *m_processesView = nullptr;
    LogView *m_logView = nullptr;
    QLabel *m_statusDot = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    bool m_bannerIsError = true;
    bool m_hideOnClose = false;
    std::function<bool()> m_trayAvailable;
    int m_refreshCount = 0;
};

} // namespace vigil
