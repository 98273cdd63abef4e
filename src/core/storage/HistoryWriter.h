#pragma once

#include "series/Sample.h"
#include "storage/HistoryDatabase.h"
#include "storage/HistoryTypes.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QTimer;

namespace vigil {

class Clock;

// What the engine tells the history writer (config keys history.*, sampling.interval).
struct HistorySettings
{
    bool enabled = true;
    HistoryRetention retention;
    qint64 flushIntervalMs = 5000;
    qint64 rawStepMs = 1000; // the sampling interval: how dense raw samples are, for tier choice
    friend bool operator==(const HistorySettings &a, const HistorySettings &b)
    {
        return a.enabled == b.enabled && a.retention.rawMs == b.retention.rawMs &&
               a.retention.minuteMs == b.retention.minuteMs &&
               a.retention.hourMs == b.retention.hourMs && a.flushIntervalMs == b.flushIntervalMs &&
               a.rawStepMs == b.rawStepMs;
    }
};

// Series history in <dataDir>/history.db, on the storage thread: buffers the engine's sample
// batches and writes them in one transaction per flush interval, rolls completed minutes and
// hours up and applies the retention (every minute, by the injected clock), and answers range
// queries. When the file cannot be written (full disk, read-only directory) the samples stay
// in a bounded memory buffer, the user is told and writing is retried; a damaged file is moved
// aside and replaced. Details: docs/storage.md.
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    static constexpr qsizetype DefaultMaxPendingSamples = 500000;
    static constexpr int DefaultRetryIntervalMs = 30000;
    static constexpr qint64 MaintenanceEveryMs = 60 * 1000;

    explicit HistoryWriter(const Clock &clock, QObject *parent = nullptr);
    ~HistoryWriter() override; // one last flush

    static QString databaseFileName() { return QStringLiteral("history.db"); }
    qsizetype pendingSamples() const { return m_pendingSamples; }

public Q_SLOTS:
    // Creates dataDir and opens history.db there (nothing when settings.enabled is false).
    void open(const QString &dataDir, const vigil::HistorySettings &settings);
    void setSettings(const vigil::HistorySettings &settings);
    // Unit name per metric name, stored with each new series.
    void setUnits(const QHash<QString, QString> &units);
    void append(const vigil::SampleBatch &batch);
    // Writes what is buffered now (the flush timer does this every flush interval).
    void flush();
    // Rollups of the minutes and hours completed by now, then the retention deletes.
    void runMaintenance();
    // Emits historyReady(requestId, one result per query, in order).
    void query(quint64 requestId, const QList<vigil::HistoryQuery> &queries);

    void setRetryInterval(int ms);
    void setMaxPendingSamples(qsizetype count);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void databaseRecovered(const QString &userMessage);
    void storageError(const QString &message);
    void storageResumed(const QString &message);
    void flushed(qsizetype samples);
    void maintained(qint64 deletedRows);
    void historyReady(quint64 requestId, const QList<vigil::HistoryResult> &results);

private:
    bool tryOpen(QString *error);
    bool recoverCorruptFile(const QString &reason, QString *error);
    bool handleFailure(const HistoryDatabase::Result &result);
    void degrade(const QString &message);
    void resume();
    void dropOverflow();
    void onRetry();
    HistoryResult runQuery(const HistoryQuery &query);
    void addPending(const HistoryQuery &query, QList<HistoryPoint> *points) const;

    const Clock &m_clock;
    HistoryDatabase m_db;
    HistorySettings m_settings;
    QHash<QString, QString> m_units;
    QString m_dataDir;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QList<SampleBatch> m_pending; // accepted, not yet written; oldest first
    qsizetype m_pendingSamples = 0;
    qsizetype m_maxPending = DefaultMaxPendingSamples;
    qint64 m_dropped = 0; // samples lost to the memory bound since the last resume
    qint64 m_lastMaintenanceMs = 0;
    bool m_degraded = false;
    QString m_lastError;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::HistorySettings)
