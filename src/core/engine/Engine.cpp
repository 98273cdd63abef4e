#include "Engine.h"

#include "alerts/AlertEngine.h"
#include "checks/CheckService.h"
#include "checks/CheckThread.h"
#include "collect/SystemCollector.h"
#include "engine/AlertLog.h"
#include "engine/ConfigWriter.h"
#include "export/ExporterThread.h"
#include "export/HttpExporter.h"
#include "notify/NotifyThread.h"
#include "storage/AlertStore.h"
#include "storage/StorageThread.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QThread>

#include <algorithm>
#include <cstdlib>

namespace vigil {

namespace {
constexpr qint64 kPruneEveryMs = 3600 * 1000;
// Wall clock and monotonic clock disagreeing by more than this between two ticks means a
// suspend/resume or a clock step: pending timers restart rather than fire on a stale gap.
constexpr qint64 kClockJumpMs = 5000;
} // namespace

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
    , m_alerts(std::make_unique<AlertEngine>())
{
    qRegisterMetaType<vigil::SampleBatch>();
    qRegisterMetaType<vigil::HealthReport>();
    qRegisterMetaType<vigil::Config>();
    qRegisterMetaType<vigil::ProcessSnapshot>();
    m_ruleProblems = m_alerts->setRules(config.rules);
}

Engine::~Engine()
{
    stop();
}

bool Engine::isRunning() const
{
    return m_thread != nullptr;
}
QList<Alert> Engine::alerts() const
{
    return m_alerts->alerts();
}
QList<Silence> Engine::silences() const
{
    return m_alerts->silences();
}

void Engine::start()
{
    if (m_thread)
        return;
    if (m_storageEnabled) {
        m_alertsReady = false;
        startStorage();
    }
    startExporter(); // before the collector, which reports its duration to it
    startCollector();
    if (m_checksEnabled)
        startChecks();
    if (m_notifyEnabled && m_storageEnabled) // the outbox lives next to the alert database
        startNotify();
}

void Engine::startStorage()
{
    m_storage = std::make_unique<StorageThread>(m_clock);
    AlertStore *store = m_storage->store();
    connect(store, &AlertStore::stateLoaded, this, &Engine::onStateLoaded);
    connect(store, &AlertStore::opened, this, [this](bool ok, const QString &message) {
        if (!ok) {
            Q_EMIT storageMessage(message, true);
            m_alertsReady = true; // nothing to restore: evaluate from scratch
        }
    });
    connect(store, &AlertStore::databaseRecovered, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    connect(store, &AlertStore::storageError, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    connect(store, &AlertStore::storageResumed, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, false); });
    connect(store, &AlertStore::eventsAppended, this, &Engine::alertEventsRecorded);
    connect(store, &AlertStore::eventsReady, this, &Engine::eventsReady);

    m_configWriter = new ConfigWriter;
    m_configWriter->moveToThread(m_storage->thread());
    connect(m_storage->thread(), &QThread::finished, m_configWriter, &QObject::deleteLater);
    connect(m_configWriter, &ConfigWriter::saved, this, &Engine::configSaved);

    const QString dir = m_dataDir;
    QMetaObject::invokeMethod(
        store, [store, dir] { store->open(dir); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(store, &AlertStore::loadState, Qt::QueuedConnection);
    startHistory();
}

void Engine::startCollector()
{
    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("vigil-collector"));
    m_collector = new SystemCollector(m_config.collectorOptions(m_root), m_clock);
    m_collector->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_collector, &QObject::deleteLater);
    // A batch still queued when this collector stops must not land after stop() (or in the
    // next collector's series): each collector's batches carry its generation.
    const quint64 generation = ++m_collectorGeneration;
    connect(
        m_collector, &SystemCollector::batchReady, this,
        [this, generation](const SampleBatch &batch) {
            if (generation == m_collectorGeneration)
                ingest(batch);
        },
        Qt::QueuedConnection);
    if (m_exporter)
        connect(m_collector, &SystemCollector::collectDurationMeasured, m_exporter->exporter(),
                &HttpExporter::setCollectDuration);
    connectProcesses();
    m_thread->start();
    const qint64 interval = m_config.sampling.intervalMs;
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, interval] { c->start(interval); }, Qt::QueuedConnection);
    qCInfo(lcEngine) << "engine started; sampling every" << interval << "ms";
}

void Engine::stopCollector()
{
    m_thread.reset(); // quit + wait; the collector is deleted in its thread as it finishes
    m_collector = nullptr;
    ++m_collectorGeneration; // drops its batches still queued to us
}

