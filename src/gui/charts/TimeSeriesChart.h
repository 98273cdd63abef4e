#pragma once

#include "series/Sample.h"
#include "series/SeriesId.h"
#include "series/Unit.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAbstractScrollArea;
template<typename T> class QFuture;

namespace vigil {

class MetricStore;

struct ChartLine
{
    SeriesId id;
    QString label;
};

// A live line chart of some series over a sliding time window. The only place (with its .cpp
// files) that touches Qt Charts, so a move to Qt Graphs stays local. Each refresh hands every
// series one decimated point list (QXYSeries::replace), about two points per horizontal pixel.
//
// Interaction: dragging across the plot zooms to that time span (the window stops sliding);
// double-click, Esc or "Reset zoom" returns to the live window. The context menu also offers
// "Ignore outliers" and exports (PNG, CSV). The chart zooms itself and reports the user's
// actions by signals, so a dashboard can make its other charts follow.
class TimeSeriesChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    TimeSeriesChart(const QString &title, Unit unit, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    QString title() const;
    // Y axis fixed to [min, max] (percentages); otherwise it follows the data from 0.
    void setFixedRange(double min, double max);
    // Lines to draw; lines already present keep their colour.
    void setLines(const QList<ChartLine> &lines);
    QList<ChartLine> lines() const;
    void setTimeWindow(qint64 ms);
    // Text shown in the middle when there is nothing to draw.
    void setEmptyText(const QString &text);
    void setSummary(const QString &text);

    // Older points of a line (from the history database, see HistoryFeed), drawn before the
    // first live sample of the store; each call replaces the previous ones.
    void setHistory(const SeriesId &id, const QList<Sample> &samples);

    // Pulls the visible window from the store and redraws (one replace() per line). Zooming,
    // the outlier option and exports read the store of the last refresh again, so it must
    // outlive the chart (the engine's store does).
    void refresh(const MetricStore &store, qint64 nowMs);

    // A fixed time span instead of the live window; spans shorter than kMinimumZoomMs grow
    // around their middle. Neither emits a signal (the dashboard calls them on every chart).
    static constexpr qint64 kMinimumZoomMs = 5000;
    void setZoom(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const;
    // Time span of the last refresh.
    qint64 visibleFromMs() const;
    qint64 visibleToMs() const;

    // Y range from the 99th percentile instead of the maximum (auto-scaled charts only).
    void setIgnoreOutliers(bool on);
    bool ignoresOutliers() const;
    // Points above the top of the Y axis at the last refresh.
    int clippedPointCount() const;
    double yAxisMax() const;

    // Plot-area alignment across charts: where the plot area would start (from the left edge
    // of the chart view) and end (distance to its right edge) without alignment, and padding so
    // it starts at `left` and ends at `rightInset` instead (never nearer the edges than natural).
    qreal naturalPlotLeft() const;
    qreal naturalPlotRightInset() const;
    void alignPlotArea(qreal left, qreal rightInset);
    // The plot area in this widget's coordinates.
    QRectF plotAreaRect() const;
    // The view; its viewport gets the mouse (plot-area coordinates = viewport coordinates).
    QAbstractScrollArea *chartView() const;

    // Exports without a file dialog: the write happens on a worker thread and ends with
    // exportFinished(). The PNG is the chart view as shown; the CSV holds every sample of the
    // visible span at full resolution, unscaled, with the unit in each column header.
    void exportPng(const QString &path);
    void exportCsv(const QString &path);

    // Inspection for tests.
    qsizetype pointCount(const SeriesId &id) const;
    QString axisUnitText() const;
    QString summary() const;
    QString clippedText() const;

Q_SIGNALS:
    // The user dragged a span (the chart has zoomed already) or asked for the live window.
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void zoomResetRequested();
    // The user toggled "Ignore outliers" (the chart has applied it already).
    void ignoreOutliersToggled(bool on);
    // The plot area moved or resized: time to realign.
    void plotAreaMoved();
    void exportFinished(bool ok, const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void zoomToPixels(qreal left, qreal right);
    void requestReset();
    void createActions();
    void finishExport(const QString &path, const QFuture<QString> &future);
    void askExportPng();
    void askExportCsv();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigil
