#pragma once

#include "series/Sample.h"
#include "series/SeriesId.h"
#include "series/Unit.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace vigil {

class MetricStore;

struct ChartLine
{
    SeriesId id;
    QString label;
};

// A live line chart of some series over a sliding time window. The only place (with its .cpp)
// that touches Qt Charts, so a move to Qt Graphs stays local. Each refresh hands every series
// one decimated point list (QXYSeries::replace), about two points per horizontal pixel.
class TimeSeriesChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    TimeSeriesChart(const QString &title, Unit unit, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

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

    // Pulls the visible window from the store and redraws (one replace() per line).
    void refresh(const MetricStore &store, qint64 nowMs);

    // Inspection for tests.
    qsizetype pointCount(const SeriesId &id) const;
    QString axisUnitText() const;
    QString summary() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigil
