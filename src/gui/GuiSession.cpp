#include "GuiSession.h"

#include "MainWindow.h"
#include "TrayController.h"
#include "engine/Engine.h"
#include "util/Clock.h"

#include <QApplication>

namespace vigil {

GuiSession::GuiSession(const Config &config, const QString &root, const QString &configError)
    : m_state(UiState::load())
    , m_engine(std::make_unique<Engine>(config, root, Clock::system()))
    , m_window(std::make_unique<MainWindow>(*m_engine))
    , m_tray(std::make_unique<TrayController>())
{
    QGuiApplication::setDesktopFileName(QStringLiteral(VIGIL_APP_ID));
    if (!m_state.geometry.isEmpty())
        m_window->restoreGeometry(m_state.geometry);
    m_window->setTimeWindow(m_state.timeWindowMs);
    m_window->setPerCoreCpu(m_state.perCoreCpu);
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
    m_window->setHideOnClose(available);
    QApplication::setQuitOnLastWindowClosed(!available);
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
    m_state.save();
    m_engine->stop();
}

} // namespace vigil
