// TimeSeriesChart: zoom, the outlier option, plot-area alignment, the context menu and exports.

#include "TimeSeriesChart.h"

#include "AxisScale.h"
#include "ChartExport.h"
#include "TimeSeriesChartPrivate.h"
#include "ZoomableChartView.h"
#include "series/MetricStore.h"

#include <QAction>
#include <QChart>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace vigil {

void TimeSeriesChart::createActions()
{
    d->resetAction = new QAction(tr("&Reset zoom"), this);
    d->resetAction->setObjectName(QStringLiteral("resetZoomAction"));
    d->resetAction->setShortcut(QKeySequence(Qt::Key_Escape));
    d->resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    d->resetAction->setToolTip(tr("Show the live window again (Esc, or double-click the chart)"));
    connect(d->resetAction, &QAction::triggered, this, &TimeSeriesChart::requestReset);
    addAction(d->resetAction);
    d->resetButton->setDefaultAction(d->resetAction);
    d->resetButton->setAccessibleName(tr("Reset zoom"));

    d->outlierAction = new QAction(tr("&Ignore outliers"), this);
    d->outlierAction->setObjectName(QStringLiteral("ignoreOutliersAction"));
    d->outlierAction->setCheckable(true);
    d->outlierAction->setToolTip(
        tr("Scale the value axis to the 99th percentile, so one spike does not flatten the rest"));
    connect(d->outlierAction, &QAction::toggled, this, [this](bool on) {
        if (on == d->ignoreOutliers)
            return; // set by setIgnoreOutliers()
        setIgnoreOutliers(on);
        Q_EMIT ignoreOutliersToggled(on);
    });
    addAction(d->outlierAction);

    d->pngAction = new QAction(tr("Save as &PNG…"), this);
    d->pngAction->setObjectName(QStringLiteral("savePngAction"));
    d->pngAction->setToolTip(tr("Save this chart as an image"));
    connect(d->pngAction, &QAction::triggered, this, &TimeSeriesChart::askExportPng);
    addAction(d->pngAction);

    d->csvAction = new QAction(tr("Export data as &CSV…"), this);
    d->csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    d->csvAction->setToolTip(tr("Save every sample of the visible time span as CSV"));
    connect(d->csvAction, &QAction::triggered, this, &TimeSeriesChart::askExportCsv);
    addAction(d->csvAction);
    d->updateZoomControls();
}

void TimeSeriesChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("%1 chart menu").arg(d->title));
    menu.setToolTipsVisible(true);
    menu.addAction(d->resetAction);
    if (!d->fixedRange)
        menu.addAction(d->outlierAction); // a fixed 0-100 % axis has nothing to rescale
    menu.addSeparator();
    menu.addAction(d->pngAction);
    menu.addAction(d->csvAction);
    menu.exec(event->globalPos());
}

void TimeSeriesChart::redraw()
{
    if (d->store)
        refresh(*d->store, d->nowMs);
}

void TimeSeriesChart::setZoom(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs - fromMs < kMinimumZoomMs) {
        const qint64 middle = fromMs + (toMs - fromMs) / 2;
        fromMs = middle - kMinimumZoomMs / 2;
        toMs = fromMs + kMinimumZoomMs;
    }
    d->zoomed = true;
    d->zoomFromMs = fromMs;
    d->zoomToMs = toMs;
    d->updateZoomControls();
    redraw();
}

void TimeSeriesChart::resetZoom()
{
    if (!d->zoomed)
        return;
    d->zoomed = false;
    d->updateZoomControls();
    redraw();
}

bool TimeSeriesChart::isZoomed() const
{
    return d->zoomed;
}
qint64 TimeSeriesChart::visibleFromMs() const
{
    return d->visibleFromMs;
}
qint64 TimeSeriesChart::visibleToMs() const
{
    return d->visibleToMs;
}

void TimeSeriesChart::zoomToPixels(qreal left, qreal right)
{
    const qreal y = d->chart->plotArea().center().y();
    const auto from = qint64(std::llround(d->chart->mapToValue(QPointF(left, y)).x()));
    const auto to = qint64(std::llround(d->chart->mapToValue(QPointF(right, y)).x()));
    setZoom(from, to);
    Q_EMIT zoomRequested(d->zoomFromMs, d->zoomToMs);
}

void TimeSeriesChart::requestReset()
{
    resetZoom();
    Q_EMIT zoomResetRequested();
}

