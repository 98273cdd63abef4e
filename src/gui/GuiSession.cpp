#include "GuiSession.h"

#include "Dashboard.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "TrayController.h"
#include "alerts/AlertsView.h"
#include "alerts/HistoryView.h"
#include "checks/CheckModel.h"
#include "checks/ChecksView.h"
#include "engine/Engine.h"
#include "notify/DeliveriesView.h"
#include "processes/ProcessesView.h"
#include "settings/ChecksSettingsPage.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/LanguageChooser.h"
#include "settings/NotificationsSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QApplication>
#include <QRegularExpression>

namespace vigil {

GuiSession::GuiSession(const Config &config, const QString &root, const QString &configPath,
                       const QString &configError, const QString &dataDir)
    : m_state(UiState::load())
    , m_startLanguage(m_state.language)
    , m_engine(std::make_unique<Engine>(config, root, Clock::system()))
    , m_window(std::make_unique<MainWindow>(*m_engine))
    , m_tray(std::make_unique<TrayController>())
    , m_notifier(std::make_unique<DesktopNotifier>())
    , m_configPath(configPath)
    , m_configBroken(!configError.isEmpty())
{
    m_engine->setDataDir(dataDir);
    QGuiApplication::setDesktopFileName(QStringLiteral(VIGIL_APP_ID));
    if (!m_state.geometry.isEmpty())
        m_window->restoreGeometry(m_state.geometry);
    m_window->setTimeWindow(m_state.timeWindowMs);
    m_window->setPerCoreCpu(m_state.perCoreCpu);
    const ColorScheme scheme = colorSchemeFromKey(m_state.colorScheme);
    if (scheme != ColorScheme::System)
        applyColorScheme(scheme);
    m_window->setColorScheme(scheme);
    connect(m_window.get(), &MainWindow::colorSchemeChosen, this, [this](ColorScheme chosen) {
        applyColorScheme(chosen);
        m_state.colorScheme = colorSchemeKey(chosen);
    });
    m_window->dashboard()->setIgnoreOutliers(m_state.ignoreOutliers);
    if (!configError.isEmpty())
        m_window->showConfigError(configError);

    connect(m_engine.get(), &Engine::healthChanged, m_tray.get(), &TrayController::setHealth);
    connect(m_tray.get(), &TrayController::toggleWindowRequested, this, &GuiSession::toggleWindow);
    connect(m_tray.get(), &TrayController::quitRequested, this, &GuiSession::quit);
    connect(m_tray.get(), &TrayController::iconCreated, this, &GuiSession::onIconCreated);
    connect(m_window.get(), &MainWindow::quitRequested, this, &GuiSession::quit);
    connect(m_window.get(), &MainWindow::hiddenOnClose, this, &GuiSession::onHiddenOnClose);
    connect(m_window.get(), &MainWindow::visibilityChanged, m_tray.get(),
            &TrayController::setWindowShown);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &GuiSession::openSettings);
    connectAlerts();
    connectChecks();
    connectDeliveries();
    connectProcesses();
    applyNotificationSettings();
}

