#include "HistoryView.h"
#include "ui_HistoryView.h"

#include "AlertText.h"
#include "EmptyStateOverlay.h"
#include "HistoryModel.h"
#include "util/Clock.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>

namespace vigil {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kCustom = -1;

QVariant kindList(std::initializer_list<AlertEventKind> kinds)
{
    QVariantList list;
    for (AlertEventKind k : kinds)
        list.append(int(k));
    return list;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_textTimer(new QTimer(this))
    , m_clock(&Clock::system())
{
    m_ui->setupUi(this);

    QComboBox *range = m_ui->timeRangeComboBox;
    range->addItem(tr("Last hour"), kHour);
    range->addItem(tr("Last 24 hours"), 24 * kHour);
    range->addItem(tr("Last 7 days"), 7 * 24 * kHour);
    range->addItem(tr("Last 90 days"), 90 * 24 * kHour);
    range->addItem(tr("Custom…"), kCustom);
    range->setCurrentIndex(1);
    m_ui->customRangeWidget->hide();

    QComboBox *severity = m_ui->severityComboBox;
    severity->addItem(tr("All"), QVariantList());
    severity->addItem(AlertText::severityText(Severity::Warning),
                      QVariantList{int(Severity::Warning)});
    severity->addItem(AlertText::severityText(Severity::Critical),
                      QVariantList{int(Severity::Critical)});

    QComboBox *kind = m_ui->kindComboBox;
    using K = AlertEventKind;
    kind->addItem(tr("All"), QVariantList());
    kind->addItem(tr("Notified changes"),
                  kindList({K::Firing, K::Escalated, K::Deescalated, K::Resolved}));
    kind->addItem(tr("Firing"), kindList({K::Firing}));
    kind->addItem(tr("Escalated or de-escalated"), kindList({K::Escalated, K::Deescalated}));
    kind->addItem(tr("Resolved"), kindList({K::Resolved}));
    kind->addItem(tr("Pending"), kindList({K::Pending}));
    kind->addItem(tr("Repeats"), kindList({K::Repeat}));
    kind->addItem(tr("Acknowledged"), kindList({K::Acknowledged}));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    QTableView *table = m_ui->historyTableView;
    table->setModel(m_proxy);
    table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::LabelsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::SummaryColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(HistoryModel::TimeColumn, 135);
    header->resizeSection(HistoryModel::KindColumn, 105);
    header->resizeSection(HistoryModel::SeverityColumn, 150);
    header->resizeSection(HistoryModel::RuleColumn, 130);
    header->resizeSection(HistoryModel::ValueColumn, 70);
    // Label sets end with the telling part as often as they start with it (mount=/srv/...).
    table->setTextElideMode(Qt::ElideMiddle);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty = new EmptyStateOverlay(table, tr("No alert events in this time range"));

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(300); // typing pauses, then one query
    connect(m_textTimer, &QTimer::timeout, this, &HistoryView::requestQuery);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_textTimer,
            qOverload<>(&QTimer::start));
    connect(range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_ui->timeRangeComboBox->currentData().toLongLong() == kCustom;
        if (custom && m_ui->fromDateTimeEdit->dateTime() >= m_ui->toDateTimeEdit->dateTime()) {
            const qint64 now = m_clock->nowMs();
            setCustomRange(now - 24 * kHour, now);
        }
        m_ui->customRangeWidget->setVisible(custom);
        onFiltersChanged();
    });
    for (QComboBox *c : {severity, kind})
        connect(c, &QComboBox::currentIndexChanged, this, &HistoryView::onFiltersChanged);
    for (QDateTimeEdit *e : {m_ui->fromDateTimeEdit, m_ui->toDateTimeEdit})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &HistoryView::requestQuery);
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this,
            [this] { chooseExportPath(HistoryExport::Format::Csv); });
    connect(m_ui->exportJsonPushButton, &QPushButton::clicked, this,
            [this] { chooseExportPath(HistoryExport::Format::Json); });
    connect(&m_exportWatcher, &QFutureWatcher<HistoryExport::Result>::finished, this,
            &HistoryView::onExportFinished);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &HistoryView::requestQuery);
    addActions({find, refresh});

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    updateCount();
}

HistoryView::~HistoryView() = default;

QTableView *HistoryView::tableView() const
{
    return m_ui->historyTableView;
}

void HistoryView::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void HistoryView::setRules(const QList<AlertRule> &rules)
{
    m_model->setRules(rules);
}

void HistoryView::setEvents(const QList<AlertEvent> &events)
{
    m_model->setEvents(events);
}

