#include "AlertDatabase.h"

#include "storage/AlertRecords.h"
#include "storage/AlertRows.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace vigil {

namespace {

constexpr int kDeleteBatch = 5000; // rows per DELETE, so pruning never holds a long lock

// kMigrations[i] takes the schema from user_version i to i + 1. Never edit a shipped step.
const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> steps{
        {QStringLiteral("CREATE TABLE events ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
                        " kind TEXT NOT NULL, fingerprint TEXT NOT NULL, rule TEXT NOT NULL,"
                        " labels TEXT NOT NULL, from_state TEXT NOT NULL, to_state TEXT NOT NULL,"
                        " from_severity TEXT NOT NULL, to_severity TEXT NOT NULL, value REAL,"
                        " threshold REAL, firing_since_ms INTEGER NOT NULL, summary TEXT NOT NULL,"
                        " runbook TEXT NOT NULL, notify INTEGER NOT NULL,"
                        " silenced_by TEXT NOT NULL, search TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX events_time ON events(time_ms)"),
         QStringLiteral("CREATE INDEX events_fingerprint ON events(fingerprint, time_ms)"),
         QStringLiteral("CREATE TABLE active_alerts ("
                        " fingerprint TEXT PRIMARY KEY, rule TEXT NOT NULL, labels TEXT NOT NULL,"
                        " series TEXT NOT NULL, state TEXT NOT NULL, severity TEXT NOT NULL,"
                        " value REAL, threshold REAL, active_since_ms INTEGER NOT NULL,"
                        " firing_since_ms INTEGER NOT NULL, last_sample_ms INTEGER NOT NULL,"
                        " last_notified_ms INTEGER NOT NULL, notified_firing INTEGER NOT NULL,"
                        " stale INTEGER NOT NULL, acknowledged INTEGER NOT NULL,"
                        " silenced_by TEXT NOT NULL, summary TEXT NOT NULL,"
                        " description TEXT NOT NULL, runbook TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE silences ("
                        " id TEXT PRIMARY KEY, matchers TEXT NOT NULL,"
                        " starts_at_ms INTEGER NOT NULL, ends_at_ms INTEGER NOT NULL,"
                        " comment TEXT NOT NULL, created_by TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX silences_ends ON silences(ends_at_ms)")},
    };
    return steps;
}

} // namespace

AlertDatabase::AlertDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

AlertDatabase::~AlertDatabase()
{
    close();
}

AlertDatabase::Result AlertDatabase::failure(const QSqlError &error, const QString &what) const
{
    return sqlitefile::failure(error, what);
}

AlertDatabase::Result AlertDatabase::open(const QString &filePath)
{
    close();
    m_filePath = filePath;
    Q_ASSERT(migrations().size() == std::size_t(SchemaVersion));
    const Result result = sqlitefile::open(&m_db, m_connectionName, filePath, migrations());
    m_open = result.ok();
    return result;
}

void AlertDatabase::close()
{
    m_open = false;
    sqlitefile::close(&m_db, m_connectionName);
}

AlertDatabase::Result AlertDatabase::lastEventId(qint64 *id)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0),"
            " COALESCE((SELECT MAX(id) FROM events), 0))")) ||
        !q.next())
        return failure(q.lastError(), QStringLiteral("reading event ids"));
    *id = q.value(0).toLongLong();
    return {};
}

AlertDatabase::Result AlertDatabase::write(const QList<AlertEvent> &events,
                                           const QList<Alert> *activeAlerts,
                                           const QList<Silence> *silences)
{
    if (!m_open)
        return {Status::Failed, QStringLiteral("the alert database is not open")};
    if (!m_db.transaction())
        return failure(m_db.lastError(), QStringLiteral("writing alerts"));
    QSqlQuery q(m_db);
    bool ok = true;
    if (!events.isEmpty()) {
        ok = q.prepare(rows::insertEventSql());
        for (auto it = events.cbegin(); ok && it != events.cend(); ++it) {
            rows::bindEvent(q, *it);
            ok = q.exec();
        }
    }
    if (ok && activeAlerts) {
        ok = q.exec(QStringLiteral("DELETE FROM active_alerts")) &&
             q.prepare(rows::insertAlertSql());
        for (auto it = activeAlerts->cbegin(); ok && it != activeAlerts->cend(); ++it) {
            rows::bindAlert(q, *it);
            ok = q.exec();
        }
    }
    if (ok && silences) {
        ok = q.exec(QStringLiteral("DELETE FROM silences")) && q.prepare(rows::insertSilenceSql());
        for (auto it = silences->cbegin(); ok && it != silences->cend(); ++it) {
            rows::bindSilence(q, *it);
            ok = q.exec();
        }
    }
    if (ok && m_db.commit())
        return {};
    Result r = failure(ok ? m_db.lastError() : q.lastError(), QStringLiteral("writing alerts"));
    m_db.rollback();
    return r;
}