void GuiSession::connectAlerts()
{
    Engine *engine = m_engine.get();
    AlertsView *alerts = m_window->alertsView();
    HistoryView *history = m_window->historyView();
    alerts->setRules(engine->config().rules);
    history->setRules(engine->config().rules);

    connect(engine, &Engine::alertsChanged, this, [this, alerts](const QList<Alert> &list) {
        alerts->setAlerts(list, m_engine->store().lastTimeMs());
        m_tray->setAlerts(list);
        int firing = 0;
        for (const Alert &a : list)
            firing += a.state == AlertState::Firing ? 1 : 0;
        m_window->setAlertCount(firing);
    });
    // Countdowns of pending alerts move with the samples.
    connect(engine, &Engine::batchIngested, alerts,
            [alerts](const SampleBatch &b) { alerts->tick(b.timeMs); });
    connect(engine, &Engine::alertEventsRecorded, this,
            [this, history](const QList<AlertEvent> &events) {
                for (const AlertEvent &e : events)
                    m_notifier->notify(e);
                history->appendEvents(events);
            });
    connect(alerts, &AlertsView::acknowledgeRequested, engine, &Engine::acknowledge);
    connect(alerts, &AlertsView::silenceRequested, engine, &Engine::addSilence);
    connect(alerts, &AlertsView::showAlertRequested, this, [this](const QString &fingerprint) {
        EventQuery q;
        q.limit = 500;
        m_alertHistoryQuery = m_nextQuery++;
        m_alertHistoryFingerprint = fingerprint;
        m_engine->queryEvents(m_alertHistoryQuery, q);
    });
    connect(history, &HistoryView::queryRequested, this, [this](const EventQuery &q) {
        m_historyQuery = m_nextQuery++;
        m_engine->queryEvents(m_historyQuery, q);
    });
    connect(engine, &Engine::eventsReady, this,
            [this](quint64 id, const QList<AlertEvent> &events) {
                if (id == m_historyQuery) {
                    m_window->historyView()->setEvents(events);
                } else if (id == m_alertHistoryQuery) {
                    // The query narrows by time; this keeps the one alert's events.
                    QList<AlertEvent> mine;
                    for (const AlertEvent &e : events) {
                        if (e.fingerprint == m_alertHistoryFingerprint)
                            mine.append(e);
                    }
                    m_window->alertsView()->setAlertHistory(m_alertHistoryFingerprint, mine);
                }
            });
    connect(engine, &Engine::storageMessage, m_window.get(), &MainWindow::showNotice);
    connect(engine, &Engine::configApplied, this, [this, alerts, history](const Config &c) {
        alerts->setRules(c.rules);
        history->setRules(c.rules);
        applyNotificationSettings();
    });

    connect(m_tray.get(), &TrayController::pauseRequested, m_notifier.get(),
            &DesktopNotifier::setPausedUntil);
    connect(m_tray.get(), &TrayController::showAlertsRequested, this,
            [this] { showAlert(QString()); });
    connect(m_notifier.get(), &DesktopNotifier::alertActivated, this, &GuiSession::showAlert);
    connect(m_notifier.get(), &DesktopNotifier::fallbackRequested, this,
            [this](const QString &title, const QString &body, Severity severity) {
                m_tray->showMessage(title, body, severity);
            });
}

// Service checks: the Checks tab follows the engine; Run now goes to the engine, Edit and Add
// open the settings on the Checks page.
void GuiSession::connectChecks()
{
    Engine *engine = m_engine.get();
    ChecksView *view = m_window->checksView();
    CheckModel *model = view->model();
    model->setStates(engine->checkStates());
    connect(engine, &Engine::checkStatesReset, model, &CheckModel::setStates);
    connect(engine, &Engine::checkStateChanged, model, &CheckModel::updateState);
    connect(engine, &Engine::checkResult, model, &CheckModel::addResult);
    connect(view, &ChecksView::runNowRequested, engine, &Engine::runCheckNow);
    connect(view, &ChecksView::editRequested, this,
            [this](const QString &check) { openChecksSettings(check, false); });
    connect(view, &ChecksView::addRequested, this, [this] { openChecksSettings({}, true); });
}

// The Deliveries tab shows the outbox; Retry now and Discard go to the notify thread.
void GuiSession::connectDeliveries()
{
    Engine *engine = m_engine.get();
    DeliveriesView *view = m_window->deliveriesView();
    connect(engine, &Engine::deliveriesChanged, view, &DeliveriesView::setItems);
    connect(view, &DeliveriesView::refreshRequested, engine, &Engine::refreshDeliveries);
    connect(view, &DeliveriesView::retryRequested, engine, &Engine::retryDelivery);
    connect(view, &DeliveriesView::discardRequested, engine, &Engine::discardDelivery);
}

// The Processes tab: snapshots while it is shown, signals through the collector thread, and a
// process check made from a process in the normal settings flow.
void GuiSession::connectProcesses()
{
    Engine *engine = m_engine.get();
    ProcessesView *view = m_window->processesView();
    connect(view, &ProcessesView::processesWanted, engine, &Engine::setProcessesWanted);
    connect(engine, &Engine::processesUpdated, view, &ProcessesView::setSnapshot);
    connect(view, &ProcessesView::signalRequested, engine, &Engine::signalProcess);
    connect(engine, &Engine::processSignalFinished, view, &ProcessesView::showSignalResult);
    connect(view, &ProcessesView::createCheckRequested, this, &GuiSession::openNewProcessCheck);
}

void GuiSession::openNewProcessCheck(const QString &processName)
{
    openSettings();
    if (!m_settings)
        return;
    CheckSpec spec;
    spec.type = CheckType::Process;
    // A name that reads well as a label value (check="process-nginx").
    QString name = processName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    spec.name = QStringLiteral("process-") + name;
    spec.process.name = processName;
    m_settings->showPage(m_settings->checksPage());
    m_settings->checksPage()->addCheck(spec);
}

