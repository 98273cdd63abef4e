#include "StorageThread.h"

#include "storage/AlertStore.h"
#include "storage/HistoryWriter.h"
#include "util/Clock.h"

#include <QThread>

namespace vigil {

void StorageThread::ThreadStopper::operator()(QThread *thread) const
{
    // A plain quit() could leave slot calls queued just before it unprocessed: events lost.
    if (worker && thread->isRunning())
        QMetaObject::invokeMethod(
            worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    else
        thread->quit();
    thread->wait();
    delete thread;
}

StorageThread::StorageThread()
    : StorageThread(Clock::system())
{}

StorageThread::StorageThread(const Clock &clock)
    : m_thread(new QThread, ThreadStopper{})
    , m_store(new AlertStore(clock))
    , m_history(new HistoryWriter(clock))
{
    m_thread->setObjectName(QStringLiteral("vigil-storage"));
    m_store->moveToThread(m_thread.get());
    m_history->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_store, &QObject::deleteLater);
    QObject::connect(m_thread.get(), &QThread::finished, m_history, &QObject::deleteLater);
    m_thread.get_deleter().worker = m_store;
    m_thread->start();
}

StorageThread::~StorageThread() = default;

} // namespace vigil
