#include "DeliveriesView.h"
#include "ui_DeliveriesView.h"

#include "DeliveryModel.h"
#include "util/Clock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace vigil {

namespace {

// Text over channel, notification and error; state by the combo box (-1: all).
class DeliveryFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setState(int state)
    {
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m_state >= 0 &&
            m->index(row, 0, parent).data(DeliveryModel::StateRole).toInt() != m_state)
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (const int column : {DeliveryModel::ChannelColumn, DeliveryModel::SummaryColumn,
                                 DeliveryModel::LastErrorColumn}) {
            if (m->index(row, column, parent).data().toString().contains(re))
                return true;
        }
        return false;
    }

private:
    int m_state = -1;
};

} // namespace

DeliveriesView::DeliveriesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveriesView>())
    , m_model(new DeliveryModel(this))
    , m_proxy(new DeliveryFilterProxy(this))
    , m_timer(new QTimer(this))
    , m_clock(&Clock::system())
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeliveryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView *table = m_ui->deliveriesTableView;
    table->setModel(m_proxy);
    table->sortByColumn(DeliveryModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeliveryModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DeliveryModel::DestinationColumn, QHeaderView::ResizeToContents);
    header->resizeSection(DeliveryModel::LastErrorColumn,
                          table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    for (const int column : {DeliveryModel::StateColumn, DeliveryModel::AttemptsColumn,
                             DeliveryModel::NextRetryColumn, DeliveryModel::CreatedColumn})
        header->resizeSection(column, table->fontMetrics().horizontalAdvance(
                                          m_model->headerData(column, Qt::Horizontal).toString() +
                                          QStringLiteral("MMMMM")));

    m_ui->stateComboBox->addItem(tr("All"), -1);
    for (const OutboxState s :
         {OutboxState::Pending, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed})
        m_ui->stateComboBox->addItem(DeliveryModel::stateText(s), int(s));

    m_emptyLabel = new QLabel(table->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("deliveriesEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    table->viewport()->installEventFilter(this);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
        updateEmptyState();
    });
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<DeliveryFilterProxy *>(m_proxy)->setState(
            m_ui->stateComboBox->currentData().toInt());
        updateEmptyState();
    });
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &DeliveriesView::retrySelected);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, &DeliveriesView::discardSelected);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->filterLineEdit, qOverload<>(&QWidget::setFocus));
    auto *retry = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(retry, &QShortcut::activated, this, &DeliveriesView::retrySelected);
    auto *discard =
        new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(discard, &QShortcut::activated, this, &DeliveriesView::discardSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeliveriesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeliveriesView::updateActions);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] { m_model->tick(m_clock->nowMs()); });
    updateSummary();
    updateEmptyState();
    updateActions();
}

DeliveriesView::~DeliveriesView() = default;

void DeliveriesView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
    m_model->tick(m_clock->nowMs());
}

QTableView *DeliveriesView::tableView() const
{
    return m_ui->deliveriesTableView;
}

qint64 DeliveriesView::currentId() const
{
    const QItemSelectionModel *selection = m_ui->deliveriesTableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.siblingAtColumn(0).data(DeliveryModel::IdRole).toLongLong();
}

bool DeliveriesView::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->deliveriesTableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool DeliveriesView::isEmptyStateShown() const
{
    return !m_emptyLabel->isHidden();
}

QString DeliveriesView::emptyStateText() const
{
    return m_emptyLabel->text();
}

QString DeliveriesView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QMessageBox *DeliveriesView::discardQuestion() const
{
    return m_question;
}

void DeliveriesView::setItems(const QList<OutboxItem> &items)
{
    const qint64 selected = currentId();
    m_unavailable.clear();
    m_model->tick(m_clock->nowMs());
    m_model->setItems(items);
    if (selected != 0)
        selectId(selected);
    updateSummary();
    updateEmptyState();
    updateActions();
}

void DeliveriesView::setUnavailable(const QString &reason)
{
    m_unavailable = reason;
    updateEmptyState();
}

void DeliveriesView::retrySelected()
{
    const qint64 id = currentId();
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const OutboxState state = m_model->itemAt(row).state;
    if (state == OutboxState::Pending || state == OutboxState::Failed)
        Q_EMIT retryRequested(id);
}

void DeliveriesView::discardSelected()
{
    const qint64 id = currentId();
    const int row = m_model->rowOfId(id);
    if (row < 0 || m_question)
        return;
    const OutboxItem &item = m_model->itemAt(row);
    if (item.state == OutboxState::Sent) {
        Q_EMIT discardRequested(id); // already delivered: nothing is lost
        return;
    }
    // Window-modal and asynchronous: no nested event loop on the GUI thread.
    m_question = new QMessageBox(
        QMessageBox::Question, tr("Discard notification?"),
        tr("“%1” to %2 will not be sent. Discard it?").arg(item.summary, item.channel),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(m_question, &QMessageBox::finished, this, [this, id](int result) {
        m_question = nullptr;
        if (result == QMessageBox::Discard)
            Q_EMIT discardRequested(id);
    });
    m_question->open();
}

void DeliveriesView::updateActions()
{
    const int row = m_model->rowOfId(currentId());
    const OutboxState state = row >= 0 ? m_model->itemAt(row).state : OutboxState::Sent;
    m_ui->retryPushButton->setEnabled(
        row >= 0 && (state == OutboxState::Pending || state == OutboxState::Failed));
    m_ui->discardPushButton->setEnabled(row >= 0 && state != OutboxState::Sending);
}

void DeliveriesView::updateSummary()
{
    QStringList parts;
    for (const OutboxState s :
         {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::Sent}) {
        if (const int n = m_model->count(s))
            parts.append(QStringLiteral("%1 %2").arg(n).arg(DeliveryModel::stateText(s)));
    }
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void DeliveriesView::updateEmptyState()
{
    QString text;
    if (!m_unavailable.isEmpty())
        text = m_unavailable;
    else if (m_model->rowCount() == 0)
        text = tr("Nothing queued. Notifications to Slack, webhooks and other channels appear "
                  "here with their delivery state; add a channel in Settings → Notifications.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No deliveries match the filter");
    m_emptyLabel->setText(text);
    m_emptyLabel->setGeometry(
        m_ui->deliveriesTableView->viewport()->rect().adjusted(24, 0, -24, 0));
    m_emptyLabel->setVisible(!text.isEmpty());
}

bool DeliveriesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->deliveriesTableView->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(
            m_ui->deliveriesTableView->viewport()->rect().adjusted(24, 0, -24, 0));
    return QWidget::eventFilter(watched, event);
}

void DeliveriesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->tick(m_clock->nowMs());
    m_timer->start(); // relative times move only while someone can see them
    Q_EMIT refreshRequested();
}

void DeliveriesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace vigil
