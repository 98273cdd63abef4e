#include "HistoryFeed.h"

#include "TimeSeriesChart.h"
#include "util/Logging.h"

namespace vigil {

HistoryFeed::HistoryFeed(QObject *parent)
    : QObject(parent)
{
    registerHistoryMetaTypes();
}

void HistoryFeed::setCharts(const QList<TimeSeriesChart *> &charts)
{
    m_charts.clear();
    for (TimeSeriesChart *c : charts)
        m_charts.append(c);
    m_dirty = true;
}

void HistoryFeed::setTimeWindow(qint64 ms)
{
    if (ms != m_windowMs)
        m_dirty = true;
    m_windowMs = ms;
}

void HistoryFeed::update(qint64 nowMs)
{
    QList<HistoryQuery> queries;
    for (const QPointer<TimeSeriesChart> &chart : std::as_const(m_charts)) {
        if (!chart)
            continue;
        for (const ChartLine &line : chart->lines())
            queries.append({line.id, nowMs - m_windowMs, nowMs, MaxPointsPerLine});
    }
    const auto sameLines = [&] {
        if (queries.size() != m_lastQueries.size())
            return false;
        for (qsizetype i = 0; i < queries.size(); ++i) {
            if (queries.at(i).id != m_lastQueries.at(i).id)
                return false;
        }
        return true;
    };
    const bool due = m_dirty || !sameLines() || nowMs - m_lastRequestMs >= RefreshEveryMs;
    if (!due || queries.isEmpty())
        return;
    m_dirty = false;
    m_lastRequestMs = nowMs;
    m_lastQueries = queries;
    m_pendingId = ++m_nextId;
    Q_EMIT historyRequested(m_pendingId, queries); // may answer at once (no storage)
}

QList<Sample> HistoryFeed::toSamples(const QList<HistoryPoint> &points)
{
    QList<Sample> out;
    out.reserve(points.size() * 2);
    for (const HistoryPoint &p : points) {
        out.append({p.timeMs, p.min});
        if (p.max != p.min)
            out.append({p.timeMs, p.max});
    }
    return out;
}

void HistoryFeed::onHistoryReady(quint64 requestId, const QList<HistoryResult> &results)
{
    if (requestId != m_pendingId)
        return; // an older answer, overtaken by a newer request
    bool any = false;
    for (const HistoryResult &r : results) {
        if (!r.error.isEmpty())
            qCDebug(lcStorage) << "no history for" << r.id.toString() << ":" << r.error;
        const QList<Sample> samples = toSamples(r.points);
        for (const QPointer<TimeSeriesChart> &chart : std::as_const(m_charts)) {
            if (chart)
                chart->setHistory(r.id, samples);
        }
        any = any || !samples.isEmpty();
    }
    if (any)
        Q_EMIT historyArrived();
}

} // namespace vigil
