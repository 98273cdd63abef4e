// The vigil executable: chooses the mode and hands over to the libraries.
#include "CommandLine.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiState.h"
#include "config/ConfigFile.h"
#include "desktop/DesktopIntegration.h"
#include "desktop/SingleInstance.h"
#include "engine/Engine.h"
#include "engine/ReportRunner.h"
#include "log/LogService.h"
#include "log/LogView.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/UnixSignalWatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace vigil;

namespace {

constexpr int kExitUnknown = 3;

void printErr(const QString &text)
{
    std::fprintf(stderr, "vigil: %s\n", qPrintable(text));
}

// File-level messages already name the file; key-level ones ("sampling.interval: ...") do not.
QString withPath(const StartupConfig &sc, const QString &message)
{
    if (message.contains(QFileInfo(sc.path).fileName()))
        return message;
    return sc.path + QStringLiteral(": ") + message;
}

void printConfigProblems(const StartupConfig &sc)
{
    for (const QString &w : sc.warnings)
        printErr(QStringLiteral("warning: ") + withPath(sc, w));
    for (const QString &e : sc.errors)
        printErr(QStringLiteral("error: ") + withPath(sc, e));
}

int runReport(const CommandLine &cl)
{
    const StartupConfig sc = loadStartupConfig(cl.configPath);
    printConfigProblems(sc);
    if (!sc.errors.isEmpty())
        return kExitUnknown;
    const Report report = collectReport(sc.config, cl.root, cl.reportIntervalMs, Clock::system());
    const SeriesRegistry registry = SeriesRegistry::withSystemSeries();
    const QByteArray out =
        cl.json ? reportToJson(report, registry) : reportToText(report, registry).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return reportExitCode(report);
}

// vigil.log in the data directory, written off the threads that log; stopped (and drained) when
// the mode returns.
std::unique_ptr<LogService> startLogging(const CommandLine &cl)
{
    LogOptions options;
    options.directory = LogService::directoryFor(cl.dataDir);
    auto service = std::make_unique<LogService>(options, Clock::system());
    service->start();
    return service;
}

int runHeadless(QCoreApplication &app, const CommandLine &cl)
{
    const std::unique_ptr<LogService> logging = startLogging(cl);
    const StartupConfig sc = loadStartupConfig(cl.configPath);
    printConfigProblems(sc);
    if (!sc.errors.isEmpty())
        return kExitUnknown;
    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &app, [&app](int sig) {
        qCInfo(lcApp) << "received signal" << sig << "- shutting down";
        app.quit();
    });
    Engine engine(sc.config, cl.root, Clock::system());
    engine.setDataDir(cl.dataDir);
    QObject::connect(&engine, &Engine::healthChanged, &app, [](const HealthReport &h) {
        qCInfo(lcApp).noquote() << "status" << severityName(h.status) << "-" << h.headline();
    });
    QObject::connect(&engine, &Engine::storageMessage, &app,
                     [](const QString &message, bool isError) {
                         if (isError)
                             qCWarning(lcApp).noquote() << message;
                         else
                             qCInfo(lcApp).noquote() << message;
                     });
    for (const QString &p : engine.ruleProblems())
        qCWarning(lcApp).noquote() << p;
    engine.start();
    qCInfo(lcApp) << "running headless; stop with SIGINT or SIGTERM";
    const int rc = app.exec();
    engine.stop();
    return rc;
}

// A second launch hands its request to the running instance and leaves: one collector per user.
int handOver(SingleInstance &instance, const CommandLine &cl)
{
    InstanceRequest request;
    request.showWindow = !cl.minimized;
    request.pid = QCoreApplication::applicationPid();
    request.configPath =
        cl.configPath.isEmpty() ? QString() : QFileInfo(cl.configPath).absoluteFilePath();
    QObject::connect(
        &instance, &SingleInstance::handedOver, &instance,
        [&cl, request](const InstanceReply &reply) {
            std::printf("vigil: already running (pid %lld, %s); %s\n",
                        static_cast<long long>(reply.pid), qPrintable(reply.configPath),
                        cl.minimized ? "nothing to do" : "its window was brought forward");
            if (!request.configPath.isEmpty() && request.configPath != reply.configPath)
                printErr(QStringLiteral("warning: --config applies to a new instance only; quit "
                                        "the running one first"));
            QCoreApplication::exit(0);
        });
    QObject::connect(&instance, &SingleInstance::handOverFailed, &instance,
                     [](const QString &error) {
                         printErr(error);
                         QCoreApplication::exit(1);
                     });
    instance.sendRequest(request);
    return QCoreApplication::exec();
}

