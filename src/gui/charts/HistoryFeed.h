#pragma once

#include "series/Sample.h"
#include "storage/HistoryTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace vigil {

class TimeSeriesChart;

// Gives the dashboard's charts their past: asks the engine (historyRequested, answered on the
// storage thread) for the stored history of every line over the visible window, and hands each
// chart its points (TimeSeriesChart::setHistory), which it draws before the live ring. Asks
// again when the window or the lines change, and every minute for the part the ring has not
// reached. Never touches SQLite; only the newest answer is used.
class HistoryFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFeed)

public:
    static constexpr int MaxPointsPerLine = 1000;
    static constexpr qint64 RefreshEveryMs = 60 * 1000;

    explicit HistoryFeed(QObject *parent = nullptr);

    void setCharts(const QList<TimeSeriesChart *> &charts);
    void setTimeWindow(qint64 ms);
    // Called with each dashboard refresh: requests history when it is due.
    void update(qint64 nowMs);
    // Min and max of each point, in time order (one sample when they are equal).
    static QList<Sample> toSamples(const QList<HistoryPoint> &points);

public Q_SLOTS:
    void onHistoryReady(quint64 requestId, const QList<vigil::HistoryResult> &results);

Q_SIGNALS:
    void historyRequested(quint64 requestId, const QList<vigil::HistoryQuery> &queries);
    // New history was handed to the charts: redraw them.
    void historyArrived();

private:
    QList<QPointer<TimeSeriesChart>> m_charts;
    QList<HistoryQuery> m_lastQueries; // of the newest request
    qint64 m_windowMs = 5 * 60 * 1000;
    qint64 m_lastRequestMs = 0;
    quint64 m_nextId = 0;
    quint64 m_pendingId = 0;
    bool m_dirty = true;
};

} // namespace vigil
