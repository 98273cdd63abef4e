#pragma once

#include "alerts/AlertTypes.h"
#include "storage/AlertDatabase.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace vigil {

class Clock;

// Alert events, active alerts and silences in SQLite (<dataDir>/alerts.db). Lives on the storage
// thread (StorageThread); every call is a slot taking values and every answer a signal, so other
// threads never touch SQLite. When the database cannot be used (directory not creatable, disk
// full) the data stays in memory and writing is retried; a damaged file is moved aside and
// replaced. Details: docs/storage.md.
class AlertStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertStore)

public:
    static constexpr qint64 DefaultRetentionMs = 90LL * 24 * 3600 * 1000;
    static constexpr qint64 MaxStoredEvents = 500000; // hard cap on top of the retention
    static constexpr int DefaultMaxPendingEvents = 10000;
    static constexpr int DefaultRetryIntervalMs = 30000;

    explicit AlertStore(QObject *parent = nullptr);
    explicit AlertStore(const Clock &clock, QObject *parent = nullptr);
    ~AlertStore() override; // one last attempt to write what is pending

    // $XDG_DATA_HOME/vigil (~/.local/share/vigil).
    static QString defaultDataDir();
    static QString databaseFileName() { return QStringLiteral("alerts.db"); }

public Q_SLOTS:
    // Creates dataDir (empty: defaultDataDir()) and opens, checks and migrates alerts.db there.
    void open(const QString &dataDir);
    // Assigns ids and writes the events in one transaction; eventsAppended carries the ids.
    // Kept in memory (at most maxPendingEvents) while the database cannot be written.
    void appendEvents(const QList<vigil::AlertEvent> &events);
    // Replace the stored set of pending/firing alerts, and of silences.
    void saveActiveAlerts(const QList<vigil::Alert> &alerts);
    void saveSilences(const QList<vigil::Silence> &silences);
    // Emits stateLoaded with the saved alerts and the silences that have not expired.
    void loadState();
    // Emits eventsReady(requestId, ...) newest first, including events not yet written.
    void queryEvents(quint64 requestId, const vigil::EventQuery &query);
    // Deletes events older than nowMs - retentionMs (<= 0: DefaultRetentionMs).
    void prune(qint64 nowMs, qint64 retentionMs);

    void setRetryInterval(int ms);
    void setMaxPendingEvents(int count);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    // A damaged database was moved aside and replaced; the message names the moved file.
    void databaseRecovered(const QString &userMessage);
    // The database cannot be used or written: data is kept in memory and retried.
    void storageError(const QString &message);
    // Writing works again after a storageError; everything kept in memory was written.
    void storageResumed(const QString &message);
    void eventsAppended(const QList<vigil::AlertEvent> &events);
    void stateLoaded(const QList<vigil::Alert> &active, const QList<vigil::Silence> &silences);
    void eventsReady(quint64 requestId, const QList<vigil::AlertEvent> &events);
    void pruned(int deletedEvents);

private:
    bool tryOpen(QString *error);
    bool recoverCorruptFile(const QString &reason, QString *error);
    void adoptEventIds();
    bool flush(bool mayRecover = true);
    void resume(qsizetype writtenEvents);
    void handleFailure(const AlertDatabase::Result &result);
    void degrade(const QString &message);
    void dropOverflow();
    void onRetry();
    bool hasPendingWrites() const;

    const Clock &m_clock;
    AlertDatabase m_db;
    QString m_dataDir;
    QTimer *m_retryTimer = nullptr;
    QList<AlertEvent> m_pending;          // accepted, not yet written (ids assigned)
    std::optional<QList<Alert>> m_active; // latest snapshot given to saveActiveAlerts
    std::optional<QList<Silence>> m_silences;
    bool m_activeDirty = false; // snapshot newer than the file
    bool m_silencesDirty = false;
    qint64 m_lastId = 0;
    qint64 m_dropped = 0; // events lost to the memory bound since last resume
    int m_maxPending = DefaultMaxPendingEvents;
    bool m_degraded = false;
    QString m_lastError;
};

} // namespace vigil
