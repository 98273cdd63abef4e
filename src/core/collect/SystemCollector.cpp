#include "SystemCollector.h"

#include "SystemSources.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QTimer>

namespace vigil {

SystemCollector::SystemCollector(const CollectorOptions &options, const Clock &clock,
                                 QObject *parent)
    : SystemCollector(createSystemSources(options), clock, parent)
{}

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
    qCDebug(lcCollector) << "collecting every" << m_intervalMs << "ms from" << m_sources.size()
                         << "sources";
    onTick();
}

void SystemCollector::stop()
{
    if (m_timer)
        m_timer->stop();
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
