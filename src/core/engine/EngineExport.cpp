// Engine: the exporter part ("vigil-http" thread serving /metrics, health and the JSON API).

#include "Engine.h"

#include "collect/SystemCollector.h"
#include "export/ExporterThread.h"
#include "export/HttpExporter.h"
#include "util/Logging.h"

namespace vigil {

QString Engine::exporterListen(const Config &config)
{
    const QString fromEnv = qEnvironmentVariable("VIGIL_EXPORTER_LISTEN");
    return fromEnv.isEmpty() ? config.exporter.listen : fromEnv;
}

void Engine::startExporter()
{
    if (!m_config.exporter.enabled)
        return;
    m_exporter = std::make_unique<ExporterThread>(m_clock, m_registry);
    HttpExporter *x = m_exporter->exporter();
    // Value copies cross to the exporter's thread; requests never touch the Engine.
    connect(this, &Engine::batchIngested, x, &HttpExporter::setSystemBatch);
    connect(this, &Engine::alertsChanged, x, &HttpExporter::setAlerts);
    connect(this, &Engine::checkStatesReset, x, &HttpExporter::setChecks);
    connect(this, &Engine::checkStateChanged, x, &HttpExporter::updateCheck);
    connect(this, &Engine::deliveriesChanged, x, [x](const QList<OutboxItem> &items) {
        const auto pending = std::count_if(items.begin(), items.end(), [](const OutboxItem &i) {
            return i.state == OutboxState::Pending || i.state == OutboxState::Sending;
        });
        x->setOutboxPending(int(pending));
    });
    if (m_collector)
        connect(m_collector, &SystemCollector::collectDurationMeasured, x,
                &HttpExporter::setCollectDuration);
    connect(x, &HttpExporter::listening, this, [this](quint16 port) {
        m_exporterPort = port;
        m_exporterError.clear();
        Q_EMIT exporterStatusChanged();
        updateHealth();
    });
    connect(x, &HttpExporter::listenFailed, this, [this](const QString &error) {
        m_exporterPort = 0;
        m_exporterError = error;
        Q_EMIT exporterStatusChanged();
        updateHealth();
    });

    const QString listen = exporterListen(m_config);
    if (listen != m_config.exporter.listen)
        qCInfo(lcHttp).noquote() << "exporter: VIGIL_EXPORTER_LISTEN replaces exporter.listen:"
                                 << listen;
    const QString token = m_config.exporter.token;
    const qint64 interval = m_config.sampling.intervalMs;
    const qsizetype capacity = m_config.historyCapacity();
    const QList<Alert> alerts = this->alerts();
    const QList<CheckState> checks = m_checkStates;
    const SampleBatch latest = m_latest;
    QMetaObject::invokeMethod(
        x,
        [x, listen, token, interval, capacity, alerts, checks, latest] {
            x->setSampling(interval, capacity);
            x->setAlerts(alerts);
            x->setChecks(checks);
            if (latest.timeMs > 0)
                x->setSystemBatch(latest);
            x->start(listen, token);
        },
        Qt::QueuedConnection);
}

void Engine::stopExporter()
{
    m_exporter.reset(); // joins the thread; the socket closes with the exporter
    if (m_exporterPort != 0 || !m_exporterError.isEmpty()) {
        m_exporterPort = 0;
        m_exporterError.clear();
        Q_EMIT exporterStatusChanged();
    }
}

void Engine::addExporterFinding(HealthReport &health) const
{
    if (m_exporterError.isEmpty())
        return;
    HealthFinding finding;
    finding.check = QStringLiteral("exporter");
    finding.severity = Severity::Warning;
    finding.summary = tr("Exporter not serving: %1").arg(m_exporterError);
    health.findings.append(finding);
}

} // namespace vigil
