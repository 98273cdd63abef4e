#include "DesktopIntegration.h"

#include "AboutDialog.h"
#include "GuiSession.h"
#include "MainWindow.h"
#include "TrayController.h"
#include "WelcomeDialog.h"
#include "config/ConfigFile.h"
#include "desktop/AutostartEntry.h"
#include "engine/Engine.h"
#include "storage/AlertStore.h"
#include "util/Logging.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent>

namespace vigil {

namespace {
const QString kWelcomeKey = QStringLiteral("welcome/dismissed");
}

DesktopIntegration::DesktopIntegration(GuiSession &session, const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
    // Read once at start-up, written once at exit (like UiState): no file I/O in between.
    m_welcomeDismissed = QSettings().value(kWelcomeKey, false).toBool();
    if (m_options.instance) {
        m_options.instance->setConfigPath(m_options.configPath);
        connect(m_options.instance, &SingleInstance::requestReceived, this,
                &DesktopIntegration::onInstanceRequest);
    }
    connect(session.window(), &MainWindow::aboutRequested, this, &DesktopIntegration::showAbout);
}

DesktopIntegration::~DesktopIntegration() = default;

WelcomeDialog *DesktopIntegration::welcomeDialog() const
{
    return m_welcome;
}

AboutDialog *DesktopIntegration::aboutDialog() const
{
    return m_about;
}

void DesktopIntegration::start(bool minimized)
{
    if (m_options.configMissing)
        writeDefaultConfig();
    if (m_welcomeDismissed) {
        qCInfo(lcApp) << "the welcome was dismissed in an earlier run; not showing it";
        return;
    }
    if (!minimized) {
        showWelcome();
        return;
    }
    connect(m_session.window(), &MainWindow::visibilityChanged, this, [this](bool shown) {
        if (shown && !m_welcomeOffered)
            showWelcome();
    });
}

void DesktopIntegration::shutdown()
{
    if (!m_welcomeOffered)
        return;
    // Quitting with the welcome still open counts like closing it.
    if (m_welcome)
        m_welcomeDismissed = m_welcome->dontShowAgain();
    QSettings().setValue(kWelcomeKey, m_welcomeDismissed);
}

void DesktopIntegration::onInstanceRequest(const InstanceRequest &request)
{
    if (!request.showWindow)
        return; // --minimized: the user asked for nothing visible
    MainWindow *window = m_session.window();
    window->showNormal();
    window->raise();
    window->activateWindow();
    qCInfo(lcApp) << "single instance: window raised for pid" << request.pid;
}

// First run: the defaults become a file the user can read and edit. Written on the thread pool
// (atomic, mode 0600), and only if nothing appeared there meanwhile.
void DesktopIntegration::writeDefaultConfig()
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            qCInfo(lcConfig).noquote()
                << "first run: wrote the default configuration to" << m_options.configPath;
        } else {
            qCWarning(lcConfig).noquote() << "first run:" << error;
            m_session.window()->showNotice(
                tr("Could not create the default configuration: %1").arg(error), true);
        }
        Q_EMIT defaultConfigWritten(error.isEmpty(), error);
    });
    watcher->setFuture(QtConcurrent::run([config = m_options.config, path = m_options.configPath] {
        if (QFile::exists(path))
            return QString();
        QString error;
        return ConfigFile::save(config, path, &error) ? QString() : error;
    }));
}

void DesktopIntegration::showWelcome()
{
    m_welcomeOffered = true;
    WelcomeInfo info;
    info.configPath = m_options.configPath;
    info.configCreated = m_options.configMissing;
    info.dataDir = dataDir();
    for (const AlertRule &rule : m_session.engine()->config().rules) {
        if (rule.enabled)
            info.rules.append(rule.name);
    }
    TrayController *tray = m_session.tray();
    info.trayAvailable = !tray->hasIcon() || tray->isAvailable(); // unknown yet: say the usual
    m_welcome = new WelcomeDialog(info, m_session.window());
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(tray, &TrayController::iconCreated, m_welcome, &WelcomeDialog::setTrayAvailable);
    connect(m_welcome, &QDialog::finished, this, [this] {
        if (m_welcome)
            m_welcomeDismissed = m_welcome->dontShowAgain();
    });
    m_welcome->show(); // not modal: the window stays usable behind it
    qCInfo(lcApp) << "showing the welcome dialog";
}

QString DesktopIntegration::dataDir() const
{
    return m_options.dataDir.isEmpty() ? AlertStore::defaultDataDir() : m_options.dataDir;
}

void DesktopIntegration::showAbout()
{
    if (m_about) {
        m_about->raise();
        m_about->activateWindow();
        return;
    }
    AboutInfo info;
    info.configPath = m_options.configPath;
    info.dataDir = dataDir();
    info.autostartPath = AutostartEntry::userPath();
    info.instanceSocket = m_options.instance ? m_options.instance->socketPath() : QString();
    info.trayAvailable = m_session.tray()->isAvailable();
    m_about = new AboutDialog(info, BuildInfo::current(), m_session.window());
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    m_about->show();
}

} // namespace vigil
