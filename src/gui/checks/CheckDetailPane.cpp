#include "CheckDetailPane.h"

#include "CheckText.h"
#include "alerts/AlertText.h"
#include "charts/TimeSeriesChart.h"
#include "config/Duration.h"
#include "series/MetricStore.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigil {

namespace {

constexpr qint64 kWindowMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

SeriesId latencyId(const QString &check)
{
    return SeriesId(QStringLiteral("check_latency_seconds"), {{QStringLiteral("check"), check}});
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

CheckDetailPane::CheckDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_target(selectableLabel(this))
    , m_schedule(selectableLabel(this))
    , m_uptime(selectableLabel(this))
    , m_message(selectableLabel(this))
    , m_trace(selectableLabel(this))
    , m_runNow(new QPushButton(tr("&Run now"), this))
    , m_close(new QToolButton(this))
    , m_results(new QTableWidget(0, ResultColumnCount, this))
    , m_resultsMenu(new QMenu(this))
    , m_chart(new TimeSeriesChart(tr("Latency over the last hour (ms)"), Unit::None, this))
{
    setObjectName(QStringLiteral("checkDetailPane"));
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runNow->setObjectName(QStringLiteral("runNowPushButton"));
    m_runNow->setToolTip(tr("Run this check once now, outside its schedule"));
    m_runNow->setAccessibleName(tr("Run check now"));
    connect(m_runNow, &QPushButton::clicked, this,
            [this] { Q_EMIT runNowRequested(m_state.spec.name); });
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the details (Esc)"));
    m_close->setAccessibleName(tr("Close details"));
    connect(m_close, &QToolButton::clicked, this, &CheckDetailPane::closeRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_runNow);
    header->addWidget(m_close);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(tr("Uptime:"), m_uptime);
    form->addRow(tr("Message:"), m_message);

    m_results->setObjectName(QStringLiteral("checkResultsTableWidget"));
    m_results->setAccessibleName(tr("Recent results"));
    m_results->setHorizontalHeaderLabels(
        {tr("Time"), tr("Status"), tr("Latency"), tr("HTTP"), tr("Message"), tr("Request ID")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->setTabKeyNavigation(false);
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    QHeaderView *columns = m_results->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    connect(m_results, &QTableWidget::currentCellChanged, this, &CheckDetailPane::updateTrace);

    auto *copyId = m_resultsMenu->addAction(tr("Copy request &ID"));
    auto *copyTrace = m_resultsMenu->addAction(tr("Copy &traceparent"));
    auto *copyAll = m_resultsMenu->addAction(tr("&Copy result"));
    copyAll->setShortcut(QKeySequence::Copy);
    copyAll->setShortcutContext(Qt::WidgetShortcut);
    m_results->addAction(copyAll);
    connect(copyId, &QAction::triggered, this, [this] {
        if (const CheckResult *r = selectedResult())
            QGuiApplication::clipboard()->setText(r->requestId);
    });
    connect(copyTrace, &QAction::triggered, this, [this] {
        if (const CheckResult *r = selectedResult())
            QGuiApplication::clipboard()->setText(r->traceparent);
    });
    connect(copyAll, &QAction::triggered, this, [this] {
        if (const CheckResult *r = selectedResult())
            QGuiApplication::clipboard()->setText(CheckText::resultDetails(*r));
    });
    connect(m_results, &QWidget::customContextMenuRequested, this,
            [this, copyId, copyTrace](const QPoint &pos) {
                const CheckResult *r = selectedResult();
                copyId->setEnabled(r && !r->requestId.isEmpty());
                copyTrace->setEnabled(r && !r->traceparent.isEmpty());
                m_resultsMenu->popup(m_results->viewport()->mapToGlobal(pos));
            });
    m_trace->setObjectName(QStringLiteral("checkTraceLabel"));
    m_trace->setAccessibleName(tr("Request ID and traceparent"));

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_results, 1);
    left->addWidget(m_trace);

    m_chart->setObjectName(QStringLiteral("checkLatencyChart"));
    m_chart->setTimeWindow(kWindowMs);
    m_chart->setEmptyText(tr("No latency samples in the last hour."));

    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addWidget(m_chart, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

CheckDetailPane::~CheckDetailPane() = default;

void CheckDetailPane::setState(const CheckState &state, qint64 nowMs)
{
    if (state.spec.name != m_state.spec.name) {
        m_resultList.clear();
        m_results->setRowCount(0);
        m_chart->setLines({{latencyId(state.spec.name), tr("latency")}});
    }
    m_state = state;
    m_nowMs = nowMs;
    updateTexts();
}

void CheckDetailPane::updateTexts()
{
    const CheckState &s = m_state;
    m_title->setText(s.spec.name);
    QString status = QStringLiteral("— ") + CheckText::typeText(s.spec.type) +
                     QStringLiteral(", ") + CheckText::stateText(s);
    if (s.running)
        status += tr(", running");
    m_status->setText(status);
    m_target->setText(s.spec.target());

    QStringList schedule{tr("every %1").arg(formatDuration(s.spec.intervalMs)),
                         tr("timeout %1").arg(formatDuration(s.spec.timeoutMs)),
                         tr("retries %1").arg(s.spec.retries)};
    if (s.spec.enabled && s.nextRunMs > 0 && !s.running)
        schedule.append(tr("next run %1").arg(timeText(s.nextRunMs)));
    m_schedule->setText(schedule.join(QStringLiteral(" · ")));

    if (!s.uptimePercent) {
        m_uptime->setText(tr("no attempts yet"));
    } else {
        const qint64 ref = s.last ? s.last->timeMs : m_nowMs;
        const bool partial = ref - s.uptimeSinceMs < kDayMs - 2 * 60 * 1000;
        m_uptime->setText(
            partial ? tr("%1 since %2")
                          .arg(CheckText::uptimeText(s.uptimePercent),
                               timeText(s.uptimeSinceMs).left(5))
                    : tr("%1 over the last 24 hours").arg(CheckText::uptimeText(s.uptimePercent)));
    }
    m_message->setText(s.last ? s.last->message : QString());
    m_runNow->setEnabled(s.spec.enabled && !s.running);
}

void CheckDetailPane::setResults(const QList<CheckResult> &results)
{
    const int selected = m_results->currentRow();
    const bool keepNewest = selected <= 0;
    m_resultList.clear();
    for (auto it = results.crbegin(); it != results.crend(); ++it) {
        if (it->check == m_state.spec.name)
            m_resultList.append(*it);
    }
    m_results->setRowCount(int(m_resultList.size()));
    for (int row = 0; row < m_resultList.size(); ++row) {
        const CheckResult &r = m_resultList.at(row);
        auto set = [this, row](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            if (!tip.isEmpty())
                item->setToolTip(tip);
            m_results->setItem(row, column, item);
        };
        set(TimeColumn, timeText(r.timeMs), AlertText::absoluteTimeText(r.timeMs));
        QString status = CheckText::statusText(r.attemptStatus);
        if (r.attempt > 0)
            status += tr(" (retry %1)").arg(r.attempt);
        set(StatusColumn, status);
        m_results->item(row, StatusColumn)->setIcon(CheckText::statusDot(r.attemptStatus));
        set(LatencyColumn, CheckText::latencyText(r.latencySeconds));
        m_results->item(row, LatencyColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(HttpColumn, r.httpStatus > 0 ? QString::number(r.httpStatus) : QString());
        set(MessageColumn, r.message, r.message);
        set(RequestIdColumn, r.requestId,
            r.traceparent.isEmpty() ? QString() : tr("traceparent: %1").arg(r.traceparent));
    }
    if (!m_resultList.isEmpty())
        m_results->setCurrentCell(
            keepNewest ? 0 : std::min(selected + 1, m_results->rowCount() - 1), 0);
    updateTrace();
}

const CheckResult *CheckDetailPane::selectedResult() const
{
    const int row = m_results->currentRow();
    if (row >= 0 && row < m_resultList.size())
        return &m_resultList.at(row);
    return m_resultList.isEmpty() ? nullptr : &m_resultList.first();
}

void CheckDetailPane::updateTrace()
{
    m_trace->setText(traceText());
    m_trace->setVisible(!m_trace->text().isEmpty());
}

QString CheckDetailPane::traceText() const
{
    const CheckResult *r = selectedResult();
    if (!r || (r->requestId.isEmpty() && r->traceparent.isEmpty()))
        return {};
    QStringList parts;
    if (!r->requestId.isEmpty())
        parts.append(tr("Request ID: %1").arg(r->requestId));
    if (!r->traceparent.isEmpty())
        parts.append(tr("traceparent: %1").arg(r->traceparent));
    return parts.join(QStringLiteral("   "));
}

void CheckDetailPane::refreshChart(const MetricStore *store, qint64 nowMs)
{
    m_nowMs = nowMs;
    // A private copy in milliseconds: the chart's axis then reads 0-250 rather than 0.000-0.250.
    const SeriesId id = latencyId(m_state.spec.name);
    const QList<Sample> samples =
        store ? store->range(id, nowMs - kWindowMs, nowMs) : QList<Sample>();
    MetricStore local(std::max<qsizetype>(samples.size(), 16));
    for (const Sample &s : samples)
        local.append(id, Sample{s.timeMs, s.value * 1000.0});
    m_chart->setSummary(samples.isEmpty() ? QString()
                                          : CheckText::latencyText(samples.constLast().value));
    m_chart->refresh(local, nowMs);
}

} // namespace vigil
