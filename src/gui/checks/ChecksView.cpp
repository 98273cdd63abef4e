#include "ChecksView.h"
#include "ui_ChecksView.h"

#include "CheckDetailPane.h"
#include "CheckFilterProxy.h"
#include "CheckModel.h"
#include "CheckText.h"
#include "util/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

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

ChecksView::ChecksView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecksView>())
    , m_model(new CheckModel(this))
    , m_proxy(new CheckFilterProxy(this))
    , m_contextMenu(new QMenu(this))
    , m_timer(new QTimer(this))
    , m_clock(&Clock::system())
{
    m_ui->setupUi(this);

    m_runNow = makeAction(this, tr("&Run now"), QKeySequence(tr("Ctrl+R")),
                          tr("Run the check once now, outside its schedule"));
    m_copy = makeAction(this, tr("&Copy"), QKeySequence::Copy,
                        tr("Copy the check's name, target, status and last result"));
    m_edit = makeAction(this, tr("&Edit…"), QKeySequence(tr("Ctrl+E")),
                        tr("Change this check in the settings"));
    m_details = makeAction(this, tr("&Details"), {},
                           tr("Show the latency chart and recent results (Enter, double-click)"));
    m_closeDetails = makeAction(this, tr("Close details"), QKeySequence(Qt::Key_Escape), {});
    for (QAction *a : {m_runNow, m_copy, m_edit, m_details})
        m_contextMenu->addAction(a);
    m_contextMenu->insertSeparator(m_copy);
    m_ui->runNowToolButton->setDefaultAction(m_runNow);
    m_ui->copyToolButton->setDefaultAction(m_copy);
    m_ui->editToolButton->setDefaultAction(m_edit);
    m_ui->detailsToolButton->setDefaultAction(m_details);
    connect(m_runNow, &QAction::triggered, this, &ChecksView::onRunNow);
    connect(m_copy, &QAction::triggered, this, &ChecksView::onCopy);
    connect(m_edit, &QAction::triggered, this, &ChecksView::onEdit);
    connect(m_details, &QAction::triggered, this, &ChecksView::onDetails);
    connect(m_closeDetails, &QAction::triggered, this, &ChecksView::closeDetails);
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->filterLineEdit, qOverload<>(&QWidget::setFocus));

    QComboBox *status = m_ui->statusFilterComboBox;
    status->addItem(tr("All"), CheckFilterProxy::AllStatuses);
    status->addItem(tr("Not healthy"), CheckFilterProxy::NotHealthy);
    for (CheckStatus s : {CheckStatus::Unhealthy, CheckStatus::Pending, CheckStatus::Degraded,
                          CheckStatus::Healthy, CheckStatus::Unknown})
        status->addItem(CheckText::statusText(s), int(s));
    connect(status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_ui->statusFilterComboBox->currentData().toInt());
        updateEmptyState();
    });
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateEmptyState();
    });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CheckModel::SortRole);
    QTableView *table = m_ui->checksTableView;
    table->setModel(m_proxy);
    table->sortByColumn(CheckModel::StatusColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CheckModel::MessageColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(CheckModel::StatusColumn, 150);
    header->resizeSection(CheckModel::NameColumn, 120);
    header->resizeSection(CheckModel::TypeColumn, 80);
    header->resizeSection(CheckModel::TargetColumn, 220);
    header->resizeSection(CheckModel::LatencyColumn, 75);
    header->resizeSection(CheckModel::UptimeColumn, 90);
    header->resizeSection(CheckModel::LastCheckedColumn, 95);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Empty state: a text and a way to add a check, over the (empty) table.
    m_emptyState = new QWidget(table->viewport());
    m_emptyState->setObjectName(QStringLiteral("checksEmptyState"));
    m_emptyLabel = new QLabel(m_emptyState);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_emptyLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_emptyLabel->setFont(big);
    m_emptyButton = new QPushButton(tr("Add a chec&k…"), m_emptyState);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateAddPushButton"));
    m_emptyButton->setToolTip(tr("Open Settings → Checks and add a service check"));
    m_emptyButton->setAccessibleName(tr("Add a service check"));
    connect(m_emptyButton, &QPushButton::clicked, this, &ChecksView::addRequested);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    table->viewport()->installEventFilter(this);

    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTableView *t = m_ui->checksTableView;
        const QModelIndex index = t->indexAt(pos);
        if (index.isValid())
            t->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        updateActions();
        m_contextMenu->popup(t->viewport()->mapToGlobal(pos));
    });
    connect(table, &QTableView::activated, this, [this](const QModelIndex &) { onDetails(); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecksView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecksView::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChecksView::onModelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                // The 1 s tick only touches "last checked": nothing else to update.
                if (from.column() == CheckModel::LastCheckedColumn &&
                    to.column() == CheckModel::LastCheckedColumn)
                    return;
                updateActions();
                updateSummary();
                const int detailRow = m_model->rowOf(m_detailName);
                if (detailRow >= from.row() && detailRow <= to.row())
                    updateDetails();
            });
    connect(m_model, &CheckModel::resultAdded, this, &ChecksView::onResultAdded);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ChecksView::onTick);

    m_ui->checkDetailPane->hide();
    m_closeDetails->setEnabled(false);
    m_ui->checksSplitter->setStretchFactor(0, 1);
    m_ui->checksSplitter->setStretchFactor(1, 2);
    connect(m_ui->checkDetailPane, &CheckDetailPane::closeRequested, this,
            &ChecksView::closeDetails);
    connect(m_ui->checkDetailPane, &CheckDetailPane::runNowRequested, this,
            &ChecksView::runNowRequested);
    onModelChanged();
}

