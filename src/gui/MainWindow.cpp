#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "Dashboard.h"
#include "StatusIcon.h"
#include "alerts/AlertText.h"
#include "alerts/AlertsView.h"
#include "alerts/HistoryView.h"
#include "checks/ChecksView.h"
#include "config/Duration.h"
#include "engine/Engine.h"
#include "notify/DeliveriesView.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace vigil {

namespace {
const qint64 kWindows[] = {60 * 1000, 5 * 60 * 1000, 15 * 60 * 1000, 60 * 60 * 1000};
}

MainWindow::MainWindow(const Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_engine(engine)
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    m_ui->bannerFrame->hide();
    connect(m_ui->bannerCloseToolButton, &QToolButton::clicked, m_ui->bannerFrame, &QWidget::hide);

    const QStringList names{tr("1 minute"), tr("5 minutes"), tr("15 minutes"), tr("1 hour")};
    for (int i = 0; i < 4; ++i) {
        m_ui->timeWindowComboBox->addItem(names[i], kWindows[i]);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { m_ui->timeWindowComboBox->setCurrentIndex(i); });
    }
    m_dashboard = new Dashboard;
    m_ui->dashboardScrollArea->setWidget(m_dashboard);
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
    // The notification outbox, last.
    auto *deliveriesTab = new QWidget;
    deliveriesTab->setObjectName(QStringLiteral("deliveriesTab"));
    auto *deliveriesTabLayout = new QVBoxLayout(deliveriesTab);
    deliveriesTabLayout->setContentsMargins(0, 4, 0, 0);
    m_deliveriesView = new DeliveriesView;
    deliveriesTabLayout->addWidget(m_deliveriesView);
    m_ui->mainTabWidget->addTab(deliveriesTab, tr("&Deliveries"));
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->mainTabWidget->widget(index) == m_ui->historyTab)
            m_historyView->requestQuery();
        if (m_ui->mainTabWidget->widget(index) == m_ui->dashboardTab)
            refresh();
    });

    connect(m_ui->timeWindowComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_dashboard->setTimeWindow(timeWindow());
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

    m_statusDot = new QLabel;
    m_statusLabel = new QLabel;
    m_updatedLabel = new QLabel;
    m_updatedLabel->setEnabled(false);
    statusBar()->addWidget(m_statusDot);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_updatedLabel);

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
    m_ui->bannerFrame->show();
}

void MainWindow::showNotice(const QString &message, bool isError)
{
    m_ui->bannerLabel->setText(message.toHtmlEscaped());
    m_ui->bannerFrame->setStyleSheet(
        isError ? QStringLiteral("#bannerFrame { background-color: #fdecea; border: 1px solid "
                                 "#d62728; border-radius: 3px; }")
                : QStringLiteral("#bannerFrame { background-color: #eaf4ea; border: 1px solid "
                                 "#2ca02c; border-radius: 3px; }"));
    m_ui->bannerFrame->show();
}

void MainWindow::showAlerts(const QString &fingerprint)
{
    m_ui->mainTabWidget->setCurrentWidget(m_ui->alertsTab);
    if (!fingerprint.isEmpty())
        m_alertsView->showAlert(fingerprint);
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
    for (int i = 0; i < 4; ++i) {
        if (kWindows[i] == ms)
            index = i;
    }
    m_ui->timeWindowComboBox->setCurrentIndex(index);
    m_dashboard->setTimeWindow(timeWindow());
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
