#include "TimeSeriesChart.h"

#include "AxisScale.h"
#include "ChartTheme.h"
#include "TimeSeriesChartPrivate.h"
#include "ZoomableChartView.h"
#include "series/MetricStore.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

// Tableau 10: distinct, colour-blind friendlier than Qt's defaults.
const QColor kPalette[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                           QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
                           QColor(0xbcbd22), QColor(0x17becf)};
constexpr int kMaxLegendEntries = 8;

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, Unit unit, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->unit = unit;
    d->title = title;
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    d->chart->legend()->setFont(small);

    d->xAxis = new QDateTimeAxis;
    d->xAxis->setFormat(QStringLiteral("HH:mm:ss"));
    d->xAxis->setTickCount(6);
    d->xAxis->setLabelsFont(small);
    d->yAxis = new QValueAxis;
    d->yAxis->setLabelsFont(small);
    d->yAxis->setTitleFont(small);
    d->yAxis->setTickCount(5);
    d->yAxis->setTickType(QValueAxis::TicksDynamic);
    d->yAxis->setTickAnchor(0);
    d->yAxis->setTickInterval(25);
    d->yAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart->addAxis(d->yAxis, Qt::AlignLeft);
    applyChartPalette(d->chart, palette());

    d->view = new ZoomableChartView(d->chart);
    d->view->setMinimumHeight(150);
    d->view->setFocusPolicy(Qt::StrongFocus);         // Esc and the menu key reach the chart
    d->view->setContextMenuPolicy(Qt::NoContextMenu); // our contextMenuEvent() builds it
    d->view->setAccessibleName(tr("%1 chart").arg(title));
    d->view->setAccessibleDescription(
        tr("Drag across the chart to zoom; double-click or Esc to reset; the menu key for more"));
    connect(d->view, &ZoomableChartView::hovered, this,
            [this](QPointF pos, QPoint global) { d->showTooltip(pos, global, this); });
    connect(d->view, &ZoomableChartView::spanSelected, this, &TimeSeriesChart::zoomToPixels);
    connect(d->view, &ZoomableChartView::resetRequested, this, &TimeSeriesChart::requestReset);

    auto *titleLabel = new QLabel(title);
    QFont bold = font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    d->summary = new QLabel;
    d->summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The header is as tall as the reset button even while that is hidden, so zooming never
    // changes the chart view's height: re-laying the view out upsets Qt Charts 6.4 (see below).
    d->clippedLabel = new QLabel;
    d->clippedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    d->resetButton = new QToolButton;
    d->resetButton->setAutoRaise(true);
    d->resetButton->setText(tr("Reset zoom"));
    titleLabel->setMinimumHeight(d->resetButton->sizeHint().height());
    auto *header = new QHBoxLayout;
    header->addWidget(titleLabel);
    header->addStretch();
    header->addWidget(d->clippedLabel);
    header->addWidget(d->summary);
    header->addWidget(d->resetButton);

    // The empty-state text is drawn in the chart's own scene. Showing and hiding a widget next to
    // the chart view instead re-lays the view out, after which Qt Charts 6.4 leaves the time
    // axis labels hidden and the value labels elided.
    d->emptyText = new QGraphicsSimpleTextItem(d->chart);
    d->emptyText->setBrush(palette().color(QPalette::Disabled, QPalette::WindowText));
    d->emptyText->setZValue(10);
    setEmptyText(tr("Waiting for data…"));
    connect(d->chart, &QChart::plotAreaChanged, this, [this] {
        d->placeEmptyText();
        if (d->fixedRange)
            d->applyTickSpacing();
        Q_EMIT plotAreaMoved();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(d->view, 1);
    d->unitText = vigil::axisUnitText(unit);
    d->yAxis->setTitleText(d->unitText);
    createActions();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(d->chart, palette());
        d->emptyText->setBrush(palette().color(QPalette::Disabled, QPalette::WindowText));
    }
    QWidget::changeEvent(event);
}

void TimeSeriesChart::setFixedRange(double min, double max)
{
    d->fixedRange = true;
    d->fixedMin = min;
    d->fixedMax = max;
    d->yAxis->setRange(min, max);
    d->applyTickSpacing();
}

