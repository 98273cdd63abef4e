#include "AlertsView.h"
#include "ui_AlertsView.h"

#include "AlertDetailPane.h"
#include "AlertModel.h"
#include "EmptyStateOverlay.h"
#include "SilenceDialog.h"
#include "util/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QUrl>

namespace vigil {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &shortcut,
                    const QString &toolTip)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? toolTip
                                          : toolTip + QStringLiteral(" (") +
                                                shortcut.toString(QKeySequence::NativeText) + u')');
    owner->addAction(action);
    return action;
}

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AlertsView>())
    , m_model(new AlertModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_contextMenu(new QMenu(this))
    , m_clock(&Clock::system())
{
    m_ui->setupUi(this);

    m_acknowledge = makeAction(this, tr("&Acknowledge"), QKeySequence(tr("Ctrl+K")),
                               tr("Stop repeat notifications of this firing alert until it "
                                  "resolves"));
    m_silence = makeAction(this, tr("&Silence…"), QKeySequence(tr("Ctrl+M")),
                           tr("Mute notifications of alerts like this one for a while"));
    m_copy = makeAction(this, tr("&Copy"), QKeySequence::Copy,
                        tr("Copy the alert's name, labels, value and state"));
    m_runbook = makeAction(this, tr("Open &runbook"), QKeySequence(tr("Ctrl+R")),
                           tr("Open the rule's runbook in the browser"));
    m_details = makeAction(this, tr("&Details"), {},
                           tr("Show labels, thresholds, timeline and chart (Enter, double-click)"));
    m_closeDetails = makeAction(this, tr("Close details"), QKeySequence(Qt::Key_Escape), {});
    for (QAction *a : {m_acknowledge, m_silence, m_copy, m_runbook, m_details})
        m_contextMenu->addAction(a);
    m_contextMenu->insertSeparator(m_copy);
    m_ui->acknowledgeToolButton->setDefaultAction(m_acknowledge);
    m_ui->silenceToolButton->setDefaultAction(m_silence);
    m_ui->copyToolButton->setDefaultAction(m_copy);
    m_ui->runbookToolButton->setDefaultAction(m_runbook);
    m_ui->detailsToolButton->setDefaultAction(m_details);
    connect(m_acknowledge, &QAction::triggered, this, &AlertsView::onAcknowledge);
    connect(m_silence, &QAction::triggered, this, &AlertsView::onSilence);
    connect(m_copy, &QAction::triggered, this, &AlertsView::onCopy);
    connect(m_runbook, &QAction::triggered, this, &AlertsView::onRunbook);
    connect(m_details, &QAction::triggered, this, &AlertsView::onDetails);
    connect(m_closeDetails, &QAction::triggered, this, &AlertsView::closeDetails);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertModel::SortRole);
    QTableView *table = m_ui->alertsTableView;
    table->setModel(m_proxy);
    table->sortByColumn(AlertModel::SeverityColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AlertModel::LabelsColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(AlertModel::SeverityColumn, 95);
    header->resizeSection(AlertModel::NameColumn, 140);
    header->resizeSection(AlertModel::ValueColumn, 85);
    header->resizeSection(AlertModel::StateColumn, 200);
    header->resizeSection(AlertModel::SinceColumn, 95);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty = new EmptyStateOverlay(table, tr("No active alerts"));

    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTableView *t = m_ui->alertsTableView;
        const QModelIndex index = t->indexAt(pos);
        if (index.isValid())
            t->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        updateActions();
        m_contextMenu->popup(t->viewport()->mapToGlobal(pos));
    });
    connect(table, &QTableView::activated, this, [this](const QModelIndex &) { onDetails(); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsView::updateActions);

    m_ui->alertDetailPane->hide();
    m_closeDetails->setEnabled(false);
    m_ui->alertsSplitter->setStretchFactor(0, 1);
    m_ui->alertsSplitter->setStretchFactor(1, 1);
    connect(m_ui->alertDetailPane, &AlertDetailPane::closeRequested, this,
            &AlertsView::closeDetails);
    updateActions();
    updateSummary();
}

AlertsView::~AlertsView() = default;

QTableView *AlertsView::tableView() const
{
    return m_ui->alertsTableView;
}

AlertDetailPane *AlertsView::detailPane() const
{
    return m_ui->alertDetailPane;
}

void AlertsView::setRules(const QList<AlertRule> &rules)
{
    m_model->setRules(rules);
    updateDetails();
}

void AlertsView::setAlerts(const QList<Alert> &alerts, qint64 nowMs)
{
    const QString current = currentFingerprint();
    m_model->setAlerts(alerts, nowMs);
    // Keep a selection, so the keyboard and the buttons always have a row to act on.
    QTableView *table = m_ui->alertsTableView;
    if (current.isEmpty() && m_proxy->rowCount() > 0 && !table->currentIndex().isValid())
        table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    updateSummary();
    updateDetails();
}

