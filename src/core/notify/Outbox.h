#pragma once

#include "notify/NotifyTypes.h"
#include "notify/OutboxDatabase.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class QSqlQuery;

namespace vigil {

class Clock;

enum class OutboxState { Pending, Sending, Sent, Failed };
QString outboxStateName(OutboxState state); // "pending", "sending", "sent", "failed"

// One outbox item as the deliveries view shows it: never a secret, never a full URL.
struct OutboxItem
{
    qint64 id = 0;
    QString channel;
    ChannelType type = ChannelType::Webhook;
    OutboxState state = OutboxState::Pending;
    qint64 createdMs = 0;
    qint64 retrySinceMs = 0;  // the max age counts from here: createdMs, or the last retryNow
    qint64 nextAttemptMs = 0; // pending: not before this
    qint64 lastAttemptMs = 0; // 0: never attempted
    qint64 sentMs = 0;        // sent: when the 2xx arrived
    qint64 updatedMs = 0;     // last state change
    int attempts = 0;
    int lastStatus = 0; // HTTP status of the last attempt, 0 for none / a transport error
    QString lastError;  // why the last attempt failed, or why the item failed
    QString summary;
    QString destination; // redactedUrl(): "https://hooks.slack.com/…"
};

// An item with the request it sends. request.signingSecret is always empty: the outbox never
// stores signing secrets (see Outbox).
struct OutboxEntry
{
    OutboxItem item;
    OutgoingRequest request;
};

// The persistent outbox (<dir>/outbox.db, SQLite in WAL mode, its own connection): every
// notification is written here before any attempt, so pending deliveries survive a crash or a
// restart. Plain class, used only from the thread that opened it (the notify thread). The file
// itself (WAL, integrity check, schema, damaged file moved aside) is OutboxDatabase.
//
// Stored: channel name and type, URL, method, headers, the exact body bytes, idempotency key and
// summary. NOT stored: OutgoingRequest::signingSecret. The dispatcher looks the secret up in
// the current channel configuration at every attempt, so a copied outbox.db cannot forge
// signatures and a rotated secret applies to what is still queued. Webhook URLs and auth headers
// are bearer secrets too and must be stored to be sent: the file has mode 0600, like the config
// file.
//
// Bounds: at most maxPending() pending items (enqueueing beyond fails, with "outbox full", the
// oldest pending item of the same channel that is not its head, else the oldest non-head item
// of any channel, else the oldest overall: a head keeps its back-off); bodies up to MaxBodyBytes;
// prune() drops sent items after 7 days, failed ones after 30 days and keeps at most
// MaxFinishedItems finished ones.
class Outbox final
{
public:
    using Status = OutboxDatabase::Status;
    using Result = OutboxDatabase::Result;

    static constexpr int DefaultMaxPending = 10000;
    static constexpr int MaxFinishedItems = 20000;
    static constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qint64 SentRetentionMs = 7LL * 24 * 3600 * 1000;
    static constexpr qint64 FailedRetentionMs = 30LL * 24 * 3600 * 1000;
    static QString fileName() { return OutboxDatabase::fileName(); }

    explicit Outbox(const Clock &clock);
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    // Creates dir and opens <dir>/outbox.db. A damaged file is moved aside as
    // outbox.db.corrupt-<yyyyMMddTHHmmss> and a new one created: the result is Ok and
    // recoveryMessage() says what happened (else it is empty).
    Result open(const QString &dir) { return m_db.open(dir); }
    // A non-persistent outbox (":memory:"): the fallback when the file cannot be used.
    Result openInMemory() { return m_db.openInMemory(); }
    // Moves a file found damaged during use aside and starts a new one.
    Result recover(const QString &reason) { return m_db.recover(reason); }
    void close() { m_db.close(); }
    bool isOpen() const { return m_db.isOpen(); }
    // Open on a file (not the :memory: fallback).
    bool isPersistent() const { return m_db.isOpen() && !m_db.isInMemory(); }
    const QString &filePath() const { return m_db.filePath(); }
    const QString &recoveryMessage() const { return m_db.recoveryMessage(); }
    int maxPending() const { return m_maxPending; }
    void setMaxPending(int count);

    // Items left "sending" by a process that ended mid-attempt become pending, due now: they are
    // sent again with the same idempotency key (at-least-once).
    Result requeueInFlight(int *count);
    // Persists the request (its secret dropped) as a pending item due now; *id is its id.
    // *evicted lists the items failed to stay within maxPending() (id, channel, lastError).
    Result enqueue(const OutgoingRequest &request, qint64 *id,
                   QList<OutboxItem> *evicted = nullptr);
    // The oldest pending item of each channel that has nothing in flight, when its next attempt
    // is due at nowMs: one request per channel at a time keeps each channel's order.
    Result due(qint64 nowMs, int limit, QList<OutboxEntry> *entries);
    // The earliest next attempt after nowMs among those channel heads; 0 when there is none.
    Result nextAttemptAfter(qint64 nowMs, qint64 *ms);
    // Pending -> sending, one more attempt counted.
    Result markSending(qint64 id);
    Result markSent(qint64 id, int httpStatus);
    Result markRetry(qint64 id, qint64 nextMs, const QString &error, int httpStatus = 0);
    // httpStatus 0 keeps the last one.
    Result markFailed(qint64 id, const QString &reason, int httpStatus = 0);
    // Fails every pending item of the channel (channel disabled, removed).
    Result failChannel(const QString &channel, const QString &reason, QList<OutboxItem> *failed);
    // Fails pending items whose retrySinceMs is maxAgeMs or more ago, with gaveUpMessage().
    Result expire(qint64 nowMs, qint64 maxAgeMs, QList<OutboxItem> *failed);
    // A failed or pending item becomes pending, due now, and its max age starts again.
    Result retryNow(qint64 id, bool *changed = nullptr);
    Result discard(qint64 id, bool *removed = nullptr);
    // Sent items older than 7 days, failed ones older than 30 days, finished ones beyond
    // MaxFinishedItems.
    Result prune(qint64 nowMs, int *deleted);
    // Every pending or sending item with its request, oldest first (moving to memory).
    Result unfinished(QList<OutboxEntry> *entries);
    // Newest first, at most `limit`, without request bodies.
    Result items(int limit, QList<OutboxItem> *items);

private:
    Result failOldestPending(const QString &channel, QList<OutboxItem> *evicted);
    // Fails the pending items matching `where` in one transaction, each with reason(row of
    // id, channel, attempts, last_error).
    Result failWhere(const QString &where, const QVariantList &values,
                     const std::function<QString(const QSqlQuery &)> &reason,
                     QList<OutboxItem> *failed);
    static OutboxEntry entryFromRow(const QSqlQuery &q);

    const Clock &m_clock;
    OutboxDatabase m_db;
    int m_maxPending = DefaultMaxPending;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::OutboxItem)
