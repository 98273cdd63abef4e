#include "Outbox.h"

#include "notify/DeliveryPolicy.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vigil {

namespace {

const char *const kStateCodes[] = {"pending", "sending", "sent", "failed"};

// Everything but the request: what the deliveries view reads.
const QLatin1String kItemColumns(
    "id, channel, type, state, created_ms, retry_since_ms, next_attempt_ms, last_attempt_ms,"
    " sent_ms, updated_ms, attempts, last_status, last_error, summary, url");
const QLatin1String kRequestColumns(", method, headers, body, idempotency_key");
// The oldest unfinished item of every channel (a channel whose head is "sending" is busy), as
// the CTE heads(head_id). Schema 2's partial index makes it one seek per channel: the next
// channel name, then its smallest id. A GROUP BY over all pending rows cost a full index scan per
// dispatcher pass (docs/performance.md); INDEXED BY turns a lost index into an error, not a scan.
const QLatin1String
    kHeads("WITH RECURSIVE ch(name) AS ("
           " SELECT MIN(channel) FROM items INDEXED BY items_unfinished"
           " WHERE state IN ('pending', 'sending')"
           " UNION ALL SELECT (SELECT MIN(channel) FROM items INDEXED BY items_unfinished"
           " WHERE state IN ('pending', 'sending') AND channel > ch.name) FROM ch"
           " WHERE ch.name IS NOT NULL),"
           " heads(head_id) AS (SELECT (SELECT MIN(id) FROM items INDEXED BY items_unfinished"
           " WHERE state IN ('pending', 'sending') AND channel = ch.name) FROM ch"
           " WHERE ch.name IS NOT NULL) ");
// CROSS JOIN keeps heads the outer loop: a row lookup per head, never a scan of items.
const QLatin1String kHeadItems(" FROM heads CROSS JOIN items ON id = head_id"
                               " WHERE state = 'pending'");

OutboxState stateFromCode(const QString &code)
{
    for (int i = 0; i < 4; ++i) {
        if (code == QLatin1String(kStateCodes[i]))
            return static_cast<OutboxState>(i);
    }
    return OutboxState::Failed;
}

// Header values are bytes: Latin-1 maps every byte to one code point and back.
QString encodeHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<std::pair<QByteArray, QByteArray>> decodeHeaders(const QString &text)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray nv = pair.toArray();
        headers.append({nv.at(0).toString().toLatin1(), nv.at(1).toString().toLatin1()});
    }
    return headers;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    return QLatin1String(kStateCodes[static_cast<int>(state)]);
}

Outbox::Outbox(const Clock &clock)
    : m_clock(clock)
    , m_db(clock)
{}

Outbox::~Outbox() = default;

void Outbox::setMaxPending(int count)
{
    m_maxPending = std::max(count, 1);
}

Outbox::Result Outbox::requeueInFlight(int *count)
{
    return m_db.exec(QStringLiteral("UPDATE items SET state = 'pending', next_attempt_ms = ?,"
                                    " updated_ms = ? WHERE state = 'sending'"),
                     {m_clock.nowMs(), m_clock.nowMs()}, QStringLiteral("requeueing"), count);
}

Outbox::Result Outbox::failOldestPending(const QString &channel, QList<OutboxItem> *evicted)
{
    // Never the head of a channel (the item being retried, pending or sending) while any other
    // pending item exists: evicting it would throw away its back-off and make the next, untried
    // item due at once, so a failing receiver got one request per new alert. Order of choice:
    // the oldest non-head item of the same channel, of any channel, then the oldest overall.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, channel FROM items WHERE channel = ? AND state = 'pending'"
                             " AND id > (SELECT MIN(id) FROM items WHERE channel = ?"
                             " AND state IN ('pending', 'sending')) ORDER BY id LIMIT 1"));
    q.addBindValue(channel);
    q.addBindValue(channel);
    if (!q.exec())
        return m_db.failure(q.lastError(), QStringLiteral("outbox bound"));
    if (!q.next() &&
        (!q.exec(kHeads + QLatin1String("SELECT id, channel FROM items WHERE state = 'pending'"
                                        " AND id NOT IN (SELECT head_id FROM heads)"
                                        " ORDER BY id LIMIT 1")) ||
         !q.next()) &&
        (!q.exec(QStringLiteral("SELECT id, channel FROM items"
                                " WHERE state = 'pending' ORDER BY id LIMIT 1")) ||
         !q.next()))
        return m_db.failure(q.lastError(), QStringLiteral("outbox bound"));
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.channel = q.value(1).toString();
    item.state = OutboxState::Failed;
    item.lastError = QStringLiteral("outbox full (%1 deliveries pending)").arg(m_maxPending);
    qCWarning(lcNotify) << "outbox full:" << m_maxPending << "pending, failing item" << item.id
                        << "of" << item.channel;
    if (evicted)
        evicted->append(item);
    return markFailed(item.id, item.lastError);
}

