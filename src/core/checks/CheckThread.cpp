#include "CheckThread.h"

#include "checks/CheckService.h"

#include <QThread>

namespace vigil {

void CheckThread::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

CheckThread::CheckThread(const Clock &clock)
    : m_thread(new QThread)
    , m_service(new CheckService(clock))
{
    m_thread->setObjectName(QStringLiteral("vigil-checks"));
    m_service->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_service, &QObject::deleteLater);
    m_thread->start();
}

CheckThread::~CheckThread() = default;

} // namespace vigil
