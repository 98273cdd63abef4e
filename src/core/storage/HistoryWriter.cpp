#include "HistoryWriter.h"

#include "storage/AlertDatabase.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace vigil {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vigil-history-%1").arg(++counter);
}

} // namespace

HistoryWriter::HistoryWriter(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_db(uniqueConnectionName())
    , m_flushTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    registerHistoryMetaTypes();
    qRegisterMetaType<vigil::HistorySettings>();
    qRegisterMetaType<vigil::SampleBatch>();
    m_retryTimer->setInterval(DefaultRetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &HistoryWriter::onRetry);
    connect(m_flushTimer, &QTimer::timeout, this, [this] {
        if (m_degraded)
            return; // the retry timer takes over, at its slower pace
        flush();
        if (m_clock.nowMs() - m_lastMaintenanceMs >= MaintenanceEveryMs)
            runMaintenance();
    });
}

HistoryWriter::~HistoryWriter()
{
    if (!m_pending.isEmpty() && m_db.isOpen() && m_db.write(m_pending, m_units).ok()) {
        m_pending.clear();
        m_pendingSamples = 0;
    }
    if (m_pendingSamples > 0)
        qCWarning(lcStorage) << m_pendingSamples
                             << "history samples could not be written before exit and are lost";
}

void HistoryWriter::setRetryInterval(int ms)
{
    m_retryTimer->setInterval(std::max(ms, 1));
}

void HistoryWriter::setMaxPendingSamples(qsizetype count)
{
    m_maxPending = std::max<qsizetype>(count, 1);
    dropOverflow();
}

void HistoryWriter::setUnits(const QHash<QString, QString> &units)
{
    m_units = units;
}

void HistoryWriter::setSettings(const HistorySettings &settings)
{
    m_settings = settings;
    m_flushTimer->setInterval(int(std::clamp<qint64>(settings.flushIntervalMs, 1, 3600 * 1000)));
    if (!settings.enabled) {
        flush(); // what was accepted while enabled is kept
        m_flushTimer->stop();
        m_pending.clear();
        m_pendingSamples = 0;
    } else if (!m_dataDir.isEmpty() && !m_flushTimer->isActive()) {
        m_flushTimer->start();
    }
}

void HistoryWriter::open(const QString &dataDir, const HistorySettings &settings)
{
    m_db.close();
    m_dataDir = dataDir;
    setSettings(settings);
    if (!settings.enabled) {
        Q_EMIT opened(false, tr("History is turned off (history.enabled)."));
        return;
    }
    m_lastMaintenanceMs = m_clock.nowMs(); // first rollup a minute after start, off the hot path
    QString error;
    if (!tryOpen(&error)) {
        Q_EMIT opened(false, error);
        degrade(error);
        return;
    }
    Q_EMIT opened(true, m_db.filePath());
}

bool HistoryWriter::tryOpen(QString *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Cannot create the data directory %1; series history is kept in memory only")
                     .arg(m_dataDir);
        return false;
    }
    const QString file = QDir(m_dataDir).filePath(databaseFileName());
    const HistoryDatabase::Result r = m_db.open(file);
    if (r.status == HistoryDatabase::Status::Corrupt)
        return recoverCorruptFile(r.message, error);
    if (!r.ok()) {
        *error = tr("The history database %1 cannot be used (%2); series history is kept in "
                    "memory only")
                     .arg(file, r.message);
        return false;
    }
    qCInfo(lcStorage) << "history database open:" << file;
    return true;
}

bool HistoryWriter::recoverCorruptFile(const QString &reason, QString *error)
{
    const QString file = QDir(m_dataDir).filePath(databaseFileName());
    m_db.close();
    QString moveError;
    const QString moved = AlertDatabase::moveAside(
        file, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC), &moveError);
    if (moved.isEmpty()) {
        *error = tr("The history database %1 is damaged (%2) and %3").arg(file, reason, moveError);
        return false;
    }
    qCWarning(lcStorage) << "damaged history database" << file << "(" << reason << ") moved to"
                         << moved;
    Q_EMIT databaseRecovered(tr("The series history database was damaged and has been moved to "
                                "%1. A new, empty one was created; earlier chart history is in "
                                "the moved file.")
                                 .arg(moved));
    const HistoryDatabase::Result r = m_db.open(file);
    if (!r.ok()) {
        *error = r.message;
        return false;
    }
    return true;
}

