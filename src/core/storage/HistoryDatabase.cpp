#include "HistoryDatabase.h"

#include "storage/HistorySql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigil {

namespace {

// migrations()[i] takes the schema from user_version i to i + 1. Never edit a shipped step.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps{
        {QStringLiteral("CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                        " labels TEXT NOT NULL, unit TEXT NOT NULL, UNIQUE (name, labels))"),
         QStringLiteral("CREATE TABLE samples (series_id INTEGER NOT NULL, t_ms INTEGER NOT NULL,"
                        " value REAL NOT NULL, PRIMARY KEY (series_id, t_ms)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE minute_rollups (series_id INTEGER NOT NULL,"
                        " t_ms INTEGER NOT NULL, min REAL NOT NULL, avg REAL NOT NULL,"
                        " max REAL NOT NULL, count INTEGER NOT NULL,"
                        " PRIMARY KEY (series_id, t_ms)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE hour_rollups (series_id INTEGER NOT NULL,"
                        " t_ms INTEGER NOT NULL, min REAL NOT NULL, avg REAL NOT NULL,"
                        " max REAL NOT NULL, count INTEGER NOT NULL,"
                        " PRIMARY KEY (series_id, t_ms)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE rollup_progress (tier TEXT PRIMARY KEY,"
                        " done_ms INTEGER NOT NULL)")},
    };
    return steps;
}

QString labelsJson(const Labels &labels)
{
    QJsonObject o;
    for (const Label &l : labels)
        o.insert(l.first, l.second);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 floorTo(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

} // namespace

HistoryDatabase::HistoryDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

HistoryDatabase::Result HistoryDatabase::failure(const QSqlError &error, const QString &what) const
{
    return sqlitefile::failure(error, what);
}

HistoryDatabase::Result HistoryDatabase::rollback(const Result &result)
{
    m_db.rollback();
    m_keys.clear(); // ids handed out inside the transaction are gone
    readProgress();
    return result;
}

HistoryDatabase::Result HistoryDatabase::open(const QString &filePath)
{
    close();
    m_filePath = filePath;
    Q_ASSERT(migrations().size() == std::size_t(SchemaVersion));
    Result r = sqlitefile::open(&m_db, m_connectionName, filePath, migrations());
    if (r.ok())
        r = readProgress();
    if (!r.ok()) {
        close();
        return r;
    }
    m_open = true;
    return r;
}

void HistoryDatabase::close()
{
    m_open = false;
    m_keys.clear();
    m_minuteDoneMs = 0;
    m_hourDoneMs = 0;
    sqlitefile::close(&m_db, m_connectionName);
}

HistoryDatabase::Result HistoryDatabase::readProgress()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tier, done_ms FROM rollup_progress")))
        return failure(q.lastError(), QStringLiteral("reading rollup progress"));
    m_minuteDoneMs = 0;
    m_hourDoneMs = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("minute"))
            m_minuteDoneMs = q.value(1).toLongLong();
        else if (q.value(0).toString() == QLatin1String("hour"))
            m_hourDoneMs = q.value(1).toLongLong();
    }
    return {};
}

HistoryDatabase::Result HistoryDatabase::saveProgress()
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO rollup_progress (tier, done_ms) "
                                  "VALUES ('minute', ?), ('hour', ?)")))
        return failure(q.lastError(), QStringLiteral("saving rollup progress"));
    q.addBindValue(m_minuteDoneMs);
    q.addBindValue(m_hourDoneMs);
    if (!q.exec())
        return failure(q.lastError(), QStringLiteral("saving rollup progress"));
    return {};
}

HistoryDatabase::Result HistoryDatabase::seriesKey(const SeriesId &id, const QString &unit,
                                                   bool create, qint64 *key)
{
    const auto cached = m_keys.constFind(id);
    if (cached != m_keys.cend()) {
        *key = *cached;
        return {};
    }
    const QString labels = labelsJson(id.labels());
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id FROM series WHERE name = ? AND labels = ?")))
        return failure(q.lastError(), QStringLiteral("looking up a series"));
    q.addBindValue(id.name());
    q.addBindValue(labels);
    if (!q.exec())
        return failure(q.lastError(), QStringLiteral("looking up a series"));
    if (q.next()) {
        *key = q.value(0).toLongLong();
        m_keys.insert(id, *key);
        return {};
    }
    *key = -1;
    if (!create)
        return {};
    if (!q.prepare(QStringLiteral(
            "INSERT INTO series (name, labels, unit) VALUES (?, ?, COALESCE(?, ''))")))
        return failure(q.lastError(), QStringLiteral("adding a series"));
    q.addBindValue(id.name());
    q.addBindValue(labels);
    q.addBindValue(unit);
    if (!q.exec())
        return failure(q.lastError(), QStringLiteral("adding a series"));
    *key = q.lastInsertId().toLongLong();
    m_keys.insert(id, *key);
    return {};
}

HistoryDatabase::Result HistoryDatabase::seriesKeys(QList<qint64> *keys)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM series ORDER BY id")))
        return failure(q.lastError(), QStringLiteral("listing series"));
    while (q.next())
        keys->append(q.value(0).toLongLong());
    return {};
}

