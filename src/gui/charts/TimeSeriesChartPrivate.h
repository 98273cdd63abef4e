#pragma once

// Internals of TimeSeriesChart, shared by its .cpp files (drawing, interaction).

#include "TimeSeriesChart.h"
#include "series/Sample.h"

#include <QColor>
#include <QList>
#include <QString>

class QAction;
class QChart;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QToolButton;
class QValueAxis;

namespace vigil {

class ZoomableChartView;

struct TimeSeriesChart::Private
{
    struct Line
    {
        ChartLine spec;
        QLineSeries *series = nullptr; // owned by the chart
        QList<Sample> samples;         // unscaled, for the tooltip
        QList<Sample> history;         // from the history database, oldest first
    };

    Unit unit = Unit::None;
    bool fixedRange = false;
    double fixedMin = 0;
    double fixedMax = 100;
    qint64 windowMs = 5 * 60 * 1000;
    int nextColour = 0;
    QString unitText;
    QString title;

    // Zoom: a fixed span while zoomed, else the live window ending at the last refresh.
    bool zoomed = false;
    qint64 zoomFromMs = 0;
    qint64 zoomToMs = 0;
    qint64 visibleFromMs = 0;
    qint64 visibleToMs = 0;
    const MetricStore *store = nullptr; // of the last refresh
    qint64 nowMs = 0;

    bool ignoreOutliers = false;
    int clipped = 0;
    double yTop = 1.0; // unscaled

    // Extra chart margins that line this plot area up with its neighbours'.
    int alignLeft = 0;
    int alignRight = 0;

    QChart *chart = nullptr;
    ZoomableChartView *view = nullptr;
    QDateTimeAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    QLabel *summary = nullptr;
    QLabel *clippedLabel = nullptr;
    QToolButton *resetButton = nullptr;
    QGraphicsSimpleTextItem *emptyText = nullptr;
    QAction *resetAction = nullptr;
    QAction *outlierAction = nullptr;
    QAction *pngAction = nullptr;
    QAction *csvAction = nullptr;
    QList<Line> lines;
    QSize measuredSize;

    void showTooltip(QPointF position, QPoint globalPosition, QWidget *owner) const;
    void placeEmptyText();
    void remeasureAxes();
    int ySteps() const;
    void applyTickSpacing();
    void applyMargins();
    void updateZoomControls();
    void updateClipped(int count, const QString &limitText);
    static void prependHistory(Line &line, qint64 fromMs, qint64 toMs);
};

} // namespace vigil
