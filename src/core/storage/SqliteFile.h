#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

class QSqlError;

namespace vigil::sqlitefile {

// How a database call went: a damaged file (move it aside) is told apart from an I/O problem
// such as a full disk (keep the data in memory and retry).
enum class Status { Ok, Corrupt, Failed };
struct Result
{
    Status status = Status::Ok;
    QString message;
    bool ok() const { return status == Status::Ok; }
};

constexpr int BusyTimeoutMs = 5000;

// SQLITE_CORRUPT and SQLITE_NOTADB are Corrupt, everything else Failed.
Result failure(const QSqlError &error, const QString &what);

// Opens filePath on a new connection (creating the file), runs PRAGMA quick_check, refuses a
// schema newer than migrations.size(), switches to WAL + synchronous=NORMAL and applies
// migrations[i] (user_version i -> i + 1) in one transaction. On failure *db is closed again.
Result open(QSqlDatabase *db, const QString &connectionName, const QString &filePath,
            const std::vector<QStringList> &migrations);
void close(QSqlDatabase *db, const QString &connectionName);

} // namespace vigil::sqlitefile
