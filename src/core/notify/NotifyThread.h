#pragma once

#include "notify/Dispatcher.h"

#include <QtGlobal>

#include <memory>

class QObject;
class QThread;

namespace vigil {

class Clock;

// Owns the "vigil-notify" thread and the Dispatcher living on it (with its network access
// manager and the outbox's SQLite connection). Talk to the dispatcher only through queued calls
// and its signals. Destruction runs every call queued before it, then stops and joins the
// thread; the dispatcher is deleted in that thread, which aborts requests still in flight (they
// stay queued in outbox.db and are sent again after the next open()).
class NotifyThread final
{
public:
    explicit NotifyThread(const Clock &clock, const Dispatcher::Options &options = {},
                          RequestSigner signer = {});
    ~NotifyThread();
    Q_DISABLE_COPY_MOVE(NotifyThread)

    Dispatcher *dispatcher() const { return m_dispatcher; }
    QThread *thread() const { return m_thread.get(); }

private:
    struct ThreadStopper
    {
        QObject *worker = nullptr; // lives in the thread: quitting is queued behind its calls
        void operator()(QThread *thread) const;
    };

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    Dispatcher *m_dispatcher = nullptr;
};

} // namespace vigil
