#include "AlertStore.h"

#include "storage/AlertRecords.h"
#include "storage/StorageMetaTypes.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace vigil {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vigil-alerts-%1").arg(++counter);
}

} // namespace

AlertStore::AlertStore(QObject *parent)
    : AlertStore(Clock::system(), parent)
{}

AlertStore::AlertStore(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_db(uniqueConnectionName())
    , m_retryTimer(new QTimer(this))
{
    registerStorageMetaTypes();
    m_retryTimer->setInterval(DefaultRetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &AlertStore::onRetry);
}

AlertStore::~AlertStore()
{
    if (hasPendingWrites() && m_db.isOpen() &&
        m_db.write(m_pending, m_activeDirty ? &*m_active : nullptr,
                   m_silencesDirty ? &*m_silences : nullptr)
            .ok())
        m_pending.clear();
    if (!m_pending.isEmpty())
        qCWarning(lcStorage) << m_pending.size()
                             << "alert events could not be written before exit and are lost";
}

QString AlertStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/vigil");
}

void AlertStore::setRetryInterval(int ms)
{
    m_retryTimer->setInterval(std::max(ms, 1));
}

void AlertStore::setMaxPendingEvents(int count)
{
    m_maxPending = std::max(count, 1);
    dropOverflow();
}

bool AlertStore::hasPendingWrites() const
{
    return !m_pending.isEmpty() || m_activeDirty || m_silencesDirty;
}

void AlertStore::open(const QString &dataDir)
{
    m_db.close();
    m_dataDir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    QString error;
    if (!tryOpen(&error)) {
        Q_EMIT opened(false, error);
        degrade(error);
        return;
    }
    Q_EMIT opened(true, m_db.filePath());
    if (flush())
        resume(0);
}

bool AlertStore::tryOpen(QString *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Cannot create the data directory %1").arg(m_dataDir);
        return false;
    }
    const QString file = QDir(m_dataDir).filePath(databaseFileName());
    AlertDatabase::Result r = m_db.open(file);
    if (r.status == AlertDatabase::Status::Corrupt)
        return recoverCorruptFile(r.message, error);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    qCInfo(lcStorage) << "alert database open:" << file;
    adoptEventIds();
    // What this process saved is newer than anything in the file.
    m_activeDirty = m_active.has_value();
    m_silencesDirty = m_silences.has_value();
    return true;
}

bool AlertStore::recoverCorruptFile(const QString &reason, QString *error)
{
    const QString file = m_db.filePath();
    m_db.close();
    QString moveError;
    const QString moved = AlertDatabase::moveAside(
        file, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC), &moveError);
    if (moved.isEmpty()) {
        *error = tr("The alert database %1 is damaged (%2) and %3").arg(file, reason, moveError);
        return false;
    }
    qCWarning(lcStorage) << "damaged alert database" << file << "(" << reason << ") moved to"
                         << moved;
    Q_EMIT databaseRecovered(tr("The alert history database was damaged and has been moved to "
                                "%1. A new, empty database was created; earlier alert history "
                                "is in the moved file.")
                                 .arg(moved));
    const AlertDatabase::Result r = m_db.open(file);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    adoptEventIds();
    m_activeDirty = m_active.has_value();
    m_silencesDirty = m_silences.has_value();
    return true;
}

void AlertStore::adoptEventIds()
{
    qint64 last = 0;
    const AlertDatabase::Result r = m_db.lastEventId(&last);
    if (!r.ok())
        qCWarning(lcStorage) << r.message;
    // Events accepted while no database was open may carry ids this file already used.
    if (!m_pending.isEmpty() && m_pending.constFirst().id <= last) {
        qCInfo(lcStorage) << "renumbering" << m_pending.size() << "unwritten events after id"
                          << last;
        for (AlertEvent &e : m_pending)
            e.id = ++last;
    }
    m_lastId = std::max(m_lastId, last);
}

void AlertStore::appendEvents(const QList<AlertEvent> &events)
{
    if (events.isEmpty())
        return;
    QList<AlertEvent> accepted = events;
    for (AlertEvent &e : accepted)
        e.id = ++m_lastId;
    m_pending.append(accepted);
    if (!flush())
        dropOverflow();
    Q_EMIT eventsAppended(accepted);
}

void AlertStore::saveActiveAlerts(const QList<Alert> &alerts)
{
    m_active = alerts;
    m_activeDirty = true;
    flush();
}

void AlertStore::saveSilences(const QList<Silence> &silences)
{
    m_silences = silences;
    m_silencesDirty = true;
    flush();
}

bool AlertStore::flush(bool mayRecover)
{
    if (!hasPendingWrites())
        return true;
    if (!m_db.isOpen()) {
        if (!m_degraded && !m_dataDir.isEmpty()) // before open(): just hold the data
            degrade(tr("The alert database is not open"));
        return false;
    }
    const AlertDatabase::Result r = m_db.write(m_pending, m_activeDirty ? &*m_active : nullptr,
                                               m_silencesDirty ? &*m_silences : nullptr);
    if (!r.ok()) {
        handleFailure(r);
        // A damaged file was just replaced by a new one: write everything there.
        if (mayRecover && r.status == AlertDatabase::Status::Corrupt && m_db.isOpen())
            return flush(false);
        return false;
    }
    const qsizetype written = m_pending.size();
    m_pending.clear();
    m_activeDirty = false;
    m_silencesDirty = false;
    resume(written);
    return true;
}

