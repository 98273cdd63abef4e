#pragma once

#include "alerts/AlertTypes.h"
#include "checks/CheckTypes.h"
#include "collect/ProcessTypes.h"
#include "config/Config.h"
#include "engine/Health.h"
#include "notify/NotifyTypes.h"
#include "notify/Outbox.h"
#include "notify/Router.h"
#include "series/MetricStore.h"
#include "series/Sample.h"
#include "series/SeriesRegistry.h"
#include "storage/HistoryTypes.h"

#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace vigil {

class AlertEngine;
class AlertStore;
class CheckThread;
class ExporterThread;
class NotifyThread;
class Clock;
class ConfigWriter;
class StorageThread;
class SystemCollector;

// Owns and wires the collector thread, the in-memory store, the alert engine and the storage
// thread. Used identically by the GUI and by --headless. Lives in the thread that creates it;
// the collector hands over one batch per tick through a queued signal, and SQLite and config
// writes happen on the storage thread.
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

    // Where alerts.db lives; empty (the default) means $XDG_DATA_HOME/vigil. Before start().
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // Without storage the engine keeps alerts in memory only (tests of the GUI).
    void setStorageEnabled(bool enabled) { m_storageEnabled = enabled; }
    // Without checks no checks thread runs (tests that feed batches by hand).
    void setChecksEnabled(bool enabled) { m_checksEnabled = enabled; }
    // Without notifications (or without storage) no channel hears anything and no outbox is
    // opened; testChannel() still works.
    void setNotificationsEnabled(bool enabled) { m_notifyEnabled = enabled; }
    // The environment variable VIGIL_EXPORTER_LISTEN, when set, replaces exporter.listen (the
    // test suite sets 127.0.0.1:0 so no test binds the default port 9464).
    static QString exporterListen(const Config &config);

    void start();
    // Stops the collector and storage threads (joined). Idempotent; also done by the destructor.
    void stop();
    bool isRunning() const;

    const Config &config() const { return m_config; }
    const MetricStore &store() const { return m_store; }
    const SeriesRegistry &registry() const { return m_registry; }
    const HealthReport &health() const { return m_health; }
    const SampleBatch &latestBatch() const { return m_latest; }
    QList<Alert> alerts() const;
    QList<Silence> silences() const;
    // The configured checks as last reported by the checks thread, in configuration order.
    QList<CheckState> checkStates() const;
    // The exporter's bound port once it listens (0 before, when disabled or on failure), and
    // why it does not listen (empty when it does or is disabled). exporterStatusChanged tells.
    quint16 exporterPort() const { return m_exporterPort; }
    const QString &exporterError() const { return m_exporterError; }
    // Problems with configured rules ("rules[2].series: ..."); those rules are skipped.
    const QStringList &ruleProblems() const { return m_ruleProblems; }

public Q_SLOTS:
    // Applies one batch: store, alert evaluation, health. Public so tests and other producers
    // can feed batches.
    void ingest(const vigil::SampleBatch &batch);
    // Takes effect at once: rules, thresholds, sampling interval (the collector is restarted).
    void applyConfig(const vigil::Config &config);
    // applyConfig, then writes the file on the storage thread; configSaved reports the outcome.
    // moveOldAside: the file on disk was unreadable; keep it as <path>.broken-<time>.
    void applyAndSaveConfig(const vigil::Config &config, const QString &path,
                            bool moveOldAside = false);
    void acknowledge(const QString &fingerprint);
    void addSilence(const vigil::Silence &silence);
    void expireSilence(const QString &id);
    void queryEvents(quint64 requestId, const vigil::EventQuery &query);
    // Series history from history.db, run on the storage thread; historyReady answers with one
    // result per query, in order (an error in each result when history is off or unavailable).
    void queryHistory(quint64 requestId, const QList<vigil::HistoryQuery> &queries);
    void runCheckNow(const QString &name);
    // One attempt of a check that need not be configured; checkTestFinished has the result.
    void testCheck(quint64 requestId, const vigil::CheckSpec &spec);
    // Deliveries view: outbox items by id.
    void retryDelivery(qint64 id);
    void discardDelivery(qint64 id);
    void refreshDeliveries();
    // "Send test notification" on a channel as edited; channelTestFinished has the answer.
    void testChannel(quint64 requestId, const vigil::ChannelSpec &channel);
    // Processes view (EngineProcesses.cpp): while wanted, the collector thread reads the
    // process table and processesUpdated brings each snapshot; a hidden view costs nothing.
    void setProcessesWanted(bool wanted);
    // Sends signal (SIGTERM, SIGKILL) from the collector thread to pid, if it is still the
    // process started at startTicks; processSignalFinished answers with 0 or the errno.
    void signalProcess(quint64 requestId, qint64 pid, quint64 startTicks, int signal);

