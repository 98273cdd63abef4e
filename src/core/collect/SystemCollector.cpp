#include "SystemCollector.h"

#include "ProcessTable.h"
#include "SystemSources.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QTimer>

#include <cerrno>

namespace vigil {

SystemCollector::SystemCollector(const CollectorOptions &options, const Clock &clock,
                                 QObject *parent)
    : SystemCollector(createSystemSources(options), clock, parent)
{
    if (options.processesEnabled)
        m_processes = std::make_unique<ProcessTable>(options.root, options.processTop);
}

SystemCollector::SystemCollector(std::vector<std::unique_ptr<CollectorSource>> sources,
                                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("SystemCollector"));
}

SystemCollector::~SystemCollector() = default;

SampleBatch SystemCollector::collectNow()
{
    const qint64 startNs = m_clock.monotonicNs();
    SampleBatch batch;
    batch.timeMs = m_clock.nowMs();
    batch.samples.reserve(64);
    for (const auto &source : m_sources)
        source->collect(startNs, batch.samples);
    m_lastCollectMicros = (m_clock.monotonicNs() - startNs) / 1000;
    return batch;
}

void SystemCollector::start(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(intervalMs, 10);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &SystemCollector::onTick);
    }
    restartProcessTimer();
    qCDebug(lcCollector) << "collecting every" << m_intervalMs << "ms from" << m_sources.size()
                         << "sources";
    onTick();
}

void SystemCollector::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_processTimer)
        m_processTimer->stop();
}

void SystemCollector::setProcessesWanted(bool wanted)
{
    if (!m_processes || wanted == m_processesWanted)
        return;
    m_processesWanted = wanted;
    if (!m_processTimer) {
        m_processTimer = new QTimer(this);
        m_processTimer->setTimerType(Qt::CoarseTimer);
        connect(m_processTimer, &QTimer::timeout, this, &SystemCollector::sampleProcesses);
    }
    if (wanted) {
        restartProcessTimer();
        sampleProcesses(); // something to show at once; CPU and rates follow a tick later
    } else {
        m_processTimer->stop();
        m_processes->reset();
    }
}

void SystemCollector::restartProcessTimer()
{
    // Reading every process costs far more than the system sources (docs/performance.md):
    // no more than once a second, whatever the sampling interval.
    if (m_processTimer && m_processesWanted)
        m_processTimer->start(std::chrono::milliseconds(std::max<qint64>(m_intervalMs, 1000)));
}

void SystemCollector::sampleProcesses()
{
    Q_EMIT processesReady(m_processes->sample(m_clock.monotonicNs(), m_clock.nowMs()));
}

void SystemCollector::signalProcess(quint64 requestId, qint64 pid, quint64 startTicks, int signal)
{
    // Without a process table (collectors.processes.enabled false) the view offers nothing.
    const int error = m_processes ? m_processes->sendSignal(pid, startTicks, signal) : ECANCELED;
    if (error)
        qCInfo(lcCollector).noquote()
            << "signal" << signal << "to pid" << pid << "failed:" << qt_error_string(error);
    else
        qCInfo(lcCollector) << "sent signal" << signal << "to pid" << pid;
    Q_EMIT processSignalSent(requestId, pid, signal, error);
}

void SystemCollector::scheduleNext()
{
    // Re-arm from the wall clock each time instead of a repeating timer: a repeating timer
    // accumulates the handler's run time and drifts; this lands on interval boundaries.
    m_timer->start(std::chrono::milliseconds(delayUntilNextTick(m_clock.nowMs(), m_intervalMs)));
}

qint64 SystemCollector::delayUntilNextTick(qint64 nowMs, qint64 intervalMs)
{
    return intervalMs - nowMs % intervalMs;
}

void SystemCollector::onTick()
{
    Q_EMIT batchReady(collectNow());
    Q_EMIT collectDurationMeasured(m_lastCollectMicros);
    scheduleNext();
}

} // namespace vigil
