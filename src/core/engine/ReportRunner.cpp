#include "ReportRunner.h"

#include "checks/CheckHealth.h"
#include "checks/CheckService.h"
#include "collect/SystemCollector.h"
#include "engine/RuleCheck.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSysInfo>
#include <QTimer>

#include <QThread>
#include <algorithm>
#include <chrono>

namespace vigil {

namespace {

// Longest a check can take with all its retries: each attempt's timeout plus each backoff cap.
qint64 worstCaseMs(const CheckSpec &s)
{
    return (s.retries + 1) * s.timeoutMs + s.retries * s.backoffCapMs;
}

// Runs every enabled check until it settles (with its retries), in this thread's event loop,
// and returns their results in configuration order; disabled checks are reported unknown.
QList<CheckResult> runChecksOnce(const QList<CheckSpec> &specs, const Clock &clock)
{
    QHash<QString, CheckResult> last;
    qint64 budget = 0;
    bool any = false;
    for (const CheckSpec &s : specs) {
        any = any || s.enabled;
        if (s.enabled)
            budget = std::max(budget, worstCaseMs(s));
    }
    if (any) {
        CheckService service(clock);
        service.setRunOnce(true);
        service.setStartSpread(false);
        QEventLoop loop;
        QObject::connect(&service, &CheckService::resultReady, &loop,
                         [&last](const CheckResult &r) { last.insert(r.check, r); });
        QObject::connect(&service, &CheckService::allSettled, &loop, &QEventLoop::quit);
        // A safety net only: every attempt has its own timeout.
        QTimer::singleShot(std::chrono::milliseconds(budget + 5000), &loop, &QEventLoop::quit);
        service.setChecks(specs);
        loop.exec();
    }
    QList<CheckResult> out;
    for (const CheckSpec &s : specs) {
        CheckResult r = last.value(s.name);
        if (r.check.isEmpty()) {
            r.check = s.name;
            r.type = s.type;
            r.target = s.target();
            r.status = CheckStatus::Unknown;
            r.message = s.enabled ? QStringLiteral("did not finish") : QStringLiteral("disabled");
        }
        out.append(r);
    }
    return out;
}

Severity worst(Severity a, Severity b)
{
    if (a == Severity::Unknown || b == Severity::Unknown)
        return a == Severity::Unknown ? b : a; // unknown only when nothing else is known
    return std::max(a, b);
}

} // namespace

Report collectReport(const Config &config, const QString &root, qint64 intervalMs,
                     const Clock &clock)
{
    SystemCollector collector(config.collectorOptions(root), clock);
    const SampleBatch first = collector.collectNow();
    QElapsedTimer elapsed;
    elapsed.start();
    const QList<CheckResult> checks = runChecksOnce(config.checks, clock);
    const qint64 left = std::max<qint64>(intervalMs, 0) - elapsed.elapsed();
    if (left > 0)
        QThread::msleep(static_cast<unsigned long>(left));
    SampleBatch second = collector.collectNow();
    // Gauges that vanished between the samples (an unmounted disk) are not reported from the
    // first sample: a report shows one instant.
    Q_UNUSED(first)

    Report report;
    report.timeMs = second.timeMs;
    report.host = QSysInfo::machineHostName();
    report.version = QStringLiteral(VIGIL_VERSION);
    report.intervalMs = intervalMs;
    report.health = evaluateRulesNow(config.rules, second);
    report.checks = checks;
    QList<CheckState> states;
    for (const CheckResult &r : checks) {
        CheckState s;
        s.spec.name = r.check;
        s.status = r.status;
        s.last = r;
        states.append(s);
    }
    addCheckFindings(report.health, states);
    for (const HealthFinding &f : std::as_const(report.health.findings))
        report.health.status = worst(report.health.status, f.severity);
    std::stable_sort(report.health.findings.begin(), report.health.findings.end(),
                     [](const HealthFinding &x, const HealthFinding &y) {
                         return int(x.severity) > int(y.severity);
                     });
    report.batch = std::move(second);
    return report;
}

} // namespace vigil
