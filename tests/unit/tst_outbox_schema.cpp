// Outbox schema migrations (PRAGMA user_version): a file written by an older Vigil is upgraded
// in place and keeps every item; the due-work queries use the indexes the upgrade adds.

#include "FakeClock.h"

#include "notify/Outbox.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

// Schema 1 exactly as Vigil shipped it, with rows as that version wrote them.
void writeVersion1(const QString &path, qint64 nowMs)
{
    const QString name = QStringLiteral("tst-outbox-schema-v1");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE items ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, type TEXT NOT NULL,"
            " state TEXT NOT NULL, created_ms INTEGER NOT NULL, retry_since_ms INTEGER NOT NULL,"
            " next_attempt_ms INTEGER NOT NULL, last_attempt_ms INTEGER NOT NULL DEFAULT 0,"
            " sent_ms INTEGER NOT NULL DEFAULT 0, updated_ms INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
            " last_error TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, url TEXT NOT NULL,"
            " method BLOB NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL,"
            " idempotency_key TEXT NOT NULL)")));
        QVERIFY(
            q.exec(QStringLiteral("CREATE INDEX items_state ON items(state, next_attempt_ms)")));
        QVERIFY(q.exec(QStringLiteral("CREATE INDEX items_channel ON items(channel, state, id)")));
        const QList<std::pair<QString, QString>> rows{
            {QStringLiteral("ops"), QStringLiteral("sent")},
            {QStringLiteral("ops"), QStringLiteral("pending")},
            {QStringLiteral("ops"), QStringLiteral("pending")},
            {QStringLiteral("dev"), QStringLiteral("pending")}};
        for (const auto &[channel, state] : rows) {
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO items (channel, type, state, created_ms, retry_since_ms,"
                " next_attempt_ms, updated_ms, attempts, summary, url, method, headers, body,"
                " idempotency_key) VALUES (?, 'webhook', ?, ?, ?, ?, ?, 2, 'old item',"
                " 'https://hooks.example.com/x', 'POST', '[]', 'body', 'key')")));
            for (const QVariant &v : QVariantList{channel, state, nowMs, nowMs, nowMs, nowMs})
                q.addBindValue(v);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestOutboxSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version1IsUpgradedAndKeepsItems()
    {
        FakeClock clock;
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        writeVersion1(QDir(tmp.path()).filePath(Outbox::fileName()), clock.nowMs());
        if (QTest::currentTestFailed())
            return;

        Outbox outbox(clock);
        const Outbox::Result opened = outbox.open(tmp.path());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(outbox.recoveryMessage().isEmpty()); // upgraded, not moved aside

        QList<OutboxItem> items;
        QVERIFY(outbox.items(0, &items).ok());
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.last().state, OutboxState::Sent);
        QCOMPARE(items.first().attempts, 2);
        QCOMPARE(items.first().summary, QStringLiteral("old item"));

        // One head per channel, oldest first, through the new indexes (INDEXED BY fails
        // the query if they are missing).
        QList<OutboxEntry> due;
        QVERIFY(outbox.due(clock.nowMs(), 0, &due).ok());
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).item.id, 2);
        QCOMPARE(due.at(0).request.body, QByteArray("body"));
        QCOMPARE(due.at(1).item.id, 4);

        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().value(0)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), OutboxDatabase::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                      " AND name IN ('items_unfinished', 'items_expiry')")));
        int indexes = 0;
        while (q.next())
            ++indexes;
        QCOMPARE(indexes, 2);
    }

    void headsFollowStateChanges()
    {
        FakeClock clock;
        Outbox outbox(clock);
        QVERIFY(outbox.openInMemory().ok());
        OutgoingRequest r;
        r.url = QUrl(QStringLiteral("https://hooks.example.com/x"));
        r.method = "POST";
        r.summary = QStringLiteral("head test");
        r.idempotencyKey = QStringLiteral("key");
        r.body = QByteArrayLiteral("{}");
        qint64 ids[3] = {};
        for (int i = 0; i < 3; ++i) {
            r.channel = i < 2 ? QStringLiteral("ops") : QStringLiteral("dev");
            QVERIFY(outbox.enqueue(r, &ids[i]).ok());
        }
        QVERIFY(outbox.markSending(ids[0]).ok()); // ops is busy: only dev's head is due
        QList<OutboxEntry> due;
        QVERIFY(outbox.due(clock.nowMs(), 0, &due).ok());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).item.id, ids[2]);
        QVERIFY(outbox.markSent(ids[0], 200).ok());
        QVERIFY(outbox.markRetry(ids[2], clock.nowMs() + 5000, QStringLiteral("HTTP 500")).ok());
        due.clear();
        QVERIFY(outbox.due(clock.nowMs(), 0, &due).ok());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).item.id, ids[1]);
        qint64 next = 0;
        QVERIFY(outbox.nextAttemptAfter(clock.nowMs(), &next).ok());
        QCOMPARE(next, clock.nowMs() + 5000);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSchema)
#include "tst_outbox_schema.moc"
