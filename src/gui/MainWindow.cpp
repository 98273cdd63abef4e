#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Dashboard.h"
#include "StatusIcon.h"
#include "alerts/AlertText.h"
#include "alerts/AlertsView.h"
#include "alerts/HistoryView.h"
#include "charts/HistoryFeed.h"
#include "checks/ChecksView.h"
#include "config/Duration.h"
#include "engine/Engine.h"
#include "log/LogView.h"
#include "notify/DeliveriesView.h"
#include "processes/ProcessesView.h"
#include "util/Logging.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace vigil {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
// Past the in-memory hour the charts draw from the history database (HistoryFeed).
const qint64 kWindows[] = {kMinute, 5 * kMinute, 15 * kMinute, 60 * kMinute, 6 * 60 * kMinute,
                           kDay,    7 * kDay,    30 * kDay,    365 * kDay};
constexpr int kWindowCount = int(std::size(kWindows));
} // namespace

MainWindow::MainWindow(const Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_engine(engine)
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    m_ui->bannerFrame->hide();
    styleBanner();
    connect(m_ui->bannerCloseToolButton, &QToolButton::clicked, m_ui->bannerFrame, &QWidget::hide);

    const QStringList names{tr("1 minute"), tr("5 minutes"), tr("15 minutes"),
                            tr("1 hour"),   tr("6 hours"),   tr("24 hours"),
                            tr("7 days"),   tr("30 days"),   tr("1 year")};
    for (int i = 0; i < kWindowCount; ++i) {
        m_ui->timeWindowComboBox->addItem(names[i], kWindows[i]);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { m_ui->timeWindowComboBox->setCurrentIndex(i); });
    }
    m_dashboard = new Dashboard;
    m_ui->dashboardScrollArea->setWidget(m_dashboard);
    m_historyFeed = new HistoryFeed(this);
    m_historyFeed->setCharts(m_dashboard->charts());
    connect(m_historyFeed, &HistoryFeed::historyRequested, &engine, &Engine::queryHistory);
    connect(&engine, &Engine::historyReady, m_historyFeed, &HistoryFeed::onHistoryReady);
    connect(m_historyFeed, &HistoryFeed::historyArrived, this, &MainWindow::refresh);
    m_alertsView = new AlertsView;
    m_alertsView->setStore(&engine.store());
    m_ui->alertsTab->layout()->addWidget(m_alertsView);
    m_historyView = new HistoryView;
    m_ui->historyTab->layout()->addWidget(m_historyView);
    // Service checks tab, after Alerts (laid out like the tabs of the .ui).
    auto *checksTab = new QWidget;
    checksTab->setObjectName(QStringLiteral("checksTab"));
    auto *checksTabLayout = new QVBoxLayout(checksTab);
    checksTabLayout->setContentsMargins(0, 4, 0, 0);
    m_checksView = new ChecksView;
    m_checksView->setStore(&engine.store());
    checksTabLayout->addWidget(m_checksView);
    m_ui->mainTabWidget->insertTab(m_ui->mainTabWidget->indexOf(m_ui->alertsTab) + 1, checksTab,
                                   tr("&Checks"));
    // Processes, after Checks: asks the engine for processes only while shown.
    auto *processesTab = new QWidget;
    processesTab->setObjectName(QStringLiteral("processesTab"));
    auto *processesTabLayout = new QVBoxLayout(processesTab);
    processesTabLayout->setContentsMargins(0, 4, 0, 0);
    m_processesView = new ProcessesView;
    processesTabLayout->addWidget(m_processesView);
    m_ui->mainTabWidget->insertTab(m_ui->mainTabWidget->indexOf(checksTab) + 1, processesTab,
                                   tr("P&rocesses"));
    // The notification outbox, last.
    auto *deliveriesTab = new QWidget;
    deliveriesTab->setObjectName(QStringLiteral("deliveriesTab"));
    auto *deliveriesTabLayout = new QVBoxLayout(deliveriesTab);
    deliveriesTabLayout->setContentsMargins(0, 4, 0, 0);
    m_deliveriesView = new DeliveriesView;
    deliveriesTabLayout->addWidget(m_deliveriesView);
    m_ui->mainTabWidget->addTab(deliveriesTab, tr("D&eliveries"));
    // Vigil's own log, after the deliveries (Alt+L).
    auto *logTab = new QWidget;
    logTab->setObjectName(QStringLiteral("logTab"));
    auto *logTabLayout = new QVBoxLayout(logTab);
    logTabLayout->setContentsMargins(0, 4, 0, 0);
    m_logView = new LogView;
    logTabLayout->addWidget(m_logView);
    m_ui->mainTabWidget->addTab(logTab, tr("&Log"));
    connect(m_logView, &LogView::openFolderRequested, this, [](const QString &directory) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(directory)))
            qCWarning(lcGui) << "no file manager opened" << directory;
    });
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->mainTabWidget->widget(index) == m_ui->historyTab)
            m_historyView->requestQuery();
        if (m_ui->mainTabWidget->widget(index) == m_ui->dashboardTab)
            refresh();
    });

    connect(m_ui->timeWindowComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_dashboard->setTimeWindow(timeWindow());
        m_historyFeed->setTimeWindow(timeWindow());
        refresh();
    });
    connect(m_ui->perCoreCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_dashboard->setPerCoreCpu(on);
        refresh();
    });
    connect(m_ui->hideAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::aboutRequested);
    auto *schemes = new QActionGroup(this);
    const std::pair<QAction *, ColorScheme> schemeActions[] = {
        {m_ui->systemSchemeAction, ColorScheme::System},
        {m_ui->lightSchemeAction, ColorScheme::Light},
        {m_ui->darkSchemeAction, ColorScheme::Dark}};
    for (const auto &[action, scheme] : schemeActions) {
        schemes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, scheme = scheme] { Q_EMIT colorSchemeChosen(scheme); });
    }
    m_ui->systemSchemeAction->setChecked(true);

    m_statusDot = new QLabel;
    m_statusLabel = new QLabel;
    m_updatedLabel = new QLabel;
    m_updatedLabel->setEnabled(false);
    statusBar()->addWidget(m_statusDot);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_updatedLabel);

    // Chart exports report here, as they finish on their worker thread.
    connect(m_dashboard, &Dashboard::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    setTimeWindow(5 * 60 * 1000);
    connect(&engine, &Engine::batchIngested, this, &MainWindow::onBatch);
    connect(&engine, &Engine::healthChanged, this, &MainWindow::onHealth);
    onHealth(engine.health());
}