void Engine::stop()
{
    m_checks.reset(); // joins the checks thread; running attempts are aborted
    stopNotify();     // open group windows go to the outbox first: nothing is lost
    stopExporter();
    if (!m_thread)
        return;
    stopCollector();
    if (m_storage) {
        // Last state first, so a restart restores what was pending and firing.
        AlertStore *store = m_storage->store();
        const QList<Alert> active = m_alerts->alerts();
        QMetaObject::invokeMethod(
            store, [store, active] { store->saveActiveAlerts(active); }, Qt::QueuedConnection);
        m_storage.reset(); // runs every queued call, then joins the thread
        m_configWriter = nullptr;
    }
    qCInfo(lcEngine) << "engine stopped";
}

void Engine::onStateLoaded(const QList<Alert> &active, const QList<Silence> &silences)
{
    m_alerts->restore(active);
    m_alerts->setSilences(silences);
    m_alertsReady = true;
    // Claim the restored alerts now (held as stale until their series report again), so the
    // window and tray show them at once instead of after the next sample.
    const QList<AlertEvent> events =
        m_alerts->evaluate(m_store, m_clock.nowMs(), m_config.sampling.intervalMs);
    if (!events.isEmpty())
        publishAlerts(events);
    qCInfo(lcEngine) << "restored" << active.size() << "alerts and" << silences.size()
                     << "silences";
    Q_EMIT silencesChanged(silences);
    Q_EMIT alertsChanged(m_alerts->alerts());
    updateHealth();
}

void Engine::ingest(const SampleBatch &batch)
{
    m_store.append(batch);
    recordHistory(batch);
    m_latest = batch;
    evaluateAlerts(batch);
    Q_EMIT batchIngested(batch);
    updateHealth();
}

void Engine::evaluateAlerts(const SampleBatch &batch)
{
    const qint64 monoNs = m_clock.monotonicNs();
    if (m_lastWallMs > 0) {
        const qint64 wallDelta = batch.timeMs - m_lastWallMs;
        const qint64 monoDelta = (monoNs - m_lastMonoNs) / 1000000;
        if (std::llabs(wallDelta - monoDelta) > kClockJumpMs) {
            qCInfo(lcEngine) << "wall clock jumped by" << (wallDelta - monoDelta)
                             << "ms; restarting pending timers";
            m_alerts->noteWallClockJump(batch.timeMs);
        }
    }
    m_lastWallMs = batch.timeMs;
    m_lastMonoNs = monoNs;
    if (!m_alertsReady)
        return; // saved state not restored yet: do not fire or resolve from scratch
    const QList<AlertEvent> events =
        m_alerts->evaluate(m_store, batch.timeMs, m_config.sampling.intervalMs);
    if (!events.isEmpty())
        publishAlerts(events);
    if (m_storage && batch.timeMs - m_lastPruneMs >= kPruneEveryMs) {
        m_lastPruneMs = batch.timeMs;
        AlertStore *store = m_storage->store();
        const qint64 now = batch.timeMs;
        const qint64 retention = m_config.alerts.historyRetentionMs;
        QMetaObject::invokeMethod(
            store, [store, now, retention] { store->prune(now, retention); }, Qt::QueuedConnection);
    }
}

void Engine::publishAlerts(const QList<AlertEvent> &events)
{
    logAlertTransitions(events);
    const QList<Alert> active = m_alerts->alerts();
    if (m_storage) {
        AlertStore *store = m_storage->store();
        QMetaObject::invokeMethod(
            store,
            [store, events, active] {
                store->appendEvents(events);
                store->saveActiveAlerts(active);
            },
            Qt::QueuedConnection);
    } else {
        Q_EMIT alertEventsRecorded(events);
    }
    Q_EMIT alertsChanged(active);
    routeNotifications(events);
}

void Engine::updateHealth()
{
    HealthReport health;
    for (const Alert &a : m_alerts->alerts()) {
        if (a.state != AlertState::Firing)
            continue; // pending alerts notify nobody and do not colour the status
        const QString summary =
            a.summary.isEmpty() ? QStringLiteral("%1 firing").arg(a.rule) : a.summary;
        health.findings.append({a.rule, a.series, a.value, a.threshold, a.severity, summary});
    }
    addCheckFindings(health);
    addExporterFinding(health);
    std::stable_sort(health.findings.begin(), health.findings.end(),
                     [](const HealthFinding &x, const HealthFinding &y) {
                         return int(x.severity) > int(y.severity);
                     });
    if (m_store.lastTimeMs() == 0)
        health.status = Severity::Unknown;
    else if (health.findings.isEmpty())
        health.status = Severity::Healthy;
    else
        health.status = health.findings.first().severity;
    const bool changed =
        health.status != m_health.status || health.headline() != m_health.headline();
    m_health = std::move(health);
    if (changed)
        Q_EMIT healthChanged(m_health);
}

