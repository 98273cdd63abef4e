#include "AlertDetailPane.h"

#include "AlertModel.h"
#include "AlertText.h"
#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

constexpr qint64 kMinute = 60 * 1000;
const SeriesId kThresholdId(QStringLiteral("threshold"));

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

Unit unitOf(const Alert &alert, const std::optional<AlertRule> &rule)
{
    if (alert.series.isValid())
        return AlertText::unitOfMetric(alert.series.name());
    return rule ? AlertText::unitOfMetric(AlertText::metricOfSelector(rule->series)) : Unit::None;
}

bool raisesUpwards(CompareOp op)
{
    return op == CompareOp::Greater || op == CompareOp::GreaterEqual;
}

QString thresholdLine(const QString &level, CompareOp op, double raise,
                      const std::optional<double> &clear, Unit unit)
{
    QString text = level + u' ' + AlertText::operatorText(op) + u' ' + formatValue(raise, unit);
    if (clear) {
        text += raisesUpwards(op)
                    ? AlertDetailPane::tr(", clears below %1").arg(formatValue(*clear, unit))
                    : AlertDetailPane::tr(", clears above %1").arg(formatValue(*clear, unit));
    }
    return text;
}

} // namespace

AlertDetailPane::AlertDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_summary(selectableLabel(this))
    , m_description(selectableLabel(this))
    , m_labels(selectableLabel(this))
    , m_value(selectableLabel(this))
    , m_thresholds(selectableLabel(this))
    , m_runbook(new QLabel(this))
    , m_timeline(selectableLabel(this))
    , m_close(new QToolButton(this))
    , m_chartHolder(new QWidget(this))
{
    setObjectName(QStringLiteral("alertDetailPane"));
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_runbook->setTextFormat(Qt::RichText);
    m_runbook->setOpenExternalLinks(true); // QDesktopServices::openUrl
    m_runbook->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the details (Esc)"));
    m_close->setAccessibleName(tr("Close details"));
    connect(m_close, &QToolButton::clicked, this, &AlertDetailPane::closeRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state, 1);
    header->addWidget(m_close);

    auto *info = new QWidget;
    auto *form = new QFormLayout(info);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_summary);
    form->addRow(m_description);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Thresholds:"), m_thresholds);
    form->addRow(tr("Runbook:"), m_runbook);
    form->addRow(tr("Timeline:"), m_timeline);
    auto *scroll = new QScrollArea;
    scroll->setWidget(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);

    auto *chartLayout = new QVBoxLayout(m_chartHolder);
    chartLayout->setContentsMargins(0, 0, 0, 0);

    auto *body = new QHBoxLayout;
    body->addWidget(scroll, 2);
    body->addWidget(m_chartHolder, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

AlertDetailPane::~AlertDetailPane() = default;

void AlertDetailPane::setAlert(const Alert &alert, const std::optional<AlertRule> &rule,
                               qint64 nowMs)
{
    if (alert.fingerprint != m_alert.fingerprint)
        m_history.clear();
    m_alert = alert;
    m_rule = rule;
    m_nowMs = nowMs;
    updateTexts();
    updateTimeline();
    rebuildChart();
}

void AlertDetailPane::setHistory(const QList<AlertEvent> &events)
{
    m_history.clear();
    for (const AlertEvent &e : events) {
        if (e.fingerprint == m_alert.fingerprint)
            m_history.append(e);
    }
    std::stable_sort(m_history.begin(), m_history.end(),
                     [](const AlertEvent &a, const AlertEvent &b) { return a.timeMs < b.timeMs; });
    updateTimeline();
}

void AlertDetailPane::updateTexts()
{
    const Alert &a = m_alert;
    const Unit unit = unitOf(a, m_rule);
    m_title->setText(a.rule);
    m_state->setText(QStringLiteral("— ") + AlertText::severityText(a.severity) +
                     QStringLiteral(", ") +
                     AlertModel::stateText(a, m_rule ? m_rule->forMs : -1, m_nowMs));
    m_summary->setText(a.summary);
    m_summary->setVisible(!a.summary.isEmpty());
    m_description->setText(a.description);
    m_description->setVisible(!a.description.isEmpty());
    m_labels->setText(AlertText::labelsToolTip(a.labels));

    QString value = formatValue(a.value, unit);
    if (a.lastSampleMs > 0)
        value += tr(" at %1").arg(AlertText::absoluteTimeText(a.lastSampleMs));
    if (a.stale)
        value += tr(" (stale: no newer sample)");
    m_value->setText(value);

    QStringList thresholds;
    if (m_rule) {
        if (m_rule->warning)
            thresholds.append(thresholdLine(tr("warning"), m_rule->op, *m_rule->warning,
                                            m_rule->warningClear, unit));
        if (m_rule->critical)
            thresholds.append(thresholdLine(tr("critical"), m_rule->op, *m_rule->critical,
                                            m_rule->criticalClear, unit));
        if (m_rule->forMs > 0)
            thresholds.append(tr("for %1").arg(AlertText::durationText(m_rule->forMs)));
    } else {
        thresholds.append(tr("%1 at %2")
                              .arg(AlertText::severityText(a.severity).toLower(),
                                   formatValue(a.threshold, unit)));
    }
    m_thresholds->setText(thresholds.join(u'\n'));

    const QUrl url(a.runbook);
    if (a.runbook.isEmpty() || !url.isValid()) {
        m_runbook->setText(tr("none"));
    } else {
        m_runbook->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), a.runbook.toHtmlEscaped()));
    }
}