void TimeSeriesChart::Private::updateZoomControls()
{
    resetAction->setEnabled(zoomed);
    resetButton->setVisible(zoomed);
}

void TimeSeriesChart::setIgnoreOutliers(bool on)
{
    if (d->ignoreOutliers == on)
        return;
    d->ignoreOutliers = on;
    d->outlierAction->setChecked(on);
    redraw();
}

bool TimeSeriesChart::ignoresOutliers() const
{
    return d->ignoreOutliers;
}
int TimeSeriesChart::clippedPointCount() const
{
    return d->clipped;
}
double TimeSeriesChart::yAxisMax() const
{
    return d->yTop;
}
QString TimeSeriesChart::clippedText() const
{
    return d->clippedLabel->text();
}

void TimeSeriesChart::Private::updateClipped(int count, const QString &limitText)
{
    clipped = count;
    // Text only, never hidden: the header keeps its height (see the constructor).
    clippedLabel->setText(count > 0 ? TimeSeriesChart::tr("▲ %n off scale", nullptr, count)
                                    : QString());
    clippedLabel->setToolTip(
        count > 0 ? TimeSeriesChart::tr("%n point(s) above %1 are cut off (Ignore outliers is on)",
                                        nullptr, count)
                        .arg(limitText)
                  : QString());
}

qreal TimeSeriesChart::naturalPlotLeft() const
{
    return d->chart->plotArea().left() - d->alignLeft;
}

qreal TimeSeriesChart::naturalPlotRightInset() const
{
    return d->chart->size().width() - d->chart->plotArea().right() - d->alignRight;
}

void TimeSeriesChart::alignPlotArea(qreal left, qreal rightInset)
{
    const int extraLeft = std::max(0, int(std::ceil(left - naturalPlotLeft() - 0.01)));
    const int extraRight = std::max(0, int(std::ceil(rightInset - naturalPlotRightInset() - 0.01)));
    if (extraLeft == d->alignLeft && extraRight == d->alignRight)
        return;
    d->alignLeft = extraLeft;
    d->alignRight = extraRight;
    d->applyMargins();
}

void TimeSeriesChart::Private::applyMargins()
{
    chart->setMargins(QMargins(4 + alignLeft, 4, 4 + alignRight, 4));
}

QRectF TimeSeriesChart::plotAreaRect() const
{
    const QRectF area = d->chart->plotArea();
    return area.translated(d->view->viewport()->mapTo(this, QPoint(0, 0)));
}

QAbstractScrollArea *TimeSeriesChart::chartView() const
{
    return d->view;
}

void TimeSeriesChart::finishExport(const QString &path, const QFuture<QString> &future)
{
    // The watcher belongs to the chart: a chart closed mid-write reports nothing.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        const QString name = QDir::toNativeSeparators(path);
        if (error.isEmpty())
            Q_EMIT exportFinished(true, tr("Saved %1").arg(name));
        else
            Q_EMIT exportFinished(false, tr("Could not save %1: %2").arg(name, error));
    });
    watcher->setFuture(future);
}

void TimeSeriesChart::exportPng(const QString &path)
{
    // Rendering must happen here on the GUI thread; encoding and writing do not.
    finishExport(path, savePngInBackground(path, d->view->grab().toImage()));
}

void TimeSeriesChart::exportCsv(const QString &path)
{
    QList<CsvColumn> columns;
    // The store's unit, unscaled: "B/s" even when the axis shows MiB/s.
    const QString unitText = vigil::axisUnitText(d->unit);
    for (const Private::Line &line : std::as_const(d->lines)) {
        CsvColumn column;
        column.header =
            unitText.isEmpty() ? line.spec.label : tr("%1 (%2)").arg(line.spec.label, unitText);
        if (d->store)
            column.samples = d->store->range(line.spec.id, d->visibleFromMs, d->visibleToMs);
        columns.append(column);
    }
    finishExport(path, saveCsvInBackground(path, columns));
}

namespace {

QString suggestedPath(const QString &title, QStandardPaths::StandardLocation where,
                      const QString &suffix)
{
    QString base = title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(QStandardPaths::writableLocation(where))
        .filePath(base.toLower() + u'-' + stamp + suffix);
}

} // namespace

void TimeSeriesChart::askExportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart as PNG"),
        suggestedPath(d->title, QStandardPaths::PicturesLocation, QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void TimeSeriesChart::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart Data as CSV"),
        suggestedPath(d->title, QStandardPaths::DocumentsLocation, QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace vigil