void HistoryWriter::append(const SampleBatch &batch)
{
    if (!m_settings.enabled || batch.samples.isEmpty())
        return;
    m_pending.append(batch);
    m_pendingSamples += batch.samples.size();
    dropOverflow();
}

void HistoryWriter::flush()
{
    if (m_pending.isEmpty())
        return;
    if (!m_db.isOpen()) {
        if (!m_degraded && !m_dataDir.isEmpty())
            degrade(tr("The history database is not open"));
        return;
    }
    HistoryDatabase::Result r = m_db.write(m_pending, m_units);
    // A damaged file replaced by a new one: write everything there.
    if (!r.ok() && handleFailure(r) && m_db.isOpen())
        r = m_db.write(m_pending, m_units);
    if (!r.ok()) {
        if (r.status != HistoryDatabase::Status::Corrupt)
            degrade(r.message);
        return;
    }
    const qsizetype written = m_pendingSamples;
    m_pending.clear();
    m_pendingSamples = 0;
    resume();
    Q_EMIT flushed(written);
}

void HistoryWriter::runMaintenance()
{
    m_lastMaintenanceMs = m_clock.nowMs();
    if (!m_db.isOpen())
        return;
    flush(); // samples of the minute that just ended belong in its rollup
    HistoryDatabase::Result r = m_db.rollup(m_lastMaintenanceMs);
    qint64 deleted = 0;
    if (r.ok())
        r = m_db.prune(m_lastMaintenanceMs, m_settings.retention, &deleted);
    if (!r.ok()) {
        handleFailure(r);
        return;
    }
    if (deleted > 0)
        qCDebug(lcStorage) << "history retention deleted" << deleted << "rows";
    Q_EMIT maintained(deleted);
}

bool HistoryWriter::handleFailure(const HistoryDatabase::Result &result)
{
    if (result.status != HistoryDatabase::Status::Corrupt) {
        degrade(result.message);
        return false;
    }
    QString error;
    if (!recoverCorruptFile(result.message, &error)) {
        degrade(error);
        return false;
    }
    return true;
}

void HistoryWriter::degrade(const QString &message)
{
    if (!m_degraded || message != m_lastError) {
        qCWarning(lcStorage) << "history storage unavailable, keeping samples in memory:"
                             << message;
        Q_EMIT storageError(tr("Series history cannot be saved: %1. Vigil keeps recent samples "
                               "in memory and retries.")
                                .arg(message));
    }
    m_degraded = true;
    m_lastError = message;
    if (!m_retryTimer->isActive())
        m_retryTimer->start();
}

void HistoryWriter::resume()
{
    if (!m_degraded)
        return;
    m_degraded = false;
    m_lastError.clear();
    m_retryTimer->stop();
    QString message = tr("Series history is being saved again to %1.").arg(m_db.filePath());
    if (m_dropped > 0)
        message += QLatin1Char(' ') +
                   tr("%1 sample(s) were lost while it was unavailable.").arg(m_dropped);
    m_dropped = 0;
    qCInfo(lcStorage) << message;
    Q_EMIT storageResumed(message);
}

void HistoryWriter::dropOverflow()
{
    qsizetype dropped = 0;
    while (m_pendingSamples > m_maxPending && m_pending.size() > 1) {
        const qsizetype n = m_pending.constFirst().samples.size();
        m_pending.removeFirst();
        m_pendingSamples -= n;
        dropped += n;
    }
    if (dropped == 0)
        return;
    const bool first = m_dropped == 0;
    m_dropped += dropped;
    if (first) {
        qCWarning(lcStorage) << "history buffer full: dropping the oldest unwritten samples";
        Q_EMIT storageError(tr("Series history cannot be saved and more than %1 samples are "
                               "waiting; the oldest are being dropped.")
                                .arg(m_maxPending));
    }
}

void HistoryWriter::onRetry()
{
    if (m_dataDir.isEmpty() || !m_settings.enabled) {
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
    if (m_pending.isEmpty())
        resume();
    else
        flush();
}

} // namespace vigil
