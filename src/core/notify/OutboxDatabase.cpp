#include "OutboxDatabase.h"

#include "storage/AlertDatabase.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <atomic>

namespace vigil {

namespace {

constexpr int kSqliteCorrupt = 11; // SQLITE_CORRUPT
constexpr int kSqliteNotADb = 26;  // SQLITE_NOTADB
constexpr int kBusyTimeoutMs = 5000;
const QLatin1String kMemory(":memory:");

// migrations()[i] takes the schema from user_version i to i + 1. Never edit a shipped step.
const std::array<QStringList, OutboxDatabase::SchemaVersion> &migrations()
{
    static const std::array<QStringList, OutboxDatabase::SchemaVersion> steps{{
        {QStringLiteral(
             "CREATE TABLE items ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, type TEXT NOT NULL,"
             " state TEXT NOT NULL, created_ms INTEGER NOT NULL, retry_since_ms INTEGER NOT NULL,"
             " next_attempt_ms INTEGER NOT NULL, last_attempt_ms INTEGER NOT NULL DEFAULT 0,"
             " sent_ms INTEGER NOT NULL DEFAULT 0, updated_ms INTEGER NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
             " last_error TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, url TEXT NOT NULL,"
             " method BLOB NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL,"
             " idempotency_key TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX items_state ON items(state, next_attempt_ms)"),
         QStringLiteral("CREATE INDEX items_channel ON items(channel, state, id)")},
        // 1 -> 2: every dispatcher pass reads these without touching each pending row. The
        // partial index holds only unfinished items, so each channel's head is one seek
        // (Outbox's kHeads); the expiry pass seeks to the items past their max age.
        {QStringLiteral("CREATE INDEX items_unfinished ON items(channel, id)"
                        " WHERE state IN ('pending', 'sending')"),
         QStringLiteral("CREATE INDEX items_expiry ON items(state, retry_since_ms)")},
    }};
    return steps;
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vigil-outbox-%1").arg(++counter);
}

// The file holds webhook URLs and auth headers: owner only, before SQLite writes anything
// (SQLite gives -wal and -shm the mode of the database file).
bool createPrivateFile(const QString &path, QString *error)
{
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot create %1: %2").arg(path, create.errorString());
            return false;
        }
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace

OutboxDatabase::OutboxDatabase(const Clock &clock)
    : m_clock(clock)
    , m_connectionName(uniqueConnectionName())
{}

OutboxDatabase::~OutboxDatabase()
{
    close();
}

OutboxDatabase::Result OutboxDatabase::failure(const QSqlError &error, const QString &what) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary of an extended code
    const Status status =
        (code == kSqliteCorrupt || code == kSqliteNotADb) ? Status::Corrupt : Status::Failed;
    return {status, what % QLatin1String(": ") % error.text().trimmed()};
}

OutboxDatabase::Result OutboxDatabase::notOpen() const
{
    return {Status::Failed, QStringLiteral("the outbox is not open")};
}

OutboxDatabase::Result OutboxDatabase::open(const QString &dir)
{
    close();
    m_recovery.clear();
    if (!QDir().mkpath(dir))
        return {Status::Failed, QStringLiteral("cannot create the directory %1").arg(dir)};
    const QString path = QDir(dir).filePath(fileName());
    QString error;
    if (!createPrivateFile(path, &error))
        return {Status::Failed, error};
    const Result r = openFile(path);
    return r.status == Status::Corrupt ? recover(r.message) : r;
}

bool OutboxDatabase::isInMemory() const
{
    return m_open && m_filePath == kMemory;
}

OutboxDatabase::Result OutboxDatabase::openInMemory()
{
    close();
    m_recovery.clear();
    return openFile(kMemory);
}

OutboxDatabase::Result OutboxDatabase::recover(const QString &reason)
{
    const QString path = m_filePath;
    close();
    if (path == kMemory)
        return openFile(path);
    QString error;
    const QString moved = AlertDatabase::moveAside(
        path, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC), &error);
    if (moved.isEmpty())
        return {Status::Failed,
                QStringLiteral("the outbox %1 is damaged (%2) and %3").arg(path, reason, error)};
    qCWarning(lcNotify) << "damaged outbox" << path << "(" << reason << ") moved to" << moved;
    m_recovery = QCoreApplication::translate(
                     "vigil::OutboxDatabase",
                     "The notification outbox was damaged (%1) and has been moved to "
                     "%2. A new, empty outbox was created; deliveries still queued in "
                     "the moved file will not be sent.")
                     .arg(reason, moved);
    if (!createPrivateFile(path, &error))
        return {Status::Failed, error};
    return openFile(path);
}

OutboxDatabase::Result OutboxDatabase::openFile(const QString &filePath)
{
    m_filePath = filePath;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return {Status::Failed, QStringLiteral("the Qt SQLite driver (libqt6sql6-sqlite) is "
                                               "not installed")};
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    Result r;
    if (!m_db.open())
        r = failure(m_db.lastError(), QStringLiteral("cannot open ") + filePath);
    if (r.ok())
        r = check();
    if (r.ok())
        r = migrate();
    if (!r.ok()) {
        close();
        m_filePath = filePath;
        return r;
    }
    m_open = true;
    return r;
}

void OutboxDatabase::close()
{
    m_open = false;
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

OutboxDatabase::Result OutboxDatabase::check()
{
    QSqlQuery q(m_db);
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
    m_fileVersion = q.value(0).toInt();
    if (m_fileVersion > SchemaVersion)
        return {Status::Failed, QStringLiteral("%1 was written by a newer Vigil (schema %2)")
                                    .arg(m_filePath)
                                    .arg(m_fileVersion)};
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return failure(q.lastError(), QStringLiteral("journal mode"));
    const QString mode = q.next() ? q.value(0).toString() : QString();
    if (mode != QLatin1String("wal") && m_filePath != kMemory)
        qCWarning(lcNotify) << "WAL not available for" << m_filePath << "- using" << mode;
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return failure(q.lastError(), QStringLiteral("synchronous mode"));
    return {};
}

OutboxDatabase::Result OutboxDatabase::migrate()
{
    const int version = m_fileVersion;
    if (version == SchemaVersion)
        return {};
    const QString what = version == 0 ? QStringLiteral("creating the outbox")
                                      : QStringLiteral("upgrading the outbox");
    if (!m_db.transaction())
        return failure(m_db.lastError(), what);
    QSqlQuery q(m_db);
    for (int step = version; step < SchemaVersion; ++step) {
        for (const QString &sql : migrations().at(static_cast<std::size_t>(step))) {
            if (!q.exec(sql)) {
                const Result r = failure(q.lastError(), what);
                m_db.rollback();
                return r;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !m_db.commit()) {
        const Result r = failure(q.lastError().isValid() ? q.lastError() : m_db.lastError(), what);
        m_db.rollback();
        return r;
    }
    if (version > 0)
        qCInfo(lcNotify) << "outbox schema" << version << "->" << SchemaVersion << "in"
                         << m_filePath;
    return {};
}

OutboxDatabase::Result OutboxDatabase::exec(const QString &sql, const QVariantList &values,
                                            const QString &what, int *affected)
{
    if (!m_open)
        return notOpen();
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return failure(q.lastError(), what);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError(), what);
    if (affected)
        *affected = q.numRowsAffected();
    return {};
}

} // namespace vigil
