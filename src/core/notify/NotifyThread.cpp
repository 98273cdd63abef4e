#include "NotifyThread.h"

#include <QThread>

namespace vigil {

void NotifyThread::ThreadStopper::operator()(QThread *thread) const
{
    // A plain quit() could leave calls queued just before it (an enqueue) unprocessed.
    if (worker && thread->isRunning())
        QMetaObject::invokeMethod(
            worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
    else
        thread->quit();
    thread->wait();
    delete thread;
}

NotifyThread::NotifyThread(const Clock &clock, const Dispatcher::Options &options,
                           RequestSigner signer)
    : m_thread(new QThread, ThreadStopper{})
    , m_dispatcher(new Dispatcher(clock, options, std::move(signer)))
{
    m_thread->setObjectName(QStringLiteral("vigil-notify"));
    m_dispatcher->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_dispatcher, &QObject::deleteLater);
    m_thread.get_deleter().worker = m_dispatcher;
    m_thread->start();
}

NotifyThread::~NotifyThread() = default;

} // namespace vigil
