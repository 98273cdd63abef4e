#include "HistorySql.h"

#include <algorithm>

namespace vigil::historysql {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 3600 * 1000;

qint64 floorTo(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

} // namespace

QString rollupMinutes()
{
    return QStringLiteral(
        "INSERT OR REPLACE INTO minute_rollups (series_id, t_ms, min, avg, max, count)"
        " SELECT series_id, (t_ms / 60000) * 60000 AS bucket, MIN(value), AVG(value),"
        " MAX(value), COUNT(*) FROM samples WHERE series_id = ? AND t_ms >= ? AND t_ms < ?"
        " GROUP BY bucket");
}

QString rollupHours()
{
    // The average of an hour weighs each minute by its sample count.
    return QStringLiteral(
        "INSERT OR REPLACE INTO hour_rollups (series_id, t_ms, min, avg, max, count)"
        " SELECT series_id, (t_ms / 3600000) * 3600000 AS bucket, MIN(min),"
        " SUM(avg * count) / SUM(count), MAX(max), SUM(count) FROM minute_rollups"
        " WHERE series_id = ? AND t_ms >= ? AND t_ms < ? GROUP BY bucket");
}

QString read(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw:
        return QStringLiteral("SELECT t_ms, value, value, value FROM samples"
                              " WHERE series_id = ? AND t_ms >= ? AND t_ms <= ? ORDER BY t_ms");
    case HistoryTier::Minute:
        // Rolled-up minutes, then the newest minutes straight from the raw samples.
        return QStringLiteral(
            "SELECT t_ms, min, avg, max FROM minute_rollups"
            " WHERE series_id = ? AND t_ms >= ? AND t_ms <= ? AND t_ms < ?"
            " UNION ALL"
            " SELECT (t_ms / 60000) * 60000 AS bucket, MIN(value), AVG(value), MAX(value)"
            " FROM samples WHERE series_id = ? AND t_ms >= ? AND t_ms <= ? GROUP BY bucket"
            " ORDER BY 1");
    case HistoryTier::Hour:
        return QStringLiteral(
            "SELECT t_ms, min, avg, max FROM hour_rollups"
            " WHERE series_id = ? AND t_ms >= ? AND t_ms <= ? AND t_ms < ?"
            " UNION ALL"
            " SELECT (t / 3600000) * 3600000 AS bucket, MIN(lo), SUM(mean * n) / SUM(n), MAX(hi)"
            " FROM (SELECT t_ms AS t, min AS lo, avg AS mean, max AS hi, count AS n"
            "       FROM minute_rollups WHERE series_id = ? AND t_ms >= ? AND t_ms < ?"
            "       UNION ALL"
            "       SELECT t_ms, value, value, value, 1 FROM samples"
            "       WHERE series_id = ? AND t_ms >= ? AND t_ms <= ?)"
            " GROUP BY bucket ORDER BY 1");
    }
    return {};
}

QVariantList readBinds(HistoryTier tier, qint64 seriesKey, qint64 fromMs, qint64 toMs,
                       qint64 minuteDoneMs, qint64 hourDoneMs)
{
    switch (tier) {
    case HistoryTier::Raw:
        return {seriesKey, fromMs, toMs};
    case HistoryTier::Minute:
        return {seriesKey,    fromMs,    toMs,
                minuteDoneMs, seriesKey, std::max(floorTo(fromMs, kMinuteMs), minuteDoneMs),
                toMs};
    case HistoryTier::Hour: {
        const qint64 tailFrom = std::max(floorTo(fromMs, kHourMs), hourDoneMs);
        return {seriesKey,
                fromMs,
                toMs,
                hourDoneMs,
                seriesKey,
                tailFrom,
                std::min(minuteDoneMs, toMs + 1),
                seriesKey,
                std::max(tailFrom, minuteDoneMs),
                toMs};
    }
    }
    return {};
}

} // namespace vigil::historysql
