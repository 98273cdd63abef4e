// Engine: the service checks part (checks thread, check series, check findings in health).

#include "Engine.h"

#include "checks/CheckHealth.h"
#include "checks/CheckService.h"
#include "checks/CheckThread.h"
#include "export/ExporterThread.h"
#include "export/HttpExporter.h"
#include "util/Clock.h"

namespace vigil {

void Engine::startChecks()
{
    m_checks = std::make_unique<CheckThread>(m_clock);
    CheckService *service = m_checks->service();
    connect(service, &CheckService::samplesReady, this, &Engine::ingestCheckSamples);
    connect(service, &CheckService::resultReady, this, &Engine::checkResult);
    connect(service, &CheckService::testFinished, this, &Engine::checkTestFinished);
    connect(service, &CheckService::statesReset, this, [this](const QList<CheckState> &states) {
        m_checkStates = states;
        Q_EMIT checkStatesReset(states);
        updateHealth();
    });
    connect(service, &CheckService::stateChanged, this, [this](const CheckState &state) {
        for (CheckState &s : m_checkStates) {
            if (s.spec.name == state.spec.name)
                s = state;
        }
        Q_EMIT checkStateChanged(state);
        updateHealth();
    });
    const QList<CheckSpec> specs = m_config.checks;
    QMetaObject::invokeMethod(
        service, [service, specs] { service->setChecks(specs); }, Qt::QueuedConnection);
}

QList<CheckState> Engine::checkStates() const
{
    return m_checkStates;
}

void Engine::ingestCheckSamples(const SampleBatch &batch)
{
    // Into the store only: the collector's next tick evaluates rules on them, and a rule's
    // staleness follows each series' own spacing, so a check every minute stays fresh.
    m_store.append(batch);
    recordHistory(batch);
    if (m_exporter) {
        HttpExporter *x = m_exporter->exporter();
        QMetaObject::invokeMethod(
            x, [x, batch] { x->addCheckBatch(batch); }, Qt::QueuedConnection);
    }
}

void Engine::runCheckNow(const QString &name)
{
    if (!m_checks)
        return;
    CheckService *service = m_checks->service();
    QMetaObject::invokeMethod(
        service, [service, name] { service->runNow(name); }, Qt::QueuedConnection);
}

void Engine::testCheck(quint64 requestId, const CheckSpec &spec)
{
    if (!m_checks) {
        // Also when the engine is not running: a test in the dialog still gets an answer.
        m_checks = std::make_unique<CheckThread>(m_clock);
        connect(m_checks->service(), &CheckService::testFinished, this, &Engine::checkTestFinished);
    }
    CheckService *service = m_checks->service();
    QMetaObject::invokeMethod(
        service, [service, requestId, spec] { service->testCheck(requestId, spec); },
        Qt::QueuedConnection);
}

void Engine::addCheckFindings(HealthReport &health) const
{
    vigil::addCheckFindings(health, m_checkStates);
}

} // namespace vigil
