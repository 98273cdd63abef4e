#include "NotificationsSettingsPage.h"
#include "ui_NotificationsSettingsPage.h"

#include "ChannelTableModel.h"
#include "config/Config.h"

#include <QHeaderView>
#include <QShortcut>

namespace vigil {

NotificationsSettingsPage::NotificationsSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::NotificationsSettingsPage>())
    , m_channels(new ChannelTableModel(this))
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->channelsTableView;
    view->setModel(m_channels);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChannelTableModel::DestinationColumn, QHeaderView::Stretch);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);

    connect(m_ui->addChannelPushButton, &QPushButton::clicked, this,
            &NotificationsSettingsPage::addChannel);
    connect(m_ui->editChannelPushButton, &QPushButton::clicked, this,
            &NotificationsSettingsPage::editSelected);
    connect(m_ui->duplicateChannelPushButton, &QPushButton::clicked, this,
            &NotificationsSettingsPage::duplicateChannel);
    connect(m_ui->removeChannelPushButton, &QPushButton::clicked, this,
            &NotificationsSettingsPage::removeChannel);
    connect(view, &QAbstractItemView::activated, this, &NotificationsSettingsPage::editSelected);
    auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &NotificationsSettingsPage::removeChannel);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotificationsSettingsPage::updateButtons);

    connect(m_channels, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_channels, &QAbstractItemModel::rowsInserted, this, &SettingsPage::changed);
    connect(m_channels, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_channels, &QAbstractItemModel::dataChanged, this, &SettingsPage::changed);
    updateButtons();
}

NotificationsSettingsPage::~NotificationsSettingsPage() = default;

QString NotificationsSettingsPage::title() const
{
    return tr("&Notifications");
}

void NotificationsSettingsPage::load(const Config &config)
{
    m_channels->setChannels(config.channels);
    if (m_channels->rowCount() > 0)
        selectRow(0);
}

void NotificationsSettingsPage::save(Config &config) const
{
    config.channels = m_channels->channels();
}

QStringList NotificationsSettingsPage::validate() const
{
    return m_channels->problems();
}

void NotificationsSettingsPage::showTestResult(quint64 requestId, int httpStatus, qint64 ms,
                                               const QString &error)
{
    if (m_editor)
        m_editor->showTestResult(requestId, httpStatus, ms, error);
}

int NotificationsSettingsPage::currentRow() const
{
    const QItemSelectionModel *selection = m_ui->channelsTableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    return current.isValid() && selection->isRowSelected(current.row(), QModelIndex())
               ? current.row()
               : -1;
}

void NotificationsSettingsPage::selectRow(int row)
{
    if (row < 0 || row >= m_channels->rowCount())
        return;
    m_ui->channelsTableView->selectionModel()->setCurrentIndex(
        m_channels->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void NotificationsSettingsPage::updateButtons()
{
    m_ui->emptyLabel->setVisible(m_channels->rowCount() == 0);
    const bool selected = currentRow() >= 0;
    m_ui->editChannelPushButton->setEnabled(selected);
    m_ui->duplicateChannelPushButton->setEnabled(selected);
    m_ui->removeChannelPushButton->setEnabled(selected);
}

void NotificationsSettingsPage::addChannel()
{
    ChannelSpec spec;
    spec.name = m_channels->uniqueName(QStringLiteral("new-channel"));
    openEditor(spec, -1);
}

bool NotificationsSettingsPage::editChannel(const QString &name)
{
    const int row = m_channels->rowOfName(name);
    if (row < 0)
        return false;
    selectRow(row);
    m_ui->channelsTableView->scrollTo(m_channels->index(row, 0));
    openEditor(m_channels->channel(row), row);
    return true;
}

void NotificationsSettingsPage::editSelected()
{
    const int row = currentRow();
    if (row >= 0)
        openEditor(m_channels->channel(row), row);
}

void NotificationsSettingsPage::duplicateChannel()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ChannelSpec copy = m_channels->channel(row);
    copy.name = m_channels->uniqueName(copy.name + QStringLiteral("-copy"));
    m_channels->insertChannel(row + 1, copy);
    selectRow(row + 1);
    updateButtons();
}

void NotificationsSettingsPage::removeChannel()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_channels->removeChannel(row);
    selectRow(std::min(row, m_channels->rowCount() - 1));
    updateButtons();
}

void NotificationsSettingsPage::openEditor(const ChannelSpec &spec, int row)
{
    if (m_editor)
        return;
    m_editedRow = row;
    m_editor = new ChannelEditorDialog(this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (int r = 0; r < m_channels->rowCount(); ++r) {
        if (r != row)
            taken.append(m_channels->channel(r).name);
    }
    m_editor->setTakenNames(taken);
    m_editor->setChannel(spec);
    connect(m_editor, &ChannelEditorDialog::testRequested, this,
            &NotificationsSettingsPage::testRequested);
    connect(m_editor, &QDialog::finished, this,
            [this, editor = m_editor.data()](int result) { onEditorFinished(editor, result); });
    m_editor->open(); // window-modal, no nested event loop
}

void NotificationsSettingsPage::onEditorFinished(const ChannelEditorDialog *editor, int result)
{
    if (result != QDialog::Accepted)
        return;
    const ChannelSpec spec = editor->channel();
    if (m_editedRow >= 0 && m_editedRow < m_channels->rowCount()) {
        m_channels->setChannel(m_editedRow, spec);
        selectRow(m_editedRow);
    } else {
        m_channels->insertChannel(m_channels->rowCount(), spec);
        selectRow(m_channels->rowCount() - 1);
        updateButtons();
    }
    m_ui->channelsTableView->setFocus();
}

} // namespace vigil
