#include "RulesSettingsPage.h"
#include "ui_RulesSettingsPage.h"

#include "RuleEditorDialog.h"
#include "RuleTableModel.h"
#include "alerts/EmptyStateOverlay.h"
#include "config/Config.h"

#include <QHeaderView>
#include <QShortcut>

namespace vigil {

RulesSettingsPage::RulesSettingsPage(RuleTableModel *rules, QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::RulesSettingsPage>())
    , m_rules(rules)
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->rulesTableView;
    view->setModel(m_rules);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RuleTableModel::SeriesColumn, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    new EmptyStateOverlay(view, tr("No alert rules: nothing raises an alert. Add… (Alt+D) creates "
                                   "one; the General page restores the shipped CPU, memory and "
                                   "file system rules."));

    connect(m_ui->addPushButton, &QPushButton::clicked, this, &RulesSettingsPage::addRule);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &RulesSettingsPage::editRule);
    connect(m_ui->duplicatePushButton, &QPushButton::clicked, this,
            &RulesSettingsPage::duplicateRule);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &RulesSettingsPage::removeRule);
    connect(view, &QAbstractItemView::activated, this, &RulesSettingsPage::editRule);
    auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RulesSettingsPage::removeRule);
    // The selection, not the current index: selectRow() moves the current index first.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesSettingsPage::updateButtons);

    connect(m_rules, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, &SettingsPage::changed);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &SettingsPage::changed);
    updateButtons();
}

RulesSettingsPage::~RulesSettingsPage() = default;

QString RulesSettingsPage::title() const
{
    return tr("Alert r&ules");
}

void RulesSettingsPage::load(const Config &config)
{
    m_rules->setRules(config.rules);
    if (m_rules->rowCount() > 0)
        selectRow(0);
}

void RulesSettingsPage::save(Config &config) const
{
    config.rules = m_rules->rules();
}

QStringList RulesSettingsPage::validate() const
{
    return m_rules->problems();
}

void RulesSettingsPage::setKnownSeries(const QList<SeriesId> &series)
{
    m_knownSeries = series;
    if (m_editor)
        m_editor->setKnownSeries(series);
}

int RulesSettingsPage::currentRow() const
{
    const QModelIndex current = m_ui->rulesTableView->selectionModel()->currentIndex();
    return current.isValid() && m_ui->rulesTableView->selectionModel()->isRowSelected(current.row(),
                                                                                      QModelIndex())
               ? current.row()
               : -1;
}

void RulesSettingsPage::selectRow(int row)
{
    if (row < 0 || row >= m_rules->rowCount())
        return;
    m_ui->rulesTableView->selectionModel()->setCurrentIndex(
        m_rules->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RulesSettingsPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_ui->editPushButton->setEnabled(selected);
    m_ui->duplicatePushButton->setEnabled(selected);
    m_ui->removePushButton->setEnabled(selected);
}

void RulesSettingsPage::addRule()
{
    AlertRule rule;
    rule.name = m_rules->uniqueName(QStringLiteral("new_rule"));
    openEditor(rule, -1);
}

void RulesSettingsPage::editRule()
{
    const int row = currentRow();
    if (row >= 0)
        openEditor(m_rules->rule(row), row);
}

void RulesSettingsPage::duplicateRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    AlertRule copy = m_rules->rule(row);
    copy.name = m_rules->uniqueName(copy.name + QStringLiteral("_copy"));
    m_rules->insertRule(row + 1, copy);
    selectRow(row + 1);
}

void RulesSettingsPage::removeRule()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_rules->removeRule(row);
    selectRow(std::min(row, m_rules->rowCount() - 1));
    updateButtons();
}

void RulesSettingsPage::openEditor(const AlertRule &rule, int row)
{
    if (m_editor)
        return;
    m_editedRow = row;
    m_editor = new RuleEditorDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        if (r != row)
            taken.append(m_rules->rule(r).name);
    }
    m_editor->setKnownSeries(m_knownSeries);
    m_editor->setTakenNames(taken);
    m_editor->setRule(rule);
    connect(m_editor, &QDialog::finished, this,
            [this, editor = m_editor.data()](int result) { onEditorFinished(editor, result); });
    m_editor->open(); // window-modal, no nested event loop
}

void RulesSettingsPage::onEditorFinished(const RuleEditorDialog *editor, int result)
{
    if (result != QDialog::Accepted)
        return;
    const AlertRule rule = editor->rule();
    if (m_editedRow >= 0 && m_editedRow < m_rules->rowCount()) {
        m_rules->setRule(m_editedRow, rule);
        selectRow(m_editedRow);
    } else {
        m_rules->insertRule(m_rules->rowCount(), rule);
        selectRow(m_rules->rowCount() - 1);
    }
    m_ui->rulesTableView->setFocus();
}

} // namespace vigil