Q_SIGNALS:
    void batchIngested(const vigil::SampleBatch &batch);
    void healthChanged(const vigil::HealthReport &health);
    void alertsChanged(const QList<vigil::Alert> &alerts);
    // Transitions, after the store assigned ids (or at once without storage).
    void alertEventsRecorded(const QList<vigil::AlertEvent> &events);
    void silencesChanged(const QList<vigil::Silence> &silences);
    void eventsReady(quint64 requestId, const QList<vigil::AlertEvent> &events);
    void historyReady(quint64 requestId, const QList<vigil::HistoryResult> &results);
    void configApplied(const vigil::Config &config);
    void configSaved(bool ok, const QString &path, const QString &error);
    // For the user: database recovered, storage unavailable or back.
    void storageMessage(const QString &message, bool isError);
    void checkResult(const vigil::CheckResult &result);
    void checkStateChanged(const vigil::CheckState &state);
    void checkStatesReset(const QList<vigil::CheckState> &states);
    void checkTestFinished(quint64 requestId, const vigil::CheckResult &result);
    void deliveriesChanged(const QList<vigil::OutboxItem> &items);
    void channelDisabled(const QString &channel, const QString &reason);
    void channelTestFinished(quint64 requestId, int httpStatus, qint64 ms, const QString &error);
    void exporterStatusChanged();
    void processesUpdated(const vigil::ProcessSnapshot &snapshot);
    void processSignalFinished(quint64 requestId, qint64 pid, int signal, int error);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    void startCollector();
    void connectProcesses();
    void stopCollector();
    void startStorage();
    void startHistory();
    void applyHistoryConfig(const Config &previous);
    void recordHistory(const SampleBatch &batch);
    void evaluateAlerts(const SampleBatch &batch);
    void publishAlerts(const QList<AlertEvent> &events);
    void updateHealth();
    void startChecks();
    void startNotify();
    void startNotifyThreadOnly();
    void stopNotify();
    void applyChannels();
    void routeNotifications(const QList<AlertEvent> &events);
    void flushNotifications();
    void enqueueMessage(const ChannelSpec &channel, const NotifyMessage &message);
    void resendToAlertmanager();
    NotifyAlert toNotifyAlert(const AlertEvent &event) const;
    void ingestCheckSamples(const SampleBatch &batch);
    void addCheckFindings(HealthReport &health) const;
    void startExporter();
    void stopExporter();
    void addExporterFinding(HealthReport &health) const;
    void onStateLoaded(const QList<Alert> &active, const QList<Silence> &silences);

    Config m_config;
    QString m_root;
    const Clock &m_clock;
    MetricStore m_store;
    SeriesRegistry m_registry;
    HealthReport m_health;
    SampleBatch m_latest;
    std::unique_ptr<AlertEngine> m_alerts;
    QStringList m_ruleProblems;
    bool m_alertsReady = true; // false from start() until the saved state is restored
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonoNs = 0;
    qint64 m_lastPruneMs = 0;
    QString m_dataDir;
    bool m_storageEnabled = true;
    bool m_checksEnabled = true;
    bool m_notifyEnabled = true;
    std::unique_ptr<NotifyThread> m_notify;
    NotificationRouter m_router;
    QTimer *m_routerTimer = nullptr;
    QTimer *m_resendTimer = nullptr;
    QHash<QString, NotifyAlert> m_recentlyResolved; // by fingerprint, for Alertmanager
    std::unique_ptr<CheckThread> m_checks;
    QList<CheckState> m_checkStates;
    std::unique_ptr<ExporterThread> m_exporter;
    quint16 m_exporterPort = 0;
    QString m_exporterError;
    std::unique_ptr<StorageThread> m_storage;
    ConfigWriter *m_configWriter = nullptr; // lives on the storage thread
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    SystemCollector *m_collector = nullptr; // lives in m_thread, deleted when it finishes
    quint64 m_collectorGeneration = 0;
    bool m_processesWanted = false;
};

} // namespace vigil
