#pragma once

#include "series/Sample.h"
#include "storage/HistoryTypes.h"
#include "storage/SqliteFile.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vigil {

// history.db: the series table, raw samples and the minute and hour rollups (docs/storage.md).
// Plain class, used only from the thread that opened it (the storage thread). Every method
// reports a Result so the caller can tell a damaged file from an I/O problem.
class HistoryDatabase final
{
public:
    using Status = sqlitefile::Status;
    using Result = sqlitefile::Result;

    static constexpr int SchemaVersion = 1; // PRAGMA user_version
    static constexpr qint64 MinuteMs = 60 * 1000;
    static constexpr qint64 HourMs = 3600 * 1000;

    explicit HistoryDatabase(QString connectionName);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    Result open(const QString &filePath);
    void close();
    bool isOpen() const { return m_open; }
    const QString &filePath() const { return m_filePath; }

    // One transaction with every finite sample of the batches (NaN and infinities are skipped:
    // they have no min/avg/max). units: unit name per metric name, stored with new series.
    // Samples older than the rolled-up minutes make those minutes (and hours) roll up again.
    Result write(const QList<SampleBatch> &batches, const QHash<QString, QString> &units);
    // Rolls up every minute that ended at or before upToMs into minute_rollups, then every hour
    // whose minutes are all rolled up into hour_rollups; one transaction.
    Result rollup(qint64 upToMs);
    // Deletes what is older than nowMs minus the tier's retention, never raw samples or minute
    // rollups that have not been rolled up yet. *deleted counts rows of all tiers.
    Result prune(qint64 nowMs, const HistoryRetention &retention, qint64 *deleted);
    // Points of one tier, oldest first. Minutes (hours) not rolled up yet are aggregated from
    // the finer tiers on the fly, so a range always reaches the newest stored sample.
    Result read(HistoryTier tier, const SeriesId &id, qint64 fromMs, qint64 toMs,
                QList<HistoryPoint> *points);

    // End (exclusive) of the rolled-up minutes and hours; 0 before the first rollup.
    qint64 minuteDoneMs() const { return m_minuteDoneMs; }
    qint64 hourDoneMs() const { return m_hourDoneMs; }

private:
    Result seriesKey(const SeriesId &id, const QString &unit, bool create, qint64 *key);
    Result seriesKeys(QList<qint64> *keys);
    Result readProgress();
    Result saveProgress();
    Result failure(const QSqlError &error, const QString &what) const;
    Result rollback(const Result &result);

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    QHash<SeriesId, qint64> m_keys; // series id -> series.id, as committed
    qint64 m_minuteDoneMs = 0;
    qint64 m_hourDoneMs = 0;
    bool m_open = false;
};

} // namespace vigil
