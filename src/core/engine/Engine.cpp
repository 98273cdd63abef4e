#include "Engine.h"

#include "collect/SystemCollector.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QThread>

namespace vigil {

void Engine::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

Engine::Engine(const Config &config, QObject *parent)
    : Engine(config, QStringLiteral("/"), Clock::system(), parent)
{}

Engine::Engine(const Config &config, const QString &root, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_root(root)
    , m_clock(clock)
    , m_store(config.historyCapacity())
    , m_registry(SeriesRegistry::withSystemSeries())
{
    qRegisterMetaType<vigil::SampleBatch>();
    qRegisterMetaType<vigil::HealthReport>();
}

Engine::~Engine()
{
    stop();
}

bool Engine::isRunning() const
{
    return m_thread != nullptr;
}

void Engine::start()
{
    if (m_thread)
        return;
    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("vigil-collector"));
    m_collector = new SystemCollector(m_config.collectorOptions(m_root), m_clock);
    m_collector->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_collector, &QObject::deleteLater);
    connect(m_collector, &SystemCollector::batchReady, this, &Engine::ingest, Qt::QueuedConnection);
    m_thread->start();
    const qint64 interval = m_config.sampling.intervalMs;
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, interval] { c->start(interval); }, Qt::QueuedConnection);
    qCInfo(lcEngine) << "engine started; sampling every" << interval << "ms";
}

void Engine::stop()
{
    if (!m_thread)
        return;
    m_thread.reset(); // quit + wait; the collector is deleted in its thread as it finishes
    m_collector = nullptr;
    qCInfo(lcEngine) << "engine stopped";
}

void Engine::ingest(const SampleBatch &batch)
{
    m_store.append(batch);
    m_latest = batch;
    HealthReport health = evaluateBuiltinThresholds(batch);
    const bool changed =
        health.status != m_health.status || health.headline() != m_health.headline();
    m_health = std::move(health);
    Q_EMIT batchIngested(batch);
    if (changed)
        Q_EMIT healthChanged(m_health);
}

} // namespace vigil
