#pragma once

#include <QtGlobal>

#include <memory>

class QObject;
class QThread;

namespace vigil {

class AlertStore;
class Clock;
class HistoryWriter;

// Owns the "vigil-storage" thread and the AlertStore and HistoryWriter living on it. Talk to the
// store only through queued calls and its signals. Destruction runs every call queued before it,
// then stops and joins the thread; the store and the writer are deleted (their last writes done and
// databases closed) in that thread.
class StorageThread final
{
public:
    StorageThread();
    explicit StorageThread(const Clock &clock);
    ~StorageThread();
    Q_DISABLE_COPY_MOVE(StorageThread)

    AlertStore *store() const { return m_store; }
    HistoryWriter *history() const { return m_history; }
    QThread *thread() const { return m_thread.get(); }

private:
    struct ThreadStopper
    {
        QObject *worker = nullptr; // lives in the thread: quitting is queued behind its calls
        void operator()(QThread *thread) const;
    };

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    AlertStore *m_store = nullptr;
    HistoryWriter *m_history = nullptr;
};

} // namespace vigil