void AlertDetailPane::updateTimeline()
{
    m_timeline->setText(timelineText());
}

QString AlertDetailPane::timelineText() const
{
    const Alert &a = m_alert;
    const Unit unit = unitOf(a, m_rule);
    QStringList lines;
    if (!m_history.isEmpty()) {
        const qsizetype first = std::max<qsizetype>(0, m_history.size() - 20);
        for (qsizetype i = first; i < m_history.size(); ++i) {
            const AlertEvent &e = m_history.at(i);
            lines.append(AlertText::absoluteTimeText(e.timeMs) + QStringLiteral("  ") +
                         AlertText::eventKindText(e.kind) + QStringLiteral(" (") +
                         AlertText::severityText(e.toSeverity).toLower() + QStringLiteral(", ") +
                         formatValue(e.value, unit) + u')');
        }
        return lines.join(u'\n');
    }
    // Without stored events, what the alert itself knows.
    if (a.activeSinceMs > 0)
        lines.append(AlertText::absoluteTimeText(a.activeSinceMs) + QStringLiteral("  ") +
                     tr("Pending"));
    if (a.state == AlertState::Firing && a.firingSinceMs > 0)
        lines.append(AlertText::absoluteTimeText(a.firingSinceMs) + QStringLiteral("  ") +
                     tr("Firing (%1)").arg(AlertText::severityText(a.severity).toLower()));
    if (a.acknowledged)
        lines.append(tr("Acknowledged: no repeats until it resolves"));
    if (!a.silencedBy.isEmpty())
        lines.append(tr("Silenced by %1").arg(a.silencedBy));
    if (a.stale && a.lastSampleMs > 0)
        lines.append(AlertText::absoluteTimeText(a.lastSampleMs) + QStringLiteral("  ") +
                     tr("Last sample (stale since)"));
    return lines.join(u'\n');
}

void AlertDetailPane::rebuildChart()
{
    const Unit unit = unitOf(m_alert, m_rule);
    const QString key = m_alert.series.toString() + u'|' + unitName(unit);
    if (m_chart && key == m_chartKey)
        return;
    delete m_chart;
    m_chartKey = key;
    const QString title = m_alert.series.isValid() ? m_alert.series.toString() : m_alert.rule;
    m_chart = new TimeSeriesChart(title, unit, m_chartHolder);
    m_chart->setObjectName(QStringLiteral("alertChart"));
    if (unit == Unit::Percent)
        m_chart->setFixedRange(0, 100);
    m_chart->setEmptyText(tr("No samples of this series in memory."));
    m_chartHolder->layout()->addWidget(m_chart);
}

void AlertDetailPane::refreshChart(const MetricStore *store, qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_chart)
        return;
    const Unit unit = unitOf(m_alert, m_rule);
    // Show the run-up to the alert as well: from a few minutes before it became active.
    const qint64 since = m_alert.activeSinceMs > 0 ? m_alert.activeSinceMs : nowMs;
    const qint64 window =
        std::clamp<qint64>(nowMs - since + 5 * kMinute, 10 * kMinute, 60 * kMinute);
    m_chart->setTimeWindow(window);

    // A private copy of the series plus the threshold as a flat line.
    MetricStore local(4096);
    const QList<Sample> samples = store && m_alert.series.isValid()
                                      ? store->range(m_alert.series, nowMs - window, nowMs)
                                      : QList<Sample>();
    for (const Sample &s : samples)
        local.append(m_alert.series, s);
    QList<ChartLine> lines{{m_alert.series, tr("value")}};
    if (!samples.isEmpty()) {
        local.append(kThresholdId, Sample{nowMs - window, m_alert.threshold});
        local.append(kThresholdId, Sample{nowMs, m_alert.threshold});
        lines.append({kThresholdId, tr("%1 threshold %2")
                                        .arg(AlertText::severityText(m_alert.severity).toLower(),
                                             formatValue(m_alert.threshold, unit))});
    }
    m_chart->setLines(lines);
    m_chart->setSummary(samples.isEmpty() ? QString()
                                          : formatValue(samples.constLast().value, unit));
    m_chart->refresh(local, nowMs);
}

} // namespace vigil