MainWindow::~MainWindow() = default;

void MainWindow::showConfigError(const QString &message)
{
    m_ui->bannerLabel->setText(
        tr("<b>The configuration could not be used; Vigil runs on defaults.</b><br>%1")
            .arg(message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_bannerIsError = true;
    styleBanner();
    m_ui->bannerFrame->show();
}

void MainWindow::showNotice(const QString &message, bool isError)
{
    m_ui->bannerLabel->setText(message.toHtmlEscaped());
    m_bannerIsError = isError;
    styleBanner();
    m_ui->bannerFrame->show();
}

void MainWindow::styleBanner()
{
    const QPalette &p = palette();
    m_ui->bannerFrame->setStyleSheet(frameStyleSheet(
        QStringLiteral("bannerFrame"), m_bannerIsError ? errorColours(p) : okColours(p)));
}

void MainWindow::setColorScheme(ColorScheme scheme)
{
    QAction *action = scheme == ColorScheme::Dark    ? m_ui->darkSchemeAction
                      : scheme == ColorScheme::Light ? m_ui->lightSchemeAction
                                                     : m_ui->systemSchemeAction;
    action->setChecked(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleBanner();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAlerts(const QString &fingerprint)
{
    m_ui->mainTabWidget->setCurrentWidget(m_ui->alertsTab);
    if (!fingerprint.isEmpty())
        m_alertsView->showAlert(fingerprint);
}

void MainWindow::showProcesses()
{
    m_ui->mainTabWidget->setCurrentWidget(m_processesView->parentWidget());
}

void MainWindow::setAlertCount(int firing)
{
    const int index = m_ui->mainTabWidget->indexOf(m_ui->alertsTab);
    m_ui->mainTabWidget->setTabText(index,
                                    firing > 0 ? tr("&Alerts (%1)").arg(firing) : tr("&Alerts"));
}

bool MainWindow::isBannerShown() const
{
    return !m_ui->bannerFrame->isHidden();
}
QString MainWindow::bannerText() const
{
    return m_ui->bannerLabel->text();
}

void MainWindow::setTimeWindow(qint64 ms)
{
    int index = 1;
    for (int i = 0; i < kWindowCount; ++i) {
        if (kWindows[i] == ms)
            index = i;
    }
    m_ui->timeWindowComboBox->setCurrentIndex(index);
    m_dashboard->setTimeWindow(timeWindow());
    m_historyFeed->setTimeWindow(timeWindow());
}

qint64 MainWindow::timeWindow() const
{
    return m_ui->timeWindowComboBox->currentData().toLongLong();
}
void MainWindow::setPerCoreCpu(bool perCore)
{
    m_ui->perCoreCheckBox->setChecked(perCore);
}
bool MainWindow::perCoreCpu() const
{
    return m_ui->perCoreCheckBox->isChecked();
}
QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::onBatch(const SampleBatch &batch)
{
    m_updatedLabel->setText(
        tr("Updated %1 · every %2")
            .arg(QDateTime::fromMSecsSinceEpoch(batch.timeMs).toString(QStringLiteral("HH:mm:ss")),
                 formatDuration(m_engine.config().sampling.intervalMs)));
    refresh();
}

void MainWindow::refresh()
{
    // A hidden or minimised window, or another tab, does no chart work; showing catches up.
    if (!isVisible() || isMinimized() || m_ui->mainTabWidget->currentWidget() != m_ui->dashboardTab)
        return;
    const qint64 now = m_engine.store().lastTimeMs();
    if (now == 0)
        return;
    m_dashboard->refresh(m_engine.store(), now);
    m_historyFeed->update(now); // after refresh: the dashboard has set this moment's lines
    ++m_refreshCount;
}

void MainWindow::onHealth(const HealthReport &health)
{
    m_statusDot->setText(QStringLiteral("<span style=\"color:%1; font-size:14pt\">●</span>")
                             .arg(severityColour(health.status).name()));
    m_statusLabel->setText(AlertText::severityText(health.status) + QStringLiteral(" — ") +
                           health.headline());
    m_statusLabel->setToolTip(tr("Built-in thresholds: CPU 80/95 %, memory 85/95 %, "
                                 "filesystems 80/90 % (warning/critical)"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_hideOnClose && (!m_trayAvailable || m_trayAvailable())) {
        hide();
        event->ignore();
        Q_EMIT hiddenOnClose();
        return;
    }
    QMainWindow::closeEvent(event);
    // No tray to come back from: closing the window ends Vigil.
    if (m_hideOnClose)
        Q_EMIT quitRequested();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    Q_EMIT visibilityChanged(true);
    refresh();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

} // namespace vigil
