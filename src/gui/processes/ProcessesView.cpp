#include "ProcessesView.h"
#include "ui_ProcessesView.h"

#include "ProcessFilterProxy.h"
#include "ProcessModel.h"
#include "alerts/EmptyStateOverlay.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace vigil {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QString withShortcut(const QString &tip, const QAction *action)
{
    return action->shortcut().isEmpty()
               ? tip
               : tip + QStringLiteral(" (") +
                     action->shortcut().toString(QKeySequence::NativeText) + u')';
}

} // namespace

ProcessesView::ProcessesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProcessesView>())
    , m_model(new ProcessModel(this))
    , m_proxy(new ProcessFilterProxy(this))
    , m_contextMenu(new QMenu(this))
    , m_ownUid(qint64(getuid()))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();

    m_copyRow = makeAction(this, tr("&Copy"), QKeySequence::Copy);
    m_copyPid = makeAction(this, tr("Copy &PID"), QKeySequence(tr("Ctrl+Shift+C")));
    m_copyCommand = makeAction(this, tr("Copy co&mmand line"), QKeySequence(tr("Ctrl+Alt+C")));
    m_end = makeAction(this, tr("&End process…"), QKeySequence::Delete);
    m_kill = makeAction(this, tr("&Kill process…"), QKeySequence(tr("Shift+Del")));
    m_createCheck =
        makeAction(this, tr("Create c&heck from process…"), QKeySequence(tr("Ctrl+Shift+N")));
    m_copyRow->setToolTip(withShortcut(tr("Copy the selected row"), m_copyRow));
    m_copyPid->setToolTip(withShortcut(tr("Copy the process ID"), m_copyPid));
    m_copyCommand->setToolTip(withShortcut(tr("Copy the full command line"), m_copyCommand));
    m_createCheck->setToolTip(withShortcut(
        tr("Add a service check that watches for this process by name"), m_createCheck));
    for (QAction *a : {m_copyRow, m_copyPid, m_copyCommand})
        m_contextMenu->addAction(a);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_end);
    m_contextMenu->addAction(m_kill);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_createCheck);
    m_contextMenu->setToolTipsVisible(true); // the disabled End/Kill say why
    m_ui->endToolButton->setDefaultAction(m_end);
    m_ui->killToolButton->setDefaultAction(m_kill);

    connect(m_copyRow, &QAction::triggered, this, [this] {
        if (const ProcessInfo *p = current())
            copyText(rowText(*p));
    });
    connect(m_copyPid, &QAction::triggered, this, [this] {
        if (const ProcessInfo *p = current())
            copyText(QString::number(p->pid));
    });
    connect(m_copyCommand, &QAction::triggered, this, [this] {
        if (const ProcessInfo *p = current())
            copyText(ProcessModel::commandText(*p));
    });
    connect(m_end, &QAction::triggered, this, [this] { askToSignal(SIGTERM); });
    connect(m_kill, &QAction::triggered, this, [this] { askToSignal(SIGKILL); });
    connect(m_createCheck, &QAction::triggered, this, [this] {
        if (const ProcessInfo *p = current())
            Q_EMIT createCheckRequested(p->name);
    });
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_ui->filterLineEdit, qOverload<>(&QWidget::setFocus));

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateSummary();
    });
    connect(m_ui->onlyMineCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyUid(on ? m_ownUid : -1);
        updateSummary();
    });
    connect(m_ui->topByMemoryRadioButton, &QRadioButton::toggled, this, [this](bool byMemory) {
        m_proxy->setTop(byMemory ? ProcessFilterProxy::Top::ByMemory
                                 : ProcessFilterProxy::Top::ByCpu);
        m_ui->processesTableView->sortByColumn(
            byMemory ? ProcessModel::MemoryColumn : ProcessModel::CpuColumn, Qt::DescendingOrder);
        updateSummary();
    });

    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->processesTableView;
    table->setModel(m_proxy);
    table->sortByColumn(ProcessModel::CpuColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProcessModel::CommandColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    const int widths[] = {70, 140, 90, 70, 90, 90, 90, 80};
    for (int column = 0; column < ProcessModel::CommandColumn; ++column)
        header->resizeSection(column, widths[column]);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    m_emptyState = new EmptyStateOverlay(table, tr("Looking at the processes…"));
    connect(table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTableView *t = m_ui->processesTableView;
        const QModelIndex index = t->indexAt(pos);
        if (index.isValid())
            t->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        updateActions();
        m_contextMenu->popup(t->viewport()->mapToGlobal(pos));
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProcessesView::updateActions);
    updateActions();
    updateSummary();
}

ProcessesView::~ProcessesView() = default;

QTableView *ProcessesView::tableView() const
{
    return m_ui->processesTableView;
}

void ProcessesView::setOwnUid(qint64 uid)
{
    m_ownUid = uid;
    if (m_ui->onlyMineCheckBox->isChecked())
        m_proxy->setOnlyUid(uid);
    updateActions();
}

void ProcessesView::setSnapshot(const ProcessSnapshot &snapshot)
{
    m_haveSnapshot = true;
    m_model->setSnapshot(snapshot); // in place: the selection stays on its process
    updateSummary();
    updateActions();
}

const ProcessInfo *ProcessesView::current() const
{
    const QModelIndexList rows = m_ui->processesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->processAt(m_proxy->mapToSource(rows.first()).row());
}

