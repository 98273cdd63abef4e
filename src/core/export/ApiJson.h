#pragma once

#include "alerts/AlertTypes.h"
#include "checks/CheckTypes.h"

#include <QByteArray>
#include <QList>
#include <QUrlQuery>

namespace vigil {

class MetricStore;

// The JSON API (docs/api.md): Prometheus' envelope {"status":"success","data":...} or
// {"status":"error","errorType":"bad_data","error":"..."} with HTTP 400.
namespace api {

struct Reply
{
    int status = 200;
    QByteArray body;
};

QByteArray alerts(const QList<Alert> &alerts);
QByteArray checks(const QList<CheckState> &checks);
// GET /api/v1/series?match=<selector>[&match=...]&start=&end=&step= from the in-memory history.
Reply series(const MetricStore &history, const QUrlQuery &query, qint64 nowMs);
QByteArray error(const QString &type, const QString &message);

// start= and end=: Unix seconds ("1700000000.5") or RFC 3339 ("2026-01-01T00:00:00Z").
std::optional<qint64> parseTimeMs(const QString &text);
// step=: a duration ("15s", "1m") or seconds ("15", "0.5").
std::optional<qint64> parseStepMs(const QString &text);

constexpr qint64 MaxPointsPerSeries = 11000; // as Prometheus' query_range

} // namespace api
} // namespace vigil