HistoryDatabase::Result HistoryDatabase::write(const QList<SampleBatch> &batches,
                                               const QHash<QString, QString> &units)
{
    const QString what = QStringLiteral("writing history");
    if (!m_open)
        return {Status::Failed, QStringLiteral("the history database is not open")};
    if (!m_db.transaction())
        return failure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO samples (series_id, t_ms, value) "
                                  "VALUES (?, ?, ?)")))
        return rollback(failure(q.lastError(), what));
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const SampleBatch &batch : batches) {
        for (const SeriesSample &s : batch.samples) {
            if (!std::isfinite(s.value))
                continue;
            qint64 key = 0;
            const Result r = seriesKey(s.id, units.value(s.id.name()), true, &key);
            if (!r.ok())
                return rollback(r);
            q.addBindValue(key);
            q.addBindValue(batch.timeMs);
            q.addBindValue(s.value);
            if (!q.exec())
                return rollback(failure(q.lastError(), what));
            oldest = std::min(oldest, batch.timeMs);
        }
    }
    // Late samples (held in memory while the disk was full): roll their minutes up again.
    if (oldest < m_minuteDoneMs) {
        m_minuteDoneMs = floorTo(oldest, MinuteMs);
        m_hourDoneMs = std::min(m_hourDoneMs, floorTo(oldest, HourMs));
        const Result r = saveProgress();
        if (!r.ok())
            return rollback(r);
    }
    if (!m_db.commit())
        return rollback(failure(m_db.lastError(), what));
    return {};
}

HistoryDatabase::Result HistoryDatabase::rollup(qint64 upToMs)
{
    const QString what = QStringLiteral("rolling up history");
    if (!m_open)
        return {Status::Failed, QStringLiteral("the history database is not open")};
    const qint64 minuteEnd = floorTo(upToMs, MinuteMs);
    if (minuteEnd <= m_minuteDoneMs)
        return {};
    const qint64 hourEnd = floorTo(minuteEnd, HourMs);
    QList<qint64> keys;
    Result r = seriesKeys(&keys);
    if (!r.ok())
        return r;
    if (!m_db.transaction())
        return failure(m_db.lastError(), what);
    QSqlQuery minute(m_db);
    QSqlQuery hour(m_db);
    if (!minute.prepare(historysql::rollupMinutes()) || !hour.prepare(historysql::rollupHours()))
        return rollback(
            failure(minute.lastError().isValid() ? minute.lastError() : hour.lastError(), what));
    const bool hours = hourEnd > m_hourDoneMs;
    for (qint64 key : std::as_const(keys)) {
        minute.addBindValue(key);
        minute.addBindValue(m_minuteDoneMs);
        minute.addBindValue(minuteEnd);
        if (!minute.exec())
            return rollback(failure(minute.lastError(), what));
        if (!hours)
            continue;
        hour.addBindValue(key);
        hour.addBindValue(m_hourDoneMs);
        hour.addBindValue(hourEnd);
        if (!hour.exec())
            return rollback(failure(hour.lastError(), what));
    }
    m_minuteDoneMs = minuteEnd;
    if (hours)
        m_hourDoneMs = hourEnd;
    r = saveProgress();
    if (!r.ok())
        return rollback(r);
    if (!m_db.commit())
        return rollback(failure(m_db.lastError(), what));
    return {};
}

HistoryDatabase::Result HistoryDatabase::prune(qint64 nowMs, const HistoryRetention &retention,
                                               qint64 *deleted)
{
    const QString what = QStringLiteral("pruning history");
    *deleted = 0;
    if (!m_open)
        return {Status::Failed, QStringLiteral("the history database is not open")};
    QList<qint64> keys;
    Result r = seriesKeys(&keys);
    if (!r.ok())
        return r;
    struct Cut
    {
        const char *table;
        qint64 before;
    };
    const Cut cuts[] = {
        {"samples", std::min(nowMs - retention.rawMs, m_minuteDoneMs)},
        {"minute_rollups", std::min(nowMs - retention.minuteMs, m_hourDoneMs)},
        {"hour_rollups", nowMs - retention.hourMs},
    };
    if (!m_db.transaction())
        return failure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    for (const Cut &cut : cuts) {
        // Per series: the primary key (series_id, t_ms) makes each delete a range scan.
        if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE series_id = ? AND t_ms < ?")
                           .arg(QLatin1String(cut.table))))
            return rollback(failure(q.lastError(), what));
        for (qint64 key : std::as_const(keys)) {
            q.addBindValue(key);
            q.addBindValue(cut.before);
            if (!q.exec())
                return rollback(failure(q.lastError(), what));
            *deleted += q.numRowsAffected();
        }
    }
    if (!m_db.commit())
        return rollback(failure(m_db.lastError(), what));
    return {};
}

HistoryDatabase::Result HistoryDatabase::read(HistoryTier tier, const SeriesId &id, qint64 fromMs,
                                              qint64 toMs, QList<HistoryPoint> *points)
{
    const QString what = QStringLiteral("reading history");
    if (!m_open)
        return {Status::Failed, QStringLiteral("the history database is not open")};
    qint64 key = -1;
    Result r = seriesKey(id, QString(), false, &key);
    if (!r.ok() || key < 0)
        return r; // a series never stored has no points
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QVariantList binds =
        historysql::readBinds(tier, key, fromMs, toMs, m_minuteDoneMs, m_hourDoneMs);
    if (!q.prepare(historysql::read(tier)))
        return failure(q.lastError(), what);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError(), what);
    while (q.next()) {
        points->append({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(),
                        q.value(3).toDouble()});
    }
    return {};
}

} // namespace vigil
