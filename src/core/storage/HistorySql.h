#pragma once

// Internal to HistoryDatabase: the statements of the rollup jobs and the range reads, with the
// values they bind (positional, in order).

#include "storage/HistoryTypes.h"

#include <QString>
#include <QVariantList>

namespace vigil::historysql {

// Binds: series_id, from_ms (inclusive), to_ms (exclusive).
QString rollupMinutes();
QString rollupHours();
// Columns: t_ms, min, avg, max, oldest first.
QString read(HistoryTier tier);
QVariantList readBinds(HistoryTier tier, qint64 seriesKey, qint64 fromMs, qint64 toMs,
                       qint64 minuteDoneMs, qint64 hourDoneMs);

} // namespace vigil::historysql