void AlertsView::tick(qint64 nowMs)
{
    m_model->tick(nowMs);
    updateDetails();
}

void AlertsView::setStore(const MetricStore *store)
{
    m_store = store;
    updateDetails();
}

void AlertsView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void AlertsView::setAlertHistory(const QString &fingerprint, const QList<AlertEvent> &events)
{
    if (fingerprint == m_detailFingerprint)
        m_ui->alertDetailPane->setHistory(events);
}

QString AlertsView::currentFingerprint() const
{
    const QModelIndex index = m_ui->alertsTableView->currentIndex();
    return index.isValid() ? index.data(AlertModel::FingerprintRole).toString() : QString();
}

bool AlertsView::isDetailShown() const
{
    return !m_ui->alertDetailPane->isHidden();
}

QString AlertsView::summaryText() const
{
    return m_ui->alertsSummaryLabel->text();
}

bool AlertsView::showAlert(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    QTableView *table = m_ui->alertsTableView;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
    onDetails();
    return true;
}

void AlertsView::closeDetails()
{
    m_detailFingerprint.clear();
    m_ui->alertDetailPane->hide();
    m_closeDetails->setEnabled(false);
    m_ui->alertsTableView->setFocus();
}

void AlertsView::updateActions()
{
    const auto alert = m_model->alert(currentFingerprint());
    m_acknowledge->setEnabled(alert && alert->state == AlertState::Firing && !alert->acknowledged);
    m_silence->setEnabled(alert.has_value());
    m_copy->setEnabled(alert.has_value());
    m_runbook->setEnabled(alert && !alert->runbook.isEmpty() && QUrl(alert->runbook).isValid());
    m_details->setEnabled(alert.has_value());
}

void AlertsView::updateSummary()
{
    int firing = 0, critical = 0, pending = 0, silenced = 0, stale = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Alert &a = m_model->alertAt(row);
        if (a.state == AlertState::Firing) {
            ++firing;
            critical += a.severity == Severity::Critical ? 1 : 0;
        } else if (a.state == AlertState::Pending) {
            ++pending;
        }
        silenced += a.silencedBy.isEmpty() ? 0 : 1;
        stale += a.stale ? 1 : 0;
    }
    QStringList parts;
    if (firing > 0)
        parts.append(critical > 0 ? tr("%n firing", nullptr, firing) +
                                        tr(" (%n critical)", nullptr, critical)
                                  : tr("%n firing", nullptr, firing));
    if (pending > 0)
        parts.append(tr("%n pending", nullptr, pending));
    if (silenced > 0)
        parts.append(tr("%n silenced", nullptr, silenced));
    if (stale > 0)
        parts.append(tr("%n stale", nullptr, stale));
    // Empty when there is nothing: the table says "No active alerts" itself.
    m_ui->alertsSummaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void AlertsView::updateDetails()
{
    if (m_detailFingerprint.isEmpty())
        return;
    AlertDetailPane *pane = m_ui->alertDetailPane;
    const auto alert = m_model->alert(m_detailFingerprint);
    Alert shown = alert ? *alert : pane->alert();
    if (!alert)
        shown.state = AlertState::Inactive; // resolved while the user was looking at it
    pane->setAlert(shown, m_model->rule(shown.rule), m_model->nowMs());
    pane->refreshChart(m_store, m_model->nowMs());
}

void AlertsView::onAcknowledge()
{
    const auto alert = m_model->alert(currentFingerprint());
    if (alert && alert->state == AlertState::Firing && !alert->acknowledged)
        Q_EMIT acknowledgeRequested(alert->fingerprint);
}

void AlertsView::onSilence()
{
    const auto alert = m_model->alert(currentFingerprint());
    if (!alert)
        return;
    auto *dialog = new SilenceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_clock);
    dialog->setAlert(*alert);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT silenceRequested(dialog->silence()); });
    dialog->open(); // window-modal, no nested event loop
}

void AlertsView::onCopy()
{
    const int row = m_model->rowOf(currentFingerprint());
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_model->rowText(row));
}

void AlertsView::onRunbook()
{
    const auto alert = m_model->alert(currentFingerprint());
    if (alert && !alert->runbook.isEmpty())
        QDesktopServices::openUrl(QUrl(alert->runbook));
}

void AlertsView::onDetails()
{
    const QString fingerprint = currentFingerprint();
    if (fingerprint.isEmpty())
        return;
    const bool changed = fingerprint != m_detailFingerprint;
    m_detailFingerprint = fingerprint;
    m_ui->alertDetailPane->show();
    m_closeDetails->setEnabled(true);
    updateDetails();
    if (changed)
        Q_EMIT showAlertRequested(fingerprint);
}

} // namespace vigil
