#pragma once

#include "checks/CheckProbe.h"
#include "checks/CheckScheduler.h"
#include "checks/CheckTypes.h"
#include "checks/UptimeTracker.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace vigil {

class Clock;
class ProbeFactory;

// Runs the configured checks: schedules them (CheckScheduler), starts one probe per attempt,
// turns outcomes into check states and series. Lives in the checks thread ("vigil-checks"):
// every probe and the network access manager are created there. Talk to it through queued
// calls and its signals only.
class CheckService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckService)

public:
    explicit CheckService(const Clock &clock, QObject *parent = nullptr);
    ~CheckService() override;

    // Run each check until it settles (healthy, degraded or unhealthy after its retries), then
    // stop it; allSettled() when every enabled check has. For `vigil --report`.
    void setRunOnce(bool once) { m_runOnce = once; }
    // For tests: a fixed random seed (spread and backoff) and no start-up spread.
    void setSeed(quint32 seed);
    // New checks run at once instead of spread over their first seconds (--report).
    void setStartSpread(bool spread) { m_scheduler->setFirstSpreadMs(spread ? 5000 : 0); }
    // /proc root for process checks (tests).
    void setProcRoot(const QString &root) { m_procRoot = root; }

    QList<CheckState> states() const;

public Q_SLOTS:
    void setChecks(const QList<vigil::CheckSpec> &specs);
    void setMaxConcurrent(int n);
    void runNow(const QString &name);
    // One attempt of a check that need not be configured (the settings dialog's "Test"): no
    // retries, no series, no state; testFinished carries the result.
    void testCheck(quint64 requestId, const vigil::CheckSpec &spec);

Q_SIGNALS:
    void resultReady(const vigil::CheckResult &result);
    void stateChanged(const vigil::CheckState &state);
    void statesReset(const QList<vigil::CheckState> &states);
    void samplesReady(const vigil::SampleBatch &batch);
    void testFinished(quint64 requestId, const vigil::CheckResult &result);
    void allSettled();

private:
    ProbeFactory &factory();
    void arm();
    void startDue();
    void onFinished(const CheckSpec &spec, int attempt, const ProbeReport &report);
    SampleBatch seriesFor(const CheckSpec &spec, const CheckResult &result,
                          const ProbeReport &report) const;
    CheckState stateOf(const QString &name) const;

    const Clock &m_clock;
    std::unique_ptr<CheckScheduler> m_scheduler;
    std::unique_ptr<ProbeFactory> m_factory;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer m_timer;
    QHash<QString, QPointer<CheckProbe>> m_running;
    QHash<QString, CheckResult> m_last;
    QHash<QString, UptimeTracker> m_uptime;
    QString m_procRoot = QStringLiteral("/proc");
    int m_maxConcurrent = 16;
    bool m_runOnce = false;
};

} // namespace vigil
