// What the Deliveries view sees and does: Retry now, Discard and the coalesced item list.
#include "Dispatcher.h"

#include <QNetworkReply>

#include <algorithm>

namespace vigil {

void Dispatcher::retryNow(qint64 id)
{
    bool changed = false;
    if (check(m_outbox.retryNow(id, &changed)) && changed) {
        pump();
        refreshItems(); // the user asked: show it now
    }
}

void Dispatcher::discard(qint64 id)
{
    bool removed = false;
    check(m_outbox.discard(id, &removed));
    QNetworkReply *running = nullptr;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->id == id) {
            it->discarded = true;
            running = it.key();
        }
    }
    if (running)
        running->abort(); // finishes (now or later) as discarded, then the channel moves on
    pump();
    if (removed)
        refreshItems();
}

void Dispatcher::refreshItems()
{
    m_viewTimer.stop();
    m_lastView.start();
    QList<OutboxItem> items;
    if (m_outbox.isOpen() && check(m_outbox.items(m_options.viewLimit, &items)))
        Q_EMIT itemsChanged(items);
}

// Re-reading viewLimit rows after every change was 45 % of the CPU of a burst
// (docs/performance.md): the first change after a quiet interval is shown at once, the rest of
// a burst in one list per interval.
void Dispatcher::itemsDirty()
{
    if (m_viewTimer.isActive())
        return;
    const qint64 since = m_lastView.isValid() ? m_lastView.elapsed() : m_options.viewIntervalMs;
    m_viewTimer.start(static_cast<int>(std::max<qint64>(m_options.viewIntervalMs - since, 0)));
}

} // namespace vigil
