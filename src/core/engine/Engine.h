#pragma once

#include "config/Config.h"
#include "engine/Health.h"
#include "series/MetricStore.h"
#include "series/Sample.h"
#include "series/SeriesRegistry.h"

#include <QObject>

#include <memory>

class QThread;

namespace vigil {

class Clock;
class SystemCollector;

// Owns and wires the collector thread and the in-memory store. Used identically by the GUI and
// by --headless. Lives in the thread that creates it; the collector runs on its own thread
// and hands over one batch per tick through a queued signal.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(const Config &config, QObject *parent = nullptr);
    // Tests and --root: read /proc and /sys under another root, with an injected clock.
    Engine(const Config &config, const QString &root, const Clock &clock,
           QObject *parent = nullptr);
    ~Engine() override;

    void start();
    // Stops the collector and joins its thread. Idempotent; also done by the destructor.
    void stop();
    bool isRunning() const;

    const Config &config() const { return m_config; }
    const MetricStore &store() const { return m_store; }
    const SeriesRegistry &registry() const { return m_registry; }
    const HealthReport &health() const { return m_health; }
    const SampleBatch &latestBatch() const { return m_latest; }

public Q_SLOTS:
    // Applies one batch: store, health. Public so tests and other producers can feed batches.
    void ingest(const vigil::SampleBatch &batch);

Q_SIGNALS:
    void batchIngested(const vigil::SampleBatch &batch);
    void healthChanged(const vigil::HealthReport &health);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    Config m_config;
    QString m_root;
    const Clock &m_clock;
    MetricStore m_store;
    SeriesRegistry m_registry;
    HealthReport m_health;
    SampleBatch m_latest;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    SystemCollector *m_collector = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace vigil