AlertDatabase::Result AlertDatabase::readActiveAlerts(QList<Alert> *alerts)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(rows::selectAlertsSql()))
        return failure(q.lastError(), QStringLiteral("reading active alerts"));
    while (q.next())
        alerts->append(rows::alertFromRow(q));
    return {};
}

AlertDatabase::Result AlertDatabase::readSilences(qint64 nowMs, QList<Silence> *silences)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(rows::selectSilencesSql() + QLatin1String(" WHERE ends_at_ms > ?")))
        return failure(q.lastError(), QStringLiteral("reading silences"));
    q.addBindValue(nowMs);
    if (!q.exec())
        return failure(q.lastError(), QStringLiteral("reading silences"));
    while (q.next())
        silences->append(rows::silenceFromRow(q));
    return {};
}

AlertDatabase::Result AlertDatabase::queryEvents(const EventQuery &query, QList<AlertEvent> *events)
{
    QString sql = rows::selectEventsSql() + QLatin1String(" WHERE time_ms >= ? AND time_ms <= ?");
    QVariantList values{query.fromMs, query.toMs};
    const auto addIn = [&](const QLatin1String &column, const QStringList &codes) {
        if (codes.isEmpty())
            return;
        sql += QLatin1String(" AND ") + column + QLatin1String(" IN (");
        for (qsizetype i = 0; i < codes.size(); ++i) {
            sql += i == 0 ? QLatin1String("?") : QLatin1String(",?");
            values.append(codes.at(i));
        }
        sql += QLatin1Char(')');
    };
    QStringList severities;
    for (Severity s : query.severities)
        severities.append(records::severityCode(s));
    addIn(QLatin1String("to_severity"), severities);
    QStringList kinds;
    for (AlertEventKind k : query.kinds)
        kinds.append(records::eventKindCode(k));
    addIn(QLatin1String("kind"), kinds);
    const QString needle = records::searchNeedle(query.text);
    if (!needle.isEmpty()) {
        sql += QLatin1String(" AND instr(search, ?) > 0");
        values.append(needle);
    }
    sql += QLatin1String(" ORDER BY time_ms DESC, id DESC LIMIT ?");
    values.append(query.limit > 0 ? query.limit : -1);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failure(q.lastError(), QStringLiteral("querying events"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError(), QStringLiteral("querying events"));
    while (q.next())
        events->append(rows::eventFromRow(q));
    return {};
}

AlertDatabase::Result AlertDatabase::deleteInBatches(const QString &selectIds,
                                                     const QVariantList &values, int *deleted)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QLatin1String("DELETE FROM events WHERE id IN (") + selectIds +
                   QLatin1Char(')')))
        return failure(q.lastError(), QStringLiteral("pruning events"));
    int affected = 0;
    do {
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError(), QStringLiteral("pruning events"));
        affected = q.numRowsAffected();
        *deleted += affected;
    } while (affected >= kDeleteBatch);
    return {};
}

AlertDatabase::Result AlertDatabase::prune(qint64 olderThanMs, qint64 maxEvents, int *deleted)
{
    *deleted = 0;
    if (!m_open)
        return {Status::Failed, QStringLiteral("the alert database is not open")};
    const QString limit = QString::number(kDeleteBatch);
    Result r =
        deleteInBatches(QLatin1String("SELECT id FROM events WHERE time_ms < ? LIMIT ") + limit,
                        {olderThanMs}, deleted);
    if (r.ok() && maxEvents > 0)
        r = deleteInBatches(QLatin1String("SELECT id FROM events ORDER BY id DESC LIMIT ") + limit +
                                QLatin1String(" OFFSET ?"),
                            {maxEvents}, deleted);
    return r;
}

QString AlertDatabase::moveAside(const QString &filePath, const QDateTime &when, QString *error)
{
    const QString base = filePath + QLatin1String(".corrupt-") +
                         when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target) || QFile::exists(target + QLatin1String("-wal")); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (QFile::exists(filePath) && !QFile::rename(filePath, target)) {
        *error = QStringLiteral("cannot move %1 aside to %2").arg(filePath, target);
        return {};
    }
    // A stale -wal next to a new database would be replayed into it: move it or remove it.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        const QString side = filePath + suffix;
        if (QFile::exists(side) && !QFile::rename(side, target + suffix) && !QFile::remove(side)) {
            *error = QStringLiteral("cannot move %1 aside").arg(side);
            return {};
        }
    }
    return target;
}

} // namespace vigil
