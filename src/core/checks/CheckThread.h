#pragma once

#include <QtGlobal>

#include <memory>

class QThread;

namespace vigil {

class CheckService;
class Clock;

// Owns the "vigil-checks" thread and the CheckService living on it (with its network access
// manager and probes). Talk to the service only through queued calls and its signals.
// Destruction stops and joins the thread; the service is deleted in that thread, which
// aborts whatever attempts were still running.
class CheckThread final
{
public:
    explicit CheckThread(const Clock &clock);
    ~CheckThread();
    Q_DISABLE_COPY_MOVE(CheckThread)

    CheckService *service() const { return m_service; }

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    CheckService *m_service = nullptr;
};

} // namespace vigil