void Engine::applyConfig(const Config &config)
{
    const Config::Collectors &a = config.collectors;
    const Config::Collectors &b = m_config.collectors;
    const bool collectorChanged =
        config.sampling.intervalMs != m_config.sampling.intervalMs || a.disabled != b.disabled ||
        a.excludeMounts != b.excludeMounts ||
        a.excludeFilesystemTypes != b.excludeFilesystemTypes || a.excludeDisks != b.excludeDisks ||
        a.excludeInterfaces != b.excludeInterfaces || a.processes != b.processes;
    const bool exporterChanged = config.exporter != m_config.exporter;
    const Config previous = m_config;
    m_config = config;
    applyHistoryConfig(previous);
    m_store.setCapacityPerSeries(config.historyCapacity());
    if (m_thread && exporterChanged) {
        stopExporter();
        startExporter();
    } else if (m_exporter) {
        HttpExporter *x = m_exporter->exporter();
        const qint64 interval = config.sampling.intervalMs;
        const qsizetype capacity = config.historyCapacity();
        QMetaObject::invokeMethod(
            x, [x, interval, capacity] { x->setSampling(interval, capacity); },
            Qt::QueuedConnection);
    }
    m_ruleProblems = m_alerts->setRules(config.rules);
    for (const QString &p : std::as_const(m_ruleProblems))
        qCWarning(lcEngine).noquote() << p;
    if (collectorChanged && m_thread) {
        stopCollector();
        startCollector();
    }
    applyChannels();
    if (m_checks && m_thread) {
        CheckService *service = m_checks->service();
        const QList<CheckSpec> specs = m_config.checks;
        QMetaObject::invokeMethod(
            service, [service, specs] { service->setChecks(specs); }, Qt::QueuedConnection);
    }
    Q_EMIT configApplied(m_config);
    Q_EMIT alertsChanged(m_alerts->alerts());
    updateHealth();
}

void Engine::applyAndSaveConfig(const Config &config, const QString &path, bool moveOldAside)
{
    applyConfig(config);
    if (!m_configWriter) {
        Q_EMIT configSaved(false, path, tr("storage is not running"));
        return;
    }
    QMetaObject::invokeMethod(
        m_configWriter,
        [w = m_configWriter, config, path, moveOldAside] { w->save(config, path, moveOldAside); },
        Qt::QueuedConnection);
}

void Engine::acknowledge(const QString &fingerprint)
{
    if (const auto event = m_alerts->acknowledge(fingerprint, m_clock.nowMs()))
        publishAlerts({*event});
}

void Engine::addSilence(const Silence &silence)
{
    QList<Silence> silences = m_alerts->silences();
    silences.append(silence);
    m_alerts->setSilences(silences);
    if (m_storage) {
        AlertStore *store = m_storage->store();
        QMetaObject::invokeMethod(
            store, [store, silences] { store->saveSilences(silences); }, Qt::QueuedConnection);
    }
    Q_EMIT silencesChanged(silences);
}

void Engine::expireSilence(const QString &id)
{
    QList<Silence> silences = m_alerts->silences();
    const qint64 now = m_clock.nowMs();
    for (Silence &s : silences) {
        if (s.id == id)
            s.endsAtMs = std::min(s.endsAtMs, now);
    }
    m_alerts->setSilences(silences);
    if (m_storage) {
        AlertStore *store = m_storage->store();
        QMetaObject::invokeMethod(
            store, [store, silences] { store->saveSilences(silences); }, Qt::QueuedConnection);
    }
    Q_EMIT silencesChanged(silences);
}

void Engine::queryEvents(quint64 requestId, const EventQuery &query)
{
    if (!m_storage) {
        Q_EMIT eventsReady(requestId, {});
        return;
    }
    AlertStore *store = m_storage->store();
    QMetaObject::invokeMethod(
        store, [store, requestId, query] { store->queryEvents(requestId, query); },
        Qt::QueuedConnection);
}

} // namespace vigil
