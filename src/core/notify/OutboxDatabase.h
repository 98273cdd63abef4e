#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlError;

namespace vigil {

class Clock;

// The SQLite file behind Outbox: connection (own name, WAL, synchronous=NORMAL, busy timeout),
// integrity check, schema, and recovery of a damaged file. Plain class, used only from the
// thread that opened it.
class OutboxDatabase final
{
public:
    enum class Status { Ok, Corrupt, Failed };
    struct Result
    {
        Status status = Status::Ok;
        QString message;
        bool ok() const { return status == Status::Ok; }
    };

    static constexpr int SchemaVersion = 2; // PRAGMA user_version
    static QString fileName() { return QStringLiteral("outbox.db"); }

    explicit OutboxDatabase(const Clock &clock);
    ~OutboxDatabase();
    Q_DISABLE_COPY_MOVE(OutboxDatabase)

    // Creates dir and opens <dir>/outbox.db with mode 0600. A damaged file is moved aside as
    // outbox.db.corrupt-<yyyyMMddTHHmmss> (UTC) and a new one created: the result is Ok and
    // recoveryMessage() says so (else it is empty).
    Result open(const QString &dir);
    Result openInMemory();
    // Moves the open file aside and starts a new one (damage found during use).
    Result recover(const QString &reason);
    void close();

    bool isOpen() const { return m_open; }
    bool isInMemory() const;
    const QString &filePath() const { return m_filePath; }
    const QString &recoveryMessage() const { return m_recovery; }
    QSqlDatabase &db() { return m_db; }

    // Prepares, binds and runs one statement.
    Result exec(const QString &sql, const QVariantList &values, const QString &what,
                int *affected = nullptr);
    Result failure(const QSqlError &error, const QString &what) const;
    Result notOpen() const;

private:
    Result openFile(const QString &filePath);
    Result check();
    Result migrate();

    const Clock &m_clock;
    QString m_connectionName;
    QString m_filePath;
    QString m_recovery;
    QSqlDatabase m_db;
    int m_fileVersion = 0;
    bool m_open = false;
};

} // namespace vigil
