#include "SqliteFile.h"

#include "util/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigil::sqlitefile {

namespace {

constexpr int kSqliteCorrupt = 11; // SQLITE_CORRUPT
constexpr int kSqliteNotADb = 26;  // SQLITE_NOTADB

Result check(QSqlDatabase &db, const QString &filePath, int knownVersion, int *fileVersion)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return failure(q.lastError(), QStringLiteral("integrity check"));
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return {Status::Corrupt,
                QStringLiteral("integrity check: ") + problems.mid(0, 3).join(QLatin1String("; "))};
    // Refuse a newer schema before changing anything in the file (even its journal mode).
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(q.lastError(), QStringLiteral("schema version"));
    *fileVersion = q.value(0).toInt();
    if (*fileVersion > knownVersion)
        return {Status::Failed,
                QStringLiteral("%1 was written by a newer Vigil (schema %2, this one knows %3)")
                    .arg(filePath)
                    .arg(*fileVersion)
                    .arg(knownVersion)};
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return failure(q.lastError(), QStringLiteral("journal mode"));
    if (q.next() && q.value(0).toString() != QLatin1String("wal"))
        qCWarning(lcStorage) << "WAL not available for" << filePath << "- using"
                             << q.value(0).toString();
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return failure(q.lastError(), QStringLiteral("synchronous mode"));
    return {};
}

Result migrate(QSqlDatabase &db, int fromVersion, const std::vector<QStringList> &migrations)
{
    const int target = int(migrations.size());
    if (fromVersion == target)
        return {};
    if (!db.transaction())
        return failure(db.lastError(), QStringLiteral("schema migration"));
    QSqlQuery q(db);
    for (int step = fromVersion; step < target; ++step) {
        for (const QString &sql : migrations.at(std::size_t(step))) {
            if (!q.exec(sql)) {
                Result r = failure(q.lastError(), QStringLiteral("schema migration"));
                db.rollback();
                return r;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        Result r = failure(q.lastError().isValid() ? q.lastError() : db.lastError(),
                           QStringLiteral("schema migration"));
        db.rollback();
        return r;
    }
    qCInfo(lcStorage) << "schema" << fromVersion << "->" << target << "in" << db.databaseName();
    return {};
}

} // namespace

Result failure(const QSqlError &error, const QString &what)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary of an extended code
    const Status status =
        (code == kSqliteCorrupt || code == kSqliteNotADb) ? Status::Corrupt : Status::Failed;
    return {status, what % QLatin1String(": ") % error.text().trimmed()};
}

Result open(QSqlDatabase *db, const QString &connectionName, const QString &filePath,
            const std::vector<QStringList> &migrations)
{
    close(db, connectionName);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return {Status::Failed, QStringLiteral("the Qt SQLite driver (libqt6sql6-sqlite) is "
                                               "not installed")};
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->setDatabaseName(filePath);
    db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    Result result;
    int version = 0;
    if (!db->open())
        result = failure(db->lastError(), QStringLiteral("cannot open ") + filePath);
    if (result.ok())
        result = check(*db, filePath, int(migrations.size()), &version);
    if (result.ok())
        result = migrate(*db, version, migrations);
    if (!result.ok())
        close(db, connectionName);
    return result;
}

void close(QSqlDatabase *db, const QString &connectionName)
{
    if (db->isValid())
        db->close();
    *db = QSqlDatabase();
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}

} // namespace vigil::sqlitefile
