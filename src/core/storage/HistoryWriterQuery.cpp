#include "HistoryWriter.h"

#include "storage/HistoryPlan.h"
#include "util/Clock.h"

#include <algorithm>

namespace vigil {

void HistoryWriter::query(quint64 requestId, const QList<HistoryQuery> &queries)
{
    QList<HistoryResult> results;
    results.reserve(queries.size());
    for (const HistoryQuery &q : queries)
        results.append(runQuery(q));
    Q_EMIT historyReady(requestId, results);
}

HistoryResult HistoryWriter::runQuery(const HistoryQuery &query)
{
    HistoryResult result;
    result.id = query.id;
    if (!m_settings.enabled) {
        result.error = tr("History is turned off (history.enabled).");
        return result;
    }
    if (query.toMs < query.fromMs) {
        result.error = tr("The range ends before it starts.");
        return result;
    }
    result.tier =
        historyplan::chooseTier(query, m_clock.nowMs(), m_settings.retention, m_settings.rawStepMs);
    QList<HistoryPoint> points;
    if (m_db.isOpen()) {
        const HistoryDatabase::Result r =
            m_db.read(result.tier, query.id, query.fromMs, query.toMs, &points);
        if (!r.ok()) {
            points.clear();
            result.error = r.message;
            handleFailure(r);
        }
    } else if (m_degraded) {
        result.error = m_lastError;
    }
    // Samples not written yet are history too (also while the disk is full).
    if (result.tier == HistoryTier::Raw)
        addPending(query, &points);
    result.points = historyplan::decimate(points, query.fromMs, query.toMs, query.maxPoints);
    return result;
}

void HistoryWriter::addPending(const HistoryQuery &query, QList<HistoryPoint> *points) const
{
    const qsizetype before = points->size();
    for (const SampleBatch &batch : m_pending) {
        if (batch.timeMs < query.fromMs || batch.timeMs > query.toMs)
            continue;
        if (const SeriesSample *s = batch.find(query.id))
            points->append({batch.timeMs, s->value, s->value, s->value});
    }
    if (points->size() != before)
        std::stable_sort(
            points->begin(), points->end(),
            [](const HistoryPoint &a, const HistoryPoint &b) { return a.timeMs < b.timeMs; });
}

} // namespace vigil