ChecksView::~ChecksView() = default;

QTableView *ChecksView::tableView() const
{
    return m_ui->checksTableView;
}

CheckDetailPane *ChecksView::detailPane() const
{
    return m_ui->checkDetailPane;
}

QPushButton *ChecksView::emptyStateButton() const
{
    return m_emptyButton;
}

void ChecksView::setStore(const MetricStore *store)
{
    m_store = store;
    updateDetails();
}

void ChecksView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    onTick();
}

QString ChecksView::currentCheck() const
{
    const QModelIndex index = m_ui->checksTableView->currentIndex();
    return index.isValid() ? index.data(CheckModel::NameRole).toString() : QString();
}

bool ChecksView::isDetailShown() const
{
    return !m_ui->checkDetailPane->isHidden();
}

bool ChecksView::isEmptyStateShown() const
{
    return !m_emptyState->isHidden();
}

QString ChecksView::emptyStateText() const
{
    return m_emptyLabel->text();
}

QString ChecksView::summaryText() const
{
    return m_ui->checksSummaryLabel->text();
}

bool ChecksView::showCheck(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_ui->filterLineEdit->clear();
        m_ui->statusFilterComboBox->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    QTableView *table = m_ui->checksTableView;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
    onDetails();
    return true;
}

void ChecksView::closeDetails()
{
    m_detailName.clear();
    m_ui->checkDetailPane->hide();
    m_closeDetails->setEnabled(false);
    m_ui->checksTableView->setFocus();
}

void ChecksView::onModelChanged()
{
    QTableView *table = m_ui->checksTableView;
    // Keep a selection, so the keyboard and the buttons always have a row to act on.
    if (m_proxy->rowCount() > 0 && !table->currentIndex().isValid())
        table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!m_detailName.isEmpty() && m_model->rowOf(m_detailName) < 0)
        closeDetails(); // the check was removed
    updateActions();
    updateSummary();
    updateEmptyState();
    updateDetails();
}

void ChecksView::updateActions()
{
    const auto state = m_model->state(currentCheck());
    m_runNow->setEnabled(state && state->spec.enabled && !state->running);
    m_copy->setEnabled(state.has_value());
    m_edit->setEnabled(state.has_value());
    m_details->setEnabled(state.has_value());
}

void ChecksView::updateSummary()
{
    int unhealthy = 0, pending = 0, degraded = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CheckState &s = m_model->stateAt(row);
        if (!s.spec.enabled)
            continue;
        unhealthy += s.status == CheckStatus::Unhealthy ? 1 : 0;
        pending += s.status == CheckStatus::Pending ? 1 : 0;
        degraded += s.status == CheckStatus::Degraded ? 1 : 0;
    }
    QStringList parts;
    if (m_model->rowCount() > 0)
        parts.append(tr("%n configured", nullptr, m_model->rowCount()));
    if (unhealthy > 0)
        parts.append(tr("%n unhealthy", nullptr, unhealthy));
    if (pending > 0)
        parts.append(tr("%n pending", nullptr, pending));
    if (degraded > 0)
        parts.append(tr("%n degraded", nullptr, degraded));
    m_ui->checksSummaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void ChecksView::updateEmptyState()
{
    const bool noChecks = m_model->rowCount() == 0;
    const bool empty = noChecks || m_proxy->rowCount() == 0;
    m_emptyLabel->setText(noChecks ? tr("No service checks yet — add one in Settings → Checks")
                                   : tr("No checks match the filter"));
    m_emptyButton->setVisible(noChecks);
    m_emptyState->setGeometry(m_ui->checksTableView->viewport()->rect());
    m_emptyState->setVisible(empty);
}

bool ChecksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->checksTableView->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_ui->checksTableView->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void ChecksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    onTick();
    m_timer->start(); // relative times move only while someone can see them
}

void ChecksView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void ChecksView::onTick()
{
    m_model->tick(m_clock->nowMs());
}

void ChecksView::updateDetails()
{
    if (m_detailName.isEmpty())
        return;
    const auto state = m_model->state(m_detailName);
    if (!state)
        return;
    CheckDetailPane *pane = m_ui->checkDetailPane;
    const bool changed = pane->checkName() != m_detailName;
    pane->setState(*state, m_clock->nowMs());
    if (changed)
        pane->setResults(m_model->results(m_detailName));
    // Here rather than on the result: the engine stores the samples after it announces the
    // result, and the state change comes after both.
    pane->refreshChart(m_store, m_clock->nowMs());
}

void ChecksView::onResultAdded(const QString &check)
{
    if (check != m_detailName)
        return;
    m_ui->checkDetailPane->setResults(m_model->results(check));
}

void ChecksView::onRunNow()
{
    const auto state = m_model->state(currentCheck());
    if (state && state->spec.enabled)
        Q_EMIT runNowRequested(state->spec.name);
}

void ChecksView::onCopy()
{
    const int row = m_model->rowOf(currentCheck());
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_model->rowText(row));
}

void ChecksView::onEdit()
{
    const QString name = currentCheck();
    if (!name.isEmpty())
        Q_EMIT editRequested(name);
}

void ChecksView::onDetails()
{
    const QString name = currentCheck();
    if (name.isEmpty())
        return;
    m_detailName = name;
    m_ui->checkDetailPane->show();
    m_closeDetails->setEnabled(true);
    updateDetails();
}

} // namespace vigil
