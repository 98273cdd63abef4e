#include "ChecksSettingsPage.h"
#include "ui_ChecksSettingsPage.h"

#include "CheckTableModel.h"
#include "alerts/EmptyStateOverlay.h"
#include "config/Config.h"

#include <QHeaderView>
#include <QShortcut>

namespace vigil {

ChecksSettingsPage::ChecksSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::ChecksSettingsPage>())
    , m_checks(new CheckTableModel(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->checksSettingsTableView;
    view->setModel(m_checks);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckTableModel::TargetColumn, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    new EmptyStateOverlay(
        view, tr("No service checks yet. Add… (Alt+D) watches an HTTP endpoint, a "
                 "TCP port, a DNS name, a process, a file, a log or a Prometheus target."));

    connect(m_ui->addCheckPushButton, &QPushButton::clicked, this, [this] { addCheck(); });
    connect(m_ui->editCheckPushButton, &QPushButton::clicked, this,
            &ChecksSettingsPage::editSelected);
    connect(m_ui->duplicateCheckPushButton, &QPushButton::clicked, this,
            &ChecksSettingsPage::duplicateCheck);
    connect(m_ui->removeCheckPushButton, &QPushButton::clicked, this,
            &ChecksSettingsPage::removeCheck);
    connect(view, &QAbstractItemView::activated, this, &ChecksSettingsPage::editSelected);
    auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ChecksSettingsPage::removeCheck);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecksSettingsPage::updateButtons);

    connect(m_checks, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_checks, &QAbstractItemModel::rowsInserted, this, &SettingsPage::changed);
    connect(m_checks, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_checks, &QAbstractItemModel::dataChanged, this, &SettingsPage::changed);
    updateButtons();
}

ChecksSettingsPage::~ChecksSettingsPage() = default;

QString ChecksSettingsPage::title() const
{
    return tr("Chec&ks");
}

void ChecksSettingsPage::load(const Config &config)
{
    m_checks->setChecks(config.checks);
    if (m_checks->rowCount() > 0)
        selectRow(0);
}

void ChecksSettingsPage::save(Config &config) const
{
    config.checks = m_checks->checks();
}

QStringList ChecksSettingsPage::validate() const
{
    return m_checks->problems();
}

void ChecksSettingsPage::showTestResult(quint64 requestId, const CheckResult &result)
{
    if (m_editor)
        m_editor->showTestResult(requestId, result);
}

int ChecksSettingsPage::currentRow() const
{
    const QItemSelectionModel *selection = m_ui->checksSettingsTableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    return current.isValid() && selection->isRowSelected(current.row(), QModelIndex())
               ? current.row()
               : -1;
}

void ChecksSettingsPage::selectRow(int row)
{
    if (row < 0 || row >= m_checks->rowCount())
        return;
    m_ui->checksSettingsTableView->selectionModel()->setCurrentIndex(
        m_checks->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ChecksSettingsPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_ui->editCheckPushButton->setEnabled(selected);
    m_ui->duplicateCheckPushButton->setEnabled(selected);
    m_ui->removeCheckPushButton->setEnabled(selected);
}

void ChecksSettingsPage::addCheck()
{
    CheckSpec spec;
    spec.name = QStringLiteral("new-check");
    addCheck(spec);
}

void ChecksSettingsPage::addCheck(const CheckSpec &spec)
{
    CheckSpec fresh = spec;
    fresh.name = m_checks->uniqueName(spec.name);
    openEditor(fresh, -1);
}

bool ChecksSettingsPage::editCheck(const QString &name)
{
    const int row = m_checks->rowOfName(name);
    if (row < 0)
        return false;
    selectRow(row);
    m_ui->checksSettingsTableView->scrollTo(m_checks->index(row, 0));
    openEditor(m_checks->check(row), row);
    return true;
}

void ChecksSettingsPage::editSelected()
{
    const int row = currentRow();
    if (row >= 0)
        openEditor(m_checks->check(row), row);
}

void ChecksSettingsPage::duplicateCheck()
{
    const int row = currentRow();
    if (row < 0)
        return;
    CheckSpec copy = m_checks->check(row);
    copy.name = m_checks->uniqueName(copy.name + QStringLiteral("-copy"));
    m_checks->insertCheck(row + 1, copy);
    selectRow(row + 1);
}

void ChecksSettingsPage::removeCheck()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_checks->removeCheck(row);
    selectRow(std::min(row, m_checks->rowCount() - 1));
    updateButtons();
}

void ChecksSettingsPage::openEditor(const CheckSpec &spec, int row)
{
    if (m_editor)
        return;
    m_editedRow = row;
    m_editor = new CheckEditorDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int r = 0; r < m_checks->rowCount(); ++r) {
        if (r != row)
            taken.append(m_checks->check(r).name);
    }
    m_editor->setTakenNames(taken);
    m_editor->setCheck(spec);
    connect(m_editor, &CheckEditorDialog::testRequested, this, &ChecksSettingsPage::testRequested);
    connect(m_editor, &QDialog::finished, this,
            [this, editor = m_editor.data()](int result) { onEditorFinished(editor, result); });
    m_editor->open(); // window-modal, no nested event loop
}

void ChecksSettingsPage::onEditorFinished(const CheckEditorDialog *editor, int result)
{
    if (result != QDialog::Accepted)
        return;
    const CheckSpec spec = editor->check();
    if (m_editedRow >= 0 && m_editedRow < m_checks->rowCount()) {
        m_checks->setCheck(m_editedRow, spec);
        selectRow(m_editedRow);
    } else {
        m_checks->insertCheck(m_checks->rowCount(), spec);
        selectRow(m_checks->rowCount() - 1);
    }
    m_ui->checksSettingsTableView->setFocus();
}

} // namespace vigil