// Service checks: Settings → Checks, with the editor open on a check or on a new one.
void GuiSession::openChecksSettings(const QString &check, bool addCheck)
{
    openSettings();
    if (!m_settings)
        return;
    m_settings->showPage(m_settings->checksPage());
    if (!check.isEmpty())
        m_settings->checksPage()->editCheck(check);
    else if (addCheck)
        m_settings->checksPage()->addCheck();
}

void GuiSession::showAlert(const QString &fingerprint)
{
    m_window->showAlerts(fingerprint);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void GuiSession::applyNotificationSettings()
{
    const auto &desktop = m_engine->config().notifications.desktop;
    m_notifier->setEnabled(desktop.enabled);
    m_notifier->setMinimumSeverity(desktop.minSeverity);
}

void GuiSession::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    m_settings = new SettingsDialog(m_engine->config(), m_window.get());
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    m_settings->setKnownSeries(m_engine->store().seriesIds());
    // The language is UI state, kept in memory and written with the rest at exit.
    LanguageChooser *language = m_settings->generalPage()->languageChooser();
    language->setLanguage(m_startLanguage, m_state.language);
    connect(language, &LanguageChooser::languageChosen, this,
            [this](const QString &code) { m_state.language = code; });
    // Service checks: the check editor's Test runs one attempt in the engine's checks thread.
    connect(m_settings->checksPage(), &ChecksSettingsPage::testRequested, m_engine.get(),
            &Engine::testCheck);
    connect(m_engine.get(), &Engine::checkTestFinished, m_settings->checksPage(),
            &ChecksSettingsPage::showTestResult);
    connect(m_settings->notificationsPage(), &NotificationsSettingsPage::testRequested,
            m_engine.get(), &Engine::testChannel);
    connect(m_engine.get(), &Engine::channelTestFinished, m_settings->notificationsPage(),
            &NotificationsSettingsPage::showTestResult);
    // Direct connection: the dialog and the engine live in this thread.
    connect(m_settings, &SettingsDialog::configAccepted, this, [this](const Config &config) {
        m_engine->applyAndSaveConfig(config, m_configPath, m_configBroken);
    });
    connect(m_engine.get(), &Engine::configSaved, m_settings,
            [this](bool ok, const QString &, const QString &error) {
                if (ok)
                    m_configBroken = false; // the unreadable file was moved aside and replaced
                if (m_settings)
                    m_settings->showSaveResult(ok, error);
            });
    m_settings->open();
}

GuiSession::~GuiSession()
{
    shutdown();
}

void GuiSession::start(bool minimized)
{
    m_startMinimized = minimized;
    // Until a tray exists, closing the window quits: never strand the user without a window.
    QApplication::setQuitOnLastWindowClosed(true);
    m_engine->start();
    bool ok = false;
    const int waitSeconds = qEnvironmentVariableIntValue("VIGIL_TRAY_WAIT_SECONDS", &ok);
    m_tray->start(ok ? std::max(waitSeconds, 1) : 15);
    if (!minimized)
        m_window->show();
}

void GuiSession::quit()
{
    m_window->setHideOnClose(false);
    QCoreApplication::quit();
}

void GuiSession::onIconCreated(bool available)
{
    // A tray host may come or go later (XEmbed docks late): ask again at every close.
    m_window->setHideOnClose(true);
    m_window->setTrayCheck([tray = m_tray.get()] { return tray->isAvailable(); });
    QApplication::setQuitOnLastWindowClosed(false);
    if (m_startMinimized && !available)
        m_window->showMinimized(); // asked for the tray, but there is none
}

void GuiSession::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void GuiSession::onHiddenOnClose()
{
    if (m_state.trayHintShown)
        return;
    m_state.trayHintShown = true;
    m_tray->showMessage(tr("Vigil is still running"),
                        tr("Vigil keeps watching from the tray. Use Quit in its menu to stop it."));
}

void GuiSession::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_state.geometry = m_window->saveGeometry();
    m_state.timeWindowMs = m_window->timeWindow();
    m_state.perCoreCpu = m_window->perCoreCpu();
    m_state.ignoreOutliers = m_window->dashboard()->ignoresOutliers();
    m_state.save();
    m_engine->stop();
}

} // namespace vigil