void HistoryView::appendEvents(const QList<AlertEvent> &events)
{
    const EventQuery q = query();
    QList<AlertEvent> matching;
    for (const AlertEvent &e : events) {
        if (HistoryModel::matches(q, e))
            matching.append(e);
    }
    if (!matching.isEmpty())
        m_model->appendEvents(matching);
}

EventQuery HistoryView::query() const
{
    EventQuery q;
    const qint64 span = m_ui->timeRangeComboBox->currentData().toLongLong();
    if (span == kCustom) {
        q.fromMs = m_ui->fromDateTimeEdit->dateTime().toMSecsSinceEpoch();
        q.toMs = m_ui->toDateTimeEdit->dateTime().toMSecsSinceEpoch();
    } else {
        q.fromMs = m_clock->nowMs() - span; // open-ended: live events keep arriving
    }
    for (const QVariant &v : m_ui->severityComboBox->currentData().toList())
        q.severities.append(Severity(v.toInt()));
    for (const QVariant &v : m_ui->kindComboBox->currentData().toList())
        q.kinds.append(AlertEventKind(v.toInt()));
    q.text = m_ui->searchLineEdit->text().trimmed();
    q.limit = m_model->limit();
    return q;
}

void HistoryView::setRange(Range range)
{
    m_ui->timeRangeComboBox->setCurrentIndex(int(range));
}

void HistoryView::setCustomRange(qint64 fromMs, qint64 toMs)
{
    const QSignalBlocker fromBlocker(m_ui->fromDateTimeEdit);
    const QSignalBlocker toBlocker(m_ui->toDateTimeEdit);
    m_ui->fromDateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs - fromMs % 60000));
    m_ui->toDateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs - toMs % 60000));
    if (m_ui->timeRangeComboBox->currentData().toLongLong() == kCustom)
        m_textTimer->start();
}

void HistoryView::requestQuery()
{
    m_textTimer->stop();
    m_exportStatus.clear();
    Q_EMIT queryRequested(query());
}

void HistoryView::onFiltersChanged()
{
    const bool filtered = m_ui->severityComboBox->currentIndex() > 0 ||
                          m_ui->kindComboBox->currentIndex() > 0 ||
                          !m_ui->searchLineEdit->text().trimmed().isEmpty();
    m_empty->setText(filtered ? tr("No alert events match these filters")
                              : tr("No alert events in this time range"));
    requestQuery();
}

void HistoryView::updateCount()
{
    const int n = m_model->rowCount();
    QString text = n == 1 ? tr("1 event") : tr("%n events", nullptr, n);
    if (n >= m_model->limit())
        text += tr(" (the newest %1; narrow the filters to see older ones)").arg(n);
    if (!m_exportStatus.isEmpty())
        text += QStringLiteral(" · ") + m_exportStatus;
    m_ui->historyCountLabel->setText(text);
    m_ui->exportCsvPushButton->setEnabled(n > 0 && !isExporting());
    m_ui->exportJsonPushButton->setEnabled(n > 0 && !isExporting());
}

QString HistoryView::countText() const
{
    return m_ui->historyCountLabel->text();
}

QList<AlertEvent> HistoryView::shownEvents() const
{
    QList<AlertEvent> out;
    out.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out.append(m_model->eventAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return out;
}

void HistoryView::chooseExportPath(HistoryExport::Format format)
{
    const bool csv = format == HistoryExport::Format::Csv;
    const QString name =
        QStringLiteral("vigil-alert-history-") +
        QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).toString(QStringLiteral("yyyyMMdd-HHmm")) +
        (csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(
        this, csv ? tr("Export history as CSV") : tr("Export history as JSON"),
        QDir(dir).filePath(name), csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open(); // no nested event loop
}

void HistoryView::exportTo(const QString &path, HistoryExport::Format format)
{
    if (isExporting())
        return;
    const QList<AlertEvent> events = shownEvents(); // a snapshot: live rows may arrive meanwhile
    m_exportStatus = tr("exporting…");
    m_exportWatcher.setFuture(HistoryExport::start(path, format, events));
    updateCount();
}

void HistoryView::onExportFinished()
{
    const HistoryExport::Result result = m_exportWatcher.result();
    if (result.ok()) {
        const int count = int(result.count);
        m_exportStatus = (count == 1 ? tr("exported %n event to %1", nullptr, count)
                                     : tr("exported %n events to %1", nullptr, count))
                             .arg(QDir::toNativeSeparators(result.path));
    } else {
        m_exportStatus = tr("export failed");
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export failed"),
            tr("The alert history could not be written to\n%1\n\n%2\n\nNothing was changed "
               "there; the events are still shown here, so you can try another place.")
                .arg(QDir::toNativeSeparators(result.path), result.error),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportErrorMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    updateCount();
    Q_EMIT exportFinished(result.path, result.error);
}

} // namespace vigil