qint64 ProcessesView::currentPid() const
{
    const ProcessInfo *p = current();
    return p ? p->pid : 0;
}

bool ProcessesView::selectPid(qint64 pid)
{
    const int row = m_model->rowOfPid(pid);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    QTableView *table = m_ui->processesTableView;
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    table->scrollTo(index);
    return true;
}

QString ProcessesView::rowText(const ProcessInfo &p) const
{
    QStringList cells;
    const int row = m_model->rowOfPid(p.pid);
    for (int column = 0; column < ProcessModel::ColumnCount; ++column)
        cells << m_model->index(row, column).data().toString();
    return cells.join(u'\t');
}

void ProcessesView::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void ProcessesView::askToSignal(int signal)
{
    const ProcessInfo *p = current();
    if (!p || m_question || p->uid != m_ownUid)
        return;
    const bool kill = signal == SIGKILL;
    const QString who = tr("“%1” (PID %2)").arg(p->name).arg(p->pid);
    // Window-modal and asynchronous: no nested event loop on the GUI thread.
    m_question = new QMessageBox(
        QMessageBox::Warning, kill ? tr("Kill process?") : tr("End process?"),
        kill ? tr("Kill %1 at once? It cannot save anything or clean up (SIGKILL).").arg(who)
             : tr("Ask %1 to end (SIGTERM)? Unsaved work in it may be lost.").arg(who),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_question->button(QMessageBox::Yes)->setText(kill ? tr("&Kill") : tr("&End process"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 pid = p->pid;
    const quint64 startTicks = p->startTicks;
    connect(m_question, &QMessageBox::finished, this, [this, pid, startTicks, signal, who](int r) {
        m_question = nullptr;
        if (r != QMessageBox::Yes)
            return;
        const quint64 id = m_nextRequest++;
        m_pending.insert(id, who);
        Q_EMIT signalRequested(id, pid, startTicks, signal);
    });
    m_question->open();
}

void ProcessesView::showSignalResult(quint64 requestId, qint64 pid, int signal, int error)
{
    const QString who = m_pending.take(requestId);
    if (who.isEmpty())
        return; // not ours
    Q_UNUSED(pid)
    const QString name = signal == SIGKILL ? QStringLiteral("SIGKILL") : QStringLiteral("SIGTERM");
    if (error == 0)
        showMessage(tr("Sent %1 to %2.").arg(name, who), false);
    else if (error == EPERM)
        showMessage(tr("Not allowed to signal %1: it belongs to another user.").arg(who), true);
    else if (error == ESRCH)
        showMessage(tr("%1 has already exited.").arg(who), true);
    else
        showMessage(tr("Could not signal %1: %2").arg(who, QString::fromLocal8Bit(strerror(error))),
                    true);
}

void ProcessesView::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->messageLabel->show();
}

QMessageBox *ProcessesView::signalQuestion() const
{
    return m_question;
}

QString ProcessesView::messageText() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString ProcessesView::summaryText() const
{
    return m_ui->processesSummaryLabel->text();
}

QString ProcessesView::emptyStateText() const
{
    return m_emptyState->isVisible() || m_proxy->rowCount() == 0 ? m_emptyState->text() : QString();
}

void ProcessesView::updateActions()
{
    const ProcessInfo *p = current();
    for (QAction *a : {m_copyRow, m_copyPid, m_copyCommand, m_createCheck})
        a->setEnabled(p != nullptr);
    const bool mine = p && p->uid == m_ownUid;
    m_end->setEnabled(mine);
    m_kill->setEnabled(mine);
    QString why;
    if (!p)
        why = tr("Select a process first");
    else if (!mine)
        why = tr("“%1” belongs to %2: you can end only your own processes")
                  .arg(p->name, p->user.isEmpty() ? tr("another user") : p->user);
    m_end->setToolTip(why.isEmpty() ? withShortcut(tr("Ask the process to end (SIGTERM)"), m_end)
                                    : why);
    m_kill->setToolTip(
        why.isEmpty() ? withShortcut(tr("Stop the process at once (SIGKILL)"), m_kill) : why);
}

void ProcessesView::updateSummary()
{
    const ProcessSnapshot &s = m_model->snapshot();
    if (!s.error.isEmpty())
        m_emptyState->setText(tr("Cannot read the processes: %1").arg(s.error));
    else if (!m_haveSnapshot)
        m_emptyState->setText(tr("Looking at the processes…"));
    else if (m_model->rowCount() > 0)
        m_emptyState->setText(tr("No process matches the filter"));
    else
        m_emptyState->setText(tr("No processes to show"));
    m_emptyState->refresh();
    if (!m_haveSnapshot) {
        m_ui->processesSummaryLabel->clear();
        return;
    }
    const bool byMemory = m_proxy->top() == ProcessFilterProxy::Top::ByMemory;
    m_ui->processesSummaryLabel->setText(
        tr("%1 of %2 processes").arg(m_proxy->rowCount()).arg(s.totalProcesses));
    m_ui->processesSummaryLabel->setToolTip(
        (byMemory ? tr("The %1 processes using the most memory are listed "
                       "(collectors.processes.top), then filtered")
                  : tr("The %1 processes using the most CPU are listed "
                       "(collectors.processes.top), then filtered"))
            .arg(s.top));
}

void ProcessesView::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    Q_EMIT processesWanted(wanted);
}

void ProcessesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setWanted(true);
}

void ProcessesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setWanted(false);
}

} // namespace vigil