Outbox::Result Outbox::enqueue(const OutgoingRequest &request, qint64 *id,
                               QList<OutboxItem> *evicted)
{
    if (!m_db.isOpen())
        return m_db.notOpen();
    if (request.body.size() > MaxBodyBytes)
        return {Status::Failed,
                QStringLiteral("the message is too large (%1 bytes)").arg(request.body.size())};
    if (!m_db.db().transaction())
        return m_db.failure(m_db.db().lastError(), QStringLiteral("queueing"));
    QSqlQuery q(m_db.db());
    Result r;
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE state = 'pending'")) || !q.next())
        r = m_db.failure(q.lastError(), QStringLiteral("queueing"));
    for (qint64 n = r.ok() ? q.value(0).toLongLong() : 0; r.ok() && n >= m_maxPending; --n)
        r = failOldestPending(request.channel, evicted);
    const qint64 now = m_clock.nowMs();
    if (r.ok() &&
        !(q.prepare(QStringLiteral(
            "INSERT INTO items (channel, type, state, created_ms, retry_since_ms,"
            " next_attempt_ms, updated_ms, summary, url, method, headers, body, idempotency_key)"
            " VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))) {
        r = m_db.failure(q.lastError(), QStringLiteral("queueing"));
    }
    if (r.ok()) {
        for (const QVariant &v :
             QVariantList{request.channel, channelTypeName(request.type), now, now, now, now,
                          request.summary, request.url.toString(QUrl::FullyEncoded), request.method,
                          encodeHeaders(request.headers), request.body, request.idempotencyKey})
            q.addBindValue(v);
        if (!q.exec())
            r = m_db.failure(q.lastError(), QStringLiteral("queueing"));
    }
    if (r.ok() && !m_db.db().commit())
        r = m_db.failure(m_db.db().lastError(), QStringLiteral("queueing"));
    if (!r.ok()) {
        m_db.db().rollback();
        return r;
    }
    *id = q.lastInsertId().toLongLong();
    return r;
}

OutboxEntry Outbox::entryFromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    OutboxItem &i = e.item;
    i.id = q.value(0).toLongLong();
    i.channel = q.value(1).toString();
    i.type = channelTypeFromName(q.value(2).toString()).value_or(ChannelType::Webhook);
    i.state = stateFromCode(q.value(3).toString());
    i.createdMs = q.value(4).toLongLong();
    i.retrySinceMs = q.value(5).toLongLong();
    i.nextAttemptMs = q.value(6).toLongLong();
    i.lastAttemptMs = q.value(7).toLongLong();
    i.sentMs = q.value(8).toLongLong();
    i.updatedMs = q.value(9).toLongLong();
    i.attempts = q.value(10).toInt();
    i.lastStatus = q.value(11).toInt();
    i.lastError = q.value(12).toString();
    i.summary = q.value(13).toString();
    const QUrl url(q.value(14).toString(), QUrl::StrictMode);
    i.destination = redactedUrl(url);
    e.request.channel = i.channel;
    e.request.type = i.type;
    e.request.summary = i.summary;
    e.request.url = url;
    if (q.record().count() > 15) {
        e.request.method = q.value(15).toByteArray();
        e.request.headers = decodeHeaders(q.value(16).toString());
        e.request.body = q.value(17).toByteArray();
        e.request.idempotencyKey = q.value(18).toString();
    }
    return e;
}

Outbox::Result Outbox::due(qint64 nowMs, int limit, QList<OutboxEntry> *entries)
{
    if (!m_db.isOpen())
        return m_db.notOpen();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.prepare(kHeads + QLatin1String("SELECT ") + kItemColumns + kRequestColumns + kHeadItems +
                   QLatin1String(" AND next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?")))
        return m_db.failure(q.lastError(), QStringLiteral("reading due items"));
    q.addBindValue(nowMs);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return m_db.failure(q.lastError(), QStringLiteral("reading due items"));
    while (q.next())
        entries->append(entryFromRow(q));
    return {};
}

Outbox::Result Outbox::nextAttemptAfter(qint64 nowMs, qint64 *ms)
{
    *ms = 0;
    if (!m_db.isOpen())
        return m_db.notOpen();
    QSqlQuery q(m_db.db());
    if (!q.prepare(kHeads + QLatin1String("SELECT MIN(next_attempt_ms)") + kHeadItems +
                   QLatin1String(" AND next_attempt_ms > ?")))
        return m_db.failure(q.lastError(), QStringLiteral("reading due items"));
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), QStringLiteral("reading due items"));
    *ms = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    return {};
}

Outbox::Result Outbox::markSending(qint64 id)
{
    const qint64 now = m_clock.nowMs();
    return m_db.exec(QStringLiteral("UPDATE items SET state = 'sending', attempts = attempts + 1,"
                                    " last_attempt_ms = ?, updated_ms = ? WHERE id = ?"),
                     {now, now, id}, QStringLiteral("marking sending"));
}

