#pragma once

#include "config/Config.h"
#include "desktop/SingleInstance.h"

#include <QObject>
#include <QPointer>

namespace vigil {

class AboutDialog;
class GuiSession;
class WelcomeDialog;

// The desktop parts around a GuiSession: requests from later launches (single instance), the
// first run (default configuration written, welcome shown), and Help → About. GuiSession stays
// about the engine, the window and the tray.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    struct Options
    {
        QString configPath;
        bool configMissing = false;         // no file at the default location: write the defaults
        Config config;                      // what to write then
        QString dataDir;                    // as given by --data-dir (empty: the default)
        SingleInstance *instance = nullptr; // null: running without the single-instance lock
    };

    DesktopIntegration(GuiSession &session, const Options &options, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // After GuiSession::start(): first-run work, and the welcome unless it was dismissed (with
    // --minimized it waits until the window is first shown).
    void start(bool minimized);
    // Before GuiSession::shutdown(): remembers whether the welcome should come back.
    void shutdown();

    WelcomeDialog *welcomeDialog() const;
    AboutDialog *aboutDialog() const;
    void showAbout();

Q_SIGNALS:
    // The default configuration was written (ok) or could not be (error says why).
    void defaultConfigWritten(bool ok, const QString &error);

private:
    void onInstanceRequest(const vigil::InstanceRequest &request);
    void writeDefaultConfig();
    void showWelcome();
    QString dataDir() const;

    GuiSession &m_session;
    Options m_options;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<AboutDialog> m_about;
    bool m_welcomeDismissed = false;
    bool m_welcomeOffered = false;
};

} // namespace vigil
