// Engine: the Processes view's side (process snapshots and signals to processes).
#include "Engine.h"

#include "collect/SystemCollector.h"

#include <cerrno>

namespace vigil {

// Called by startCollector() before the thread runs, for every new collector (a configuration
// change replaces it): the wish for processes carries over.
void Engine::connectProcesses()
{
    connect(m_collector, &SystemCollector::processesReady, this, &Engine::processesUpdated,
            Qt::QueuedConnection);
    connect(m_collector, &SystemCollector::processSignalSent, this, &Engine::processSignalFinished,
            Qt::QueuedConnection);
    if (m_processesWanted)
        QMetaObject::invokeMethod(
            m_collector, [c = m_collector] { c->setProcessesWanted(true); }, Qt::QueuedConnection);
}

void Engine::setProcessesWanted(bool wanted)
{
    m_processesWanted = wanted;
    if (!m_collector)
        return;
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, wanted] { c->setProcessesWanted(wanted); },
        Qt::QueuedConnection);
}

void Engine::signalProcess(quint64 requestId, qint64 pid, quint64 startTicks, int signal)
{
    if (!m_collector) {
        Q_EMIT processSignalFinished(requestId, pid, signal, ECANCELED);
        return;
    }
    QMetaObject::invokeMethod(
        m_collector,
        [c = m_collector, requestId, pid, startTicks, signal] {
            c->signalProcess(requestId, pid, startTicks, signal);
        },
        Qt::QueuedConnection);
}

} // namespace vigil
