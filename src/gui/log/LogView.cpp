#include "LogView.h"
#include "ui_LogView.h"

#include "LogFilterProxy.h"
#include "LogModel.h"
#include "alerts/EmptyStateOverlay.h"
#include "log/LogEntry.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QShortcut>

namespace vigil {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogView>())
    , m_model(new LogModel(this))
    , m_proxy(new LogFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView *table = m_ui->logTableView;
    table->setModel(m_proxy);
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    header->resizeSection(LogModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-08 09:33:21.042")) +
                              padding);
    header->resizeSection(LogModel::LevelColumn,
                          metrics.horizontalAdvance(tr("Warning")) + metrics.height() + padding);
    header->resizeSection(LogModel::CategoryColumn,
                          metrics.horizontalAdvance(QStringLiteral("vigil.collector")) + padding);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);

    for (const LogLevel level :
         {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
        m_ui->levelComboBox->addItem(LogModel::levelText(level), int(level));

    m_emptyState = new EmptyStateOverlay(table, tr("Nothing has been logged yet."));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumLevel(m_ui->levelComboBox->currentData().toInt());
        updateCount();
    });
    connect(m_ui->followCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            scrollToNewest();
    });
    connect(m_ui->openFolderPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT openFolderRequested(m_directory); });
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });

    // Follow mode: new rows (and layout changes that move the end) keep the view at the bottom;
    // a move away from the bottom that we did not make is the user scrolling up.
    QScrollBar *bar = table->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (isFollowing())
            scrollToNewest();
    });
    connect(bar, &QScrollBar::valueChanged, this, &LogView::onScrolled);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        if (isFollowing())
            scrollToNewest();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogView::updateCount);
    // Info and above at first: debug lines only on request.
    m_ui->levelComboBox->setCurrentIndex(m_ui->levelComboBox->findData(int(LogLevel::Info)));
    updateCount();
}

LogView::~LogView() = default;

void LogView::setTail(RecentLog *tail)
{
    m_model->setTail(tail);
    if (isFollowing())
        scrollToNewest();
}

void LogView::setLogDirectory(const QString &directory)
{
    m_directory = directory;
    m_ui->openFolderPushButton->setEnabled(!directory.isEmpty());
    m_ui->openFolderPushButton->setToolTip(
        tr("Open %1 (vigil.log and its rotated copies) in the file manager").arg(directory));
}

QTableView *LogView::tableView() const
{
    return m_ui->logTableView;
}

bool LogView::isFollowing() const
{
    return m_ui->followCheckBox->isChecked();
}

void LogView::setFollowing(bool follow)
{
    m_ui->followCheckBox->setChecked(follow);
}

bool LogView::isEmptyStateShown() const
{
    return !m_emptyState->isHidden();
}

QString LogView::emptyStateText() const
{
    return m_emptyState->text();
}

void LogView::scrollToNewest()
{
    m_autoScrolling = true;
    m_ui->logTableView->scrollToBottom();
    QScrollBar *bar = m_ui->logTableView->verticalScrollBar();
    bar->setValue(bar->maximum());
    m_autoScrolling = false;
}

void LogView::onScrolled(int value)
{
    if (m_autoScrolling || !isFollowing())
        return;
    if (value < m_ui->logTableView->verticalScrollBar()->maximum())
        setFollowing(false);
}

void LogView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_ui->countLabel->setText(shown == total ? tr("%n entries", nullptr, total)
                                             : tr("%1 of %n entries", nullptr, total).arg(shown));
    m_emptyState->setText(total == 0 ? tr("Nothing has been logged yet.")
                                     : tr("No entries match the level and search."));
}

} // namespace vigil