void TimeSeriesChart::setLines(const QList<ChartLine> &lines)
{
    QList<Private::Line> kept;
    for (const ChartLine &spec : lines) {
        auto it = std::find_if(d->lines.begin(), d->lines.end(),
                               [&](const Private::Line &l) { return l.spec.id == spec.id; });
        if (it != d->lines.end()) {
            it->spec.label = spec.label;
            it->series->setName(spec.label);
            kept.append(*it);
            it->series = nullptr; // moved
            continue;
        }
        Private::Line line;
        line.spec = spec;
        line.series = new QLineSeries;
        line.series->setName(spec.label);
        // 1 px: wide pens are drawn as one slow polyline by Qt Charts.
        line.series->setPen(QPen(kPalette[d->nextColour++ % std::size(kPalette)], 1.0));
        d->chart->addSeries(line.series);
        line.series->attachAxis(d->xAxis);
        line.series->attachAxis(d->yAxis);
        d->measuredSize = QSize(); // adding a series resets the axes' measurements
        kept.append(line);
    }
    for (const Private::Line &old : std::as_const(d->lines)) {
        if (old.series) {
            d->chart->removeSeries(old.series);
            delete old.series;
        }
    }
    d->lines = std::move(kept);
    const bool legend = d->lines.size() > 1 && d->lines.size() <= kMaxLegendEntries;
    d->chart->legend()->setVisible(legend);
}

QList<ChartLine> TimeSeriesChart::lines() const
{
    QList<ChartLine> out;
    for (const Private::Line &l : d->lines)
        out.append(l.spec);
    return out;
}

void TimeSeriesChart::setTimeWindow(qint64 ms)
{
    d->windowMs = std::max<qint64>(ms, 10000); // the axis format follows at the next refresh
}

void TimeSeriesChart::setHistory(const SeriesId &id, const QList<Sample> &samples)
{
    for (Private::Line &l : d->lines) {
        if (l.spec.id == id)
            l.history = samples;
    }
}

void TimeSeriesChart::Private::prependHistory(Line &line, qint64 fromMs, qint64 toMs)
{
    // The live ring is the truth where it has samples; history fills the time before it.
    const qint64 liveStart = line.samples.isEmpty() ? toMs + 1 : line.samples.first().timeMs;
    QList<Sample> merged;
    for (const Sample &s : std::as_const(line.history)) {
        if (s.timeMs >= fromMs && s.timeMs < liveStart)
            merged.append(s);
    }
    if (merged.isEmpty())
        return;
    merged.append(line.samples);
    line.samples = std::move(merged);
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    d->emptyText->setText(text);
    d->placeEmptyText();
}

int TimeSeriesChart::Private::ySteps() const
{
    // Qt Charts elides value labels that do not fit their share of the height: keep about 30 px
    // per step, so a short chart shows 0/50/100 rather than a column of "…".
    return chart->plotArea().height() >= 110 ? 4 : 2;
}

void TimeSeriesChart::Private::applyTickSpacing()
{
    const double interval = (fixedMax - fixedMin) / ySteps();
    if (yAxis->tickInterval() != interval)
        yAxis->setTickInterval(interval);
}

void TimeSeriesChart::Private::remeasureAxes()
{
    // Qt Charts 6.4 sizes an axis from the labels it had at its previous layout. Labels made
    // before the chart first had a real size stay elided ("…") or hidden, and an axis whose
    // range never changes (0-100 %) is never measured again. A format change re-measures it.
    measuredSize = view->size();
    const QString x = xAxis->format();
    xAxis->setFormat(QString());
    xAxis->setFormat(x);
    const QString y = yAxis->labelFormat();
    yAxis->setLabelFormat(QString());
    yAxis->setLabelFormat(y);
}

void TimeSeriesChart::Private::placeEmptyText()
{
    const QRectF area = chart->plotArea();
    const QRectF box = emptyText->boundingRect();
    // Multi-line text: centre each line by drawing it as one block in the middle of the plot.
    emptyText->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
}

QString TimeSeriesChart::title() const
{
    return d->title;
}
void TimeSeriesChart::setSummary(const QString &text)
{
    d->summary->setText(text);
}
QString TimeSeriesChart::summary() const
{
    return d->summary->text();
}
QString TimeSeriesChart::axisUnitText() const
{
    return d->unitText;
}

