#pragma once

#include "alerts/AlertTypes.h"
#include "storage/SqliteFile.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class QDateTime;
class QSqlError;

namespace vigil {

// The SQLite file behind AlertStore: schema, migrations and one method per statement group.
// Plain class, used only from the thread that opened it (a QSqlDatabase connection is bound to
// its thread). Every method reports failures as a Result so the caller can tell a damaged file
// (move it aside) from an I/O problem (keep the data in memory and retry).
class AlertDatabase final
{
public:
    using Status = sqlitefile::Status;
    using Result = sqlitefile::Result;

    static constexpr int SchemaVersion = 1; // PRAGMA user_version
    static constexpr int BusyTimeoutMs = sqlitefile::BusyTimeoutMs;

    explicit AlertDatabase(QString connectionName);
    ~AlertDatabase();
    AlertDatabase(const AlertDatabase &) = delete;
    AlertDatabase &operator=(const AlertDatabase &) = delete;

    // Opens (creating if needed), checks (PRAGMA quick_check), sets WAL + synchronous=NORMAL
    // and creates or migrates the schema. Closed again unless the result is Ok.
    Result open(const QString &filePath);
    void close();
    bool isOpen() const { return m_open; }
    const QString &filePath() const { return m_filePath; }

    // Highest event id ever handed out (survives pruning), 0 for a new database.
    Result lastEventId(qint64 *id);
    // One transaction: appends events (ids already set) and, when given, replaces the stored
    // active alerts and silences.
    Result write(const QList<AlertEvent> &events, const QList<Alert> *activeAlerts,
                 const QList<Silence> *silences);
    Result readActiveAlerts(QList<Alert> *alerts);
    // Silences still active or upcoming at nowMs.
    Result readSilences(qint64 nowMs, QList<Silence> *silences);
    // Newest first.
    Result queryEvents(const EventQuery &query, QList<AlertEvent> *events);
    // Deletes events before olderThanMs, then the oldest beyond maxEvents, in bounded batches.
    Result prune(qint64 olderThanMs, qint64 maxEvents, int *deleted);

    // Moves a damaged file and its -wal/-shm aside as <file>.corrupt-<yyyyMMddTHHmmss> (UTC).
    // Returns the new path of the main file, or an empty string and *error.
    static QString moveAside(const QString &filePath, const QDateTime &when, QString *error);

private:
    Result deleteInBatches(const QString &selectIds, const QVariantList &values, int *deleted);
    Result failure(const QSqlError &error, const QString &what) const;

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace vigil
