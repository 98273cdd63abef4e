#include "Dispatcher.h"

#include "util/Logging.h"

// When outbox.db stops taking writes (the disk filled up, the file system went read-only),
// notifications must still go out: everything unfinished is copied into an in-memory outbox
// and delivery goes on from there. The rows stay pending in the file, so after a restart they
// are sent again with the same idempotency keys (at-least-once, as after a crash).

namespace vigil {

bool Dispatcher::moveToMemory(const QString &reason)
{
    QList<OutboxEntry> unfinished;
    const Outbox::Result read = m_outbox.unfinished(&unfinished); // reads work on a full disk
    const QString file = m_outbox.filePath();
    for (InFlight &f : m_inFlight)
        f.discarded = true; // their ids belong to the file
    const Outbox::Result opened = m_outbox.openInMemory();
    if (!opened.ok()) {
        qCCritical(lcNotify) << "outbox: no in-memory fallback:" << opened.message;
        return false;
    }
    int kept = 0;
    for (const OutboxEntry &entry : std::as_const(unfinished)) {
        qint64 id = 0;
        if (m_outbox.enqueue(entry.request, &id).ok())
            ++kept;
    }
    const QString message =
        tr("The notification outbox %1 cannot be written (%2): %n queued notification(s) "
           "moved to memory and delivery goes on, but anything not sent is lost if Vigil stops. "
           "Free space in the data directory and restart Vigil to make the outbox persistent "
           "again.",
           nullptr, int(kept))
            .arg(file, reason);
    qCCritical(lcNotify).noquote() << message;
    if (!read.ok())
        qCWarning(lcNotify) << "outbox: could not read every unfinished item:" << read.message;
    m_lastError = message;
    Q_EMIT outboxError(message);
    itemsDirty();
    return true;
}

} // namespace vigil
