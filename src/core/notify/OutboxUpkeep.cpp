// The outbox's user actions (Retry now, Discard) and its pruning: plain statements on the items
// table, apart from the delivery queries in Outbox.cpp.
#include "Outbox.h"

#include "util/Clock.h"

namespace vigil {

Outbox::Result Outbox::retryNow(qint64 id, bool *changed)
{
    const qint64 now = m_clock.nowMs();
    int affected = 0;
    const Result r =
        m_db.exec(QStringLiteral("UPDATE items SET state = 'pending', next_attempt_ms = ?,"
                                 " retry_since_ms = ?, updated_ms = ?"
                                 " WHERE id = ? AND state IN ('pending', 'failed')"),
                  {now, now, now, id}, QStringLiteral("retrying"), &affected);
    if (changed)
        *changed = affected > 0;
    return r;
}

Outbox::Result Outbox::discard(qint64 id, bool *removed)
{
    int affected = 0;
    const Result r = m_db.exec(QStringLiteral("DELETE FROM items WHERE id = ?"), {id},
                               QStringLiteral("discarding"), &affected);
    if (removed)
        *removed = affected > 0;
    return r;
}

Outbox::Result Outbox::prune(qint64 nowMs, int *deleted)
{
    int old = 0;
    int excess = 0;
    Result r = m_db.exec(QStringLiteral("DELETE FROM items WHERE (state = 'sent' AND sent_ms < ?)"
                                        " OR (state = 'failed' AND updated_ms < ?)"),
                         {nowMs - SentRetentionMs, nowMs - FailedRetentionMs},
                         QStringLiteral("pruning"), &old);
    if (r.ok())
        r = m_db.exec(QStringLiteral("DELETE FROM items WHERE id IN (SELECT id FROM items"
                                     " WHERE state IN ('sent', 'failed')"
                                     " ORDER BY updated_ms DESC, id DESC LIMIT -1 OFFSET ?)"),
                      {MaxFinishedItems}, QStringLiteral("pruning"), &excess);
    *deleted = old + excess;
    return r;
}

} // namespace vigil