Outbox::Result Outbox::markSent(qint64 id, int httpStatus)
{
    const qint64 now = m_clock.nowMs();
    return m_db.exec(QStringLiteral("UPDATE items SET state = 'sent', sent_ms = ?, updated_ms = ?,"
                                    " last_status = ?, last_error = '' WHERE id = ?"),
                     {now, now, httpStatus, id}, QStringLiteral("marking sent"));
}

Outbox::Result Outbox::markRetry(qint64 id, qint64 nextMs, const QString &error, int httpStatus)
{
    return m_db.exec(QStringLiteral("UPDATE items SET state = 'pending', next_attempt_ms = ?,"
                                    " last_error = ?, last_status = ?, updated_ms = ?"
                                    " WHERE id = ? AND state IN ('pending', 'sending')"),
                     {nextMs, error, httpStatus, m_clock.nowMs(), id},
                     QStringLiteral("scheduling a retry"));
}

Outbox::Result Outbox::markFailed(qint64 id, const QString &reason, int httpStatus)
{
    return m_db.exec(
        QStringLiteral("UPDATE items SET state = 'failed', last_error = ?,"
                       " last_status = CASE WHEN ? > 0 THEN ? ELSE last_status END,"
                       " updated_ms = ? WHERE id = ? AND state IN ('pending', 'sending')"),
        {reason, httpStatus, httpStatus, m_clock.nowMs(), id}, QStringLiteral("marking failed"));
}

Outbox::Result Outbox::failWhere(const QString &where, const QVariantList &values,
                                 const std::function<QString(const QSqlQuery &)> &reason,
                                 QList<OutboxItem> *failed)
{
    if (!m_db.isOpen())
        return m_db.notOpen();
    QSqlQuery q(m_db.db());
    if (!q.prepare(QLatin1String("SELECT id, channel, attempts, last_error FROM items WHERE ") +
                   where + QLatin1String(" ORDER BY id")))
        return m_db.failure(q.lastError(), QStringLiteral("failing items"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.failure(q.lastError(), QStringLiteral("failing items"));
    QList<OutboxItem> items;
    while (q.next()) {
        OutboxItem item;
        item.id = q.value(0).toLongLong();
        item.channel = q.value(1).toString();
        item.attempts = q.value(2).toInt();
        item.state = OutboxState::Failed;
        item.lastError = reason(q);
        items.append(item);
    }
    q.finish();
    if (!m_db.db().transaction())
        return m_db.failure(m_db.db().lastError(), QStringLiteral("failing items"));
    for (const OutboxItem &item : std::as_const(items)) {
        const Result r = markFailed(item.id, item.lastError);
        if (!r.ok()) {
            m_db.db().rollback();
            return r;
        }
    }
    if (!m_db.db().commit()) {
        const Result r = m_db.failure(m_db.db().lastError(), QStringLiteral("failing items"));
        m_db.db().rollback();
        return r;
    }
    if (failed)
        failed->append(items);
    return {};
}

Outbox::Result Outbox::failChannel(const QString &channel, const QString &reason,
                                   QList<OutboxItem> *failed)
{
    return failWhere(
        QStringLiteral("channel = ? AND state = 'pending'"), {channel},
        [&reason](const QSqlQuery &) { return reason; }, failed);
}

Outbox::Result Outbox::expire(qint64 nowMs, qint64 maxAgeMs, QList<OutboxItem> *failed)
{
    return failWhere(
        QStringLiteral("state = 'pending' AND retry_since_ms <= ?"), {nowMs - maxAgeMs},
        [maxAgeMs](const QSqlQuery &q) {
            return gaveUpMessage(maxAgeMs, q.value(2).toInt(), q.value(3).toString());
        },
        failed);
}

Outbox::Result Outbox::unfinished(QList<OutboxEntry> *entries)
{
    if (!m_db.isOpen())
        return m_db.notOpen();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.prepare(
            QLatin1String("SELECT ") + kItemColumns + kRequestColumns +
            QLatin1String(" FROM items WHERE state IN ('pending', 'sending') ORDER BY id")) ||
        !q.exec())
        return m_db.failure(q.lastError(), QStringLiteral("reading unfinished items"));
    while (q.next())
        entries->append(entryFromRow(q));
    return {};
}

Outbox::Result Outbox::items(int limit, QList<OutboxItem> *items)
{
    if (!m_db.isOpen())
        return m_db.notOpen();
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1String("SELECT ") + kItemColumns +
                   QLatin1String(" FROM items ORDER BY id DESC LIMIT ?")))
        return m_db.failure(q.lastError(), QStringLiteral("listing items"));
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return m_db.failure(q.lastError(), QStringLiteral("listing items"));
    while (q.next())
        items->append(entryFromRow(q).item);
    return {};
}

} // namespace vigil