int runGui(const CommandLine &cl)
{
    SingleInstance instance;
    QString instanceError;
    switch (instance.claim(&instanceError)) {
    case SingleInstance::Claim::Secondary:
        return handOver(instance, cl);
    case SingleInstance::Claim::Unavailable:
        printErr(QStringLiteral("warning: %1; running without the single-instance check")
                     .arg(instanceError));
        break;
    case SingleInstance::Claim::Primary:
        break;
    }
    const std::unique_ptr<LogService> logging = startLogging(cl);
    const StartupConfig sc = loadStartupConfig(cl.configPath);
    printConfigProblems(sc);
    QStringList problems;
    for (const QString &e : sc.errors)
        problems.append(withPath(sc, e));
    GuiSession session(sc.config, cl.root, sc.path, problems.join(u'\n'), cl.dataDir);
    session.window()->logView()->setTail(logging->tail());
    session.window()->logView()->setLogDirectory(logging->directory());
    // SIGTERM at logout or from a service manager: leave through the event loop, so the
    // window state is saved and the collector thread joined.
    UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &session,
                     &GuiSession::quit);
    // Rules and checks skipped for a problem run without them: say so in the window too.
    const QStringList skipped = ConfigFile::skippedItems(sc.warnings);
    if (problems.isEmpty() && !skipped.isEmpty()) {
        session.window()->showNotice(QCoreApplication::translate("main", "Skipped in %1:\n%2")
                                         .arg(sc.path, skipped.join(u'\n')),
                                     true);
    }
    DesktopIntegration::Options desktopOptions;
    desktopOptions.configPath = sc.path;
    desktopOptions.configMissing = sc.missing;
    desktopOptions.config = sc.config;
    desktopOptions.dataDir = cl.dataDir;
    desktopOptions.instance = instanceError.isEmpty() ? &instance : nullptr;
    DesktopIntegration desktop(session, desktopOptions);
    session.start(cl.minimized);
    desktop.start(cl.minimized);
    const int rc = QCoreApplication::exec();
    desktop.shutdown();
    session.shutdown();
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("vigil"));
    qSetMessagePattern(QStringLiteral("vigil: %{if-warning}warning: %{endif}%{if-critical}"
                                      "error: %{endif}%{message}"));

    const RunMode early = detectRunMode(argc, argv);
    if (early == RunMode::Gui) {
        QApplication app(argc, argv);
        // Before any widget: the language chosen in settings (UiState), else the system's.
        const Translations translations(UiState::loadLanguage());
        const CommandLine cl = parseCommandLine(app);
        if (!cl.error.isEmpty()) {
            printErr(cl.error + QStringLiteral(" (see vigil --help)"));
            return 2;
        }
        if (cl.logLevel)
            applyLogLevel(*cl.logLevel);
        return runGui(cl);
    }

    QCoreApplication app(argc, argv);
    const CommandLine cl = parseCommandLine(app);
    if (!cl.error.isEmpty()) {
        printErr(cl.error + QStringLiteral(" (see vigil --help)"));
        return early == RunMode::Report ? kExitUnknown : 2;
    }
    if (cl.logLevel)
        applyLogLevel(*cl.logLevel);
    switch (cl.mode) {
    case RunMode::Help:
        std::fputs(qPrintable(cl.helpText), stdout);
        return 0;
    case RunMode::Version:
        std::printf("vigil %s\n", VIGIL_VERSION);
        return 0;
    case RunMode::Report:
        return runReport(cl);
    case RunMode::Headless:
        return runHeadless(app, cl);
    case RunMode::Gui:
        break;
    }
    printErr(QStringLiteral("these options need a display; see vigil --help"));
    return 2;
}