void TimeSeriesChart::refresh(const MetricStore &store, qint64 nowMs)
{
    d->store = &store;
    d->nowMs = nowMs;
    const qint64 from = d->zoomed ? d->zoomFromMs : nowMs - d->windowMs;
    const qint64 to = d->zoomed ? d->zoomToMs : nowMs;
    d->visibleFromMs = from;
    d->visibleToMs = to;
    // One bucket per pixel column: min/max decimation yields at most two points per column.
    const int buckets = std::max(60, int(d->chart->plotArea().width()));
    double maxValue = 0;
    bool anyPoints = false;
    QList<double> values; // for the outlier option
    for (Private::Line &line : d->lines) {
        line.samples = store.decimated(line.spec.id, from, to, buckets);
        Private::prependHistory(line, from, to);
        for (const Sample &s : std::as_const(line.samples)) {
            maxValue = std::max(maxValue, s.value);
            if (d->ignoreOutliers)
                values.append(s.value);
        }
        anyPoints = anyPoints || !line.samples.isEmpty();
    }
    const bool robust = d->ignoreOutliers && !d->fixedRange;
    const double axisMax = robust ? outlierResistantMax(values) : maxValue;
    const AxisScale scale = autoAxisScale(axisMax, d->unit, d->ySteps());
    const double divisor = d->fixedRange ? 1.0 : scale.divisor;
    d->yTop = d->fixedRange ? d->fixedMax : scale.top * scale.divisor;
    int clipped = 0;
    for (const Private::Line &line : std::as_const(d->lines)) {
        for (const Sample &s : line.samples)
            clipped += s.value > d->yTop ? 1 : 0;
    }
    d->updateClipped(robust ? clipped : 0, formatValue(d->yTop, d->unit));
    if (d->unitText != scale.unitText) {
        d->unitText = scale.unitText;
        d->yAxis->setTitleText(d->unitText);
    }
    if (!d->fixedRange) {
        d->yAxis->setRange(0, scale.top);
        d->yAxis->setTickInterval(scale.step);
        d->yAxis->setLabelFormat(QStringLiteral("%.") + QString::number(scale.decimals) + u'f');
    }
    constexpr qint64 day = 24 * 3600 * 1000;
    const qint64 span = to - from;
    const QString format = span <= 15 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
                           : span <= day          ? QStringLiteral("HH:mm")
                           : span <= 7 * day      ? QStringLiteral("ddd HH:mm")
                           : span <= 31 * day     ? QStringLiteral("d MMM")
                                                  : QStringLiteral("MMM yyyy");
    if (d->xAxis->format() != format)
        d->xAxis->setFormat(format);
    d->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    for (Private::Line &line : d->lines) {
        QList<QPointF> points;
        points.reserve(line.samples.size());
        for (const Sample &s : std::as_const(line.samples))
            points.append(QPointF(qreal(s.timeMs), s.value / divisor));
        line.series->replace(points);
    }
    d->emptyText->setVisible(!anyPoints);
    if (d->view->isVisible() && d->view->size() != d->measuredSize)
        d->remeasureAxes();
}

qsizetype TimeSeriesChart::pointCount(const SeriesId &id) const
{
    for (const Private::Line &l : d->lines) {
        if (l.spec.id == id)
            return l.series->count();
    }
    return -1;
}

void TimeSeriesChart::Private::showTooltip(QPointF position, QPoint globalPosition,
                                           QWidget *owner) const
{
    if (!chart->plotArea().contains(position)) {
        QToolTip::hideText();
        return;
    }
    const qint64 t = qint64(chart->mapToValue(position).x());
    QString text = QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss"));
    int shown = 0;
    for (const Line &line : lines) {
        if (line.samples.isEmpty())
            continue;
        auto it = std::lower_bound(line.samples.begin(), line.samples.end(), t,
                                   [](const Sample &s, qint64 v) { return s.timeMs < v; });
        if (it == line.samples.end())
            --it;
        else if (it != line.samples.begin() && (t - (it - 1)->timeMs) < (it->timeMs - t))
            --it;
        if (++shown > 12) {
            text += QStringLiteral("\n…");
            break;
        }
        text += u'\n' + line.spec.label + QStringLiteral(": ") + formatValue(it->value, unit);
        if (it->value > yTop)
            text += QStringLiteral(" ▲ ") + TimeSeriesChart::tr("(above the axis)");
    }
    QToolTip::showText(globalPosition, text, owner);
}

} // namespace vigil