void AlertStore::resume(qsizetype writtenEvents)
{
    if (!m_degraded)
        return;
    m_degraded = false;
    m_lastError.clear();
    m_retryTimer->stop();
    QString message = tr("Alert history is being saved again to %1.").arg(m_db.filePath());
    if (writtenEvents > 0)
        message +=
            QLatin1Char(' ') + tr("%n held event(s) were written.", nullptr, int(writtenEvents));
    if (m_dropped > 0)
        message += QLatin1Char(' ') +
                   tr("%n event(s) were lost while it was unavailable.", nullptr, int(m_dropped));
    m_dropped = 0;
    qCInfo(lcStorage) << message;
    Q_EMIT storageResumed(message);
}

void AlertStore::handleFailure(const AlertDatabase::Result &result)
{
    if (result.status != AlertDatabase::Status::Corrupt) {
        degrade(result.message);
        return;
    }
    QString error;
    if (!recoverCorruptFile(result.message, &error))
        degrade(error);
}

void AlertStore::degrade(const QString &message)
{
    if (!m_degraded || message != m_lastError) {
        qCWarning(lcStorage) << "alert storage unavailable, keeping data in memory:" << message;
        Q_EMIT storageError(message);
    }
    m_degraded = true;
    m_lastError = message;
    if (!m_retryTimer->isActive())
        m_retryTimer->start();
}

void AlertStore::dropOverflow()
{
    const qsizetype excess = m_pending.size() - m_maxPending;
    if (excess <= 0)
        return;
    m_pending.remove(0, excess);
    const bool first = m_dropped == 0;
    m_dropped += excess;
    qCWarning(lcStorage) << "alert storage unavailable: dropped" << excess
                         << "oldest unwritten events; lost so far:" << m_dropped;
    if (first)
        Q_EMIT storageError(tr("Alert history cannot be saved and more than %1 events are "
                               "waiting; the oldest are being dropped.")
                                .arg(m_maxPending));
}

void AlertStore::onRetry()
{
    if (m_dataDir.isEmpty()) {
        m_retryTimer->stop();
        return;
    }
    if (!m_db.isOpen()) {
        QString error;
        if (!tryOpen(&error)) {
            degrade(error);
            return;
        }
        Q_EMIT opened(true, m_db.filePath());
    }
    if (flush())
        resume(0);
}

void AlertStore::loadState()
{
    QList<Alert> active;
    QList<Silence> silences;
    const qint64 now = m_clock.nowMs();
    if (m_db.isOpen()) {
        AlertDatabase::Result r;
        if (!m_activeDirty)
            r = m_db.readActiveAlerts(&active);
        if (r.ok() && !m_silencesDirty)
            r = m_db.readSilences(now, &silences);
        if (!r.ok()) {
            active.clear();
            silences.clear();
            handleFailure(r);
        }
    }
    // Snapshots not (yet) in the file are newer than it.
    if (m_active && (m_activeDirty || !m_db.isOpen()))
        active = *m_active;
    if (m_silences && (m_silencesDirty || !m_db.isOpen())) {
        silences.clear();
        std::copy_if(m_silences->cbegin(), m_silences->cend(), std::back_inserter(silences),
                     [now](const Silence &s) { return s.endsAtMs > now; });
    }
    Q_EMIT stateLoaded(active, silences);
}

void AlertStore::queryEvents(quint64 requestId, const EventQuery &query)
{
    QList<AlertEvent> events;
    if (m_db.isOpen()) {
        const AlertDatabase::Result r = m_db.queryEvents(query, &events);
        if (!r.ok()) {
            events.clear();
            handleFailure(r);
        }
    }
    // Events held in memory are history too.
    bool merged = false;
    for (const AlertEvent &e : std::as_const(m_pending)) {
        if (records::matchesQuery(e, query)) {
            events.append(e);
            merged = true;
        }
    }
    if (merged) {
        std::stable_sort(events.begin(), events.end(),
                         [](const AlertEvent &a, const AlertEvent &b) {
                             return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.id > b.id;
                         });
        if (query.limit > 0 && events.size() > query.limit)
            events.resize(query.limit);
    }
    Q_EMIT eventsReady(requestId, events);
}

void AlertStore::prune(qint64 nowMs, qint64 retentionMs)
{
    if (!m_db.isOpen())
        return;
    const qint64 retention = retentionMs > 0 ? retentionMs : DefaultRetentionMs;
    int deleted = 0;
    const AlertDatabase::Result r = m_db.prune(nowMs - retention, MaxStoredEvents, &deleted);
    if (!r.ok())
        handleFailure(r);
    if (deleted > 0)
        qCInfo(lcStorage) << "pruned" << deleted << "alert events older than" << retention << "ms";
    Q_EMIT pruned(deleted);
}

} // namespace vigil
