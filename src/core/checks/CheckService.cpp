#include "CheckService.h"

#include "checks/ProbeFactory.h"
#include "log/LogScope.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>

namespace vigil {

namespace {
// Series values of check_status (docs/checks.md).
double statusValue(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Healthy:
        return 0;
    case CheckStatus::Degraded:
        return 1;
    default:
        return 2;
    }
}

bool isSettled(CheckStatus s)
{
    return s == CheckStatus::Healthy || s == CheckStatus::Degraded || s == CheckStatus::Unhealthy;
}
} // namespace

CheckService::CheckService(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(std::make_unique<CheckScheduler>(m_maxConcurrent))
    , m_timer(this)
{
    qRegisterMetaType<vigil::CheckResult>();
    qRegisterMetaType<vigil::CheckState>();
    qRegisterMetaType<vigil::CheckSpec>();
    qRegisterMetaType<vigil::ProbeReport>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CheckService::startDue);
}

CheckService::~CheckService()
{
    // Probes first: they refer to the network access manager and the factory's state.
    for (const QPointer<CheckProbe> &probe : std::as_const(m_running))
        delete probe.data();
    m_running.clear();
}

void CheckService::setSeed(quint32 seed)
{
    m_scheduler = std::make_unique<CheckScheduler>(m_maxConcurrent, seed);
    m_scheduler->setFirstSpreadMs(0);
}

ProbeFactory &CheckService::factory()
{
    if (!m_factory) {
        // Created on first use, so in the thread this service lives in.
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(false);
        m_factory = std::make_unique<ProbeFactory>(m_nam, m_clock, m_procRoot);
    }
    return *m_factory;
}

void CheckService::setChecks(const QList<CheckSpec> &specs)
{
    const qint64 now = m_clock.nowMs();
    m_scheduler->setChecks(specs, now);
    factory().retain(specs);
    QSet<QString> names;
    for (const CheckSpec &s : specs)
        names.insert(s.name);
    for (auto it = m_last.begin(); it != m_last.end();)
        it = names.contains(it.key()) ? std::next(it) : m_last.erase(it);
    for (auto it = m_uptime.begin(); it != m_uptime.end();)
        it = names.contains(it.key()) ? std::next(it) : m_uptime.erase(it);
    qCInfo(lcChecks) << "running" << specs.size() << "checks";
    Q_EMIT statesReset(states());
    startDue();
}

void CheckService::setMaxConcurrent(int n)
{
    m_maxConcurrent = qMax(1, n);
    m_scheduler->setMaxConcurrent(m_maxConcurrent);
}

void CheckService::runNow(const QString &name)
{
    if (m_scheduler->runNow(name, m_clock.nowMs()))
        startDue();
}

void CheckService::testCheck(quint64 requestId, const CheckSpec &spec)
{
    CheckSpec once = spec;
    CheckProbe *probe = factory().create(once, this);
    connect(probe, &CheckProbe::finished, this,
            [this, probe, requestId, once](const ProbeReport &report) {
                probe->deleteLater();
                CheckResult r;
                r.check = once.name;
                r.type = once.type;
                r.target = report.target.isEmpty() ? once.target() : report.target;
                r.timeMs = m_clock.nowMs();
                r.attemptStatus = r.status = report.status;
                r.latencySeconds = report.latencySeconds;
                r.certDaysLeft = report.certDaysLeft;
                r.httpStatus = report.httpStatus;
                r.message = report.message;
                r.requestId = report.requestId;
                r.traceparent = report.traceparent;
                Q_EMIT testFinished(requestId, r);
            });
    probe->start();
}

void CheckService::startDue()
{
    const qint64 now = m_clock.nowMs();
    for (const QString &name : m_scheduler->takeDue(now)) {
        const CheckSpec spec = *m_scheduler->spec(name);
        const int attempt = m_scheduler->attemptOf(name);
        CheckProbe *probe = factory().create(spec, this);
        m_running.insert(name, probe);
        connect(probe, &CheckProbe::finished, this,
                [this, probe, spec, attempt](const ProbeReport &report) {
                    probe->deleteLater();
                    if (m_running.value(spec.name) == probe)
                        m_running.remove(spec.name);
                    onFinished(spec, attempt, report);
                });
        probe->start();
        Q_EMIT stateChanged(stateOf(name));
    }
    arm();
}

void CheckService::arm()
{
    const qint64 next = m_scheduler->nextDueMs();
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - m_clock.nowMs(), qint64(24) * 3600 * 1000)));
}

void CheckService::onFinished(const CheckSpec &spec, int attempt, const ProbeReport &report)
{
    const CheckSpec *current = m_scheduler->spec(spec.name);
    if (!current || *current != spec) {
        m_scheduler->abandon(spec.name); // the check changed or went away meanwhile
        startDue();
        return;
    }
    const qint64 now = m_clock.nowMs();
    const CheckRetryState::Step step = m_scheduler->finished(spec.name, report.status, now);

    CheckResult r;
    r.check = spec.name;
    r.type = spec.type;
    r.target = report.target.isEmpty() ? spec.target() : report.target;
    r.timeMs = now;
    r.attemptStatus = report.status;
    r.status = step.status;
    r.attempt = attempt;
    r.latencySeconds = report.latencySeconds;
    r.certDaysLeft = report.certDaysLeft;
    r.httpStatus = report.httpStatus;
    r.message = report.message;
    r.requestId = report.requestId;
    r.traceparent = report.traceparent;
    r.nextRunMs = now + step.delayMs;
    if (step.status == CheckStatus::Pending) {
        r.message += tr(" (retry %1 of %2 in %3 s)")
                         .arg(step.nextAttempt)
                         .arg(spec.retries)
                         .arg(QString::number(double(step.delayMs) / 1000.0, 'f', 1));
    }
    const CheckStatus before =
        m_last.contains(spec.name) ? m_last[spec.name].status : CheckStatus::Unknown;
    m_last.insert(spec.name, r);
    m_uptime[spec.name].record(now, report.status != CheckStatus::Unhealthy);
    if (before != r.status) {
        const LogScope scope({{QStringLiteral("check"), spec.name},
                              {QStringLiteral("status"), checkStatusName(r.status)},
                              {QStringLiteral("previous"), checkStatusName(before)}});
        qCInfo(lcChecks).noquote() << "check" << spec.name << checkStatusName(before) << "->"
                                   << checkStatusName(r.status) << "-" << r.message;
    }
    Q_EMIT resultReady(r);
    Q_EMIT samplesReady(seriesFor(spec, r, report));

    const bool done = m_runOnce && isSettled(r.status);
    if (done)
        m_scheduler->retire(spec.name);
    Q_EMIT stateChanged(stateOf(spec.name));
    if (done && !m_scheduler->hasActiveChecks())
        Q_EMIT allSettled();
    startDue();
}

SampleBatch CheckService::seriesFor(const CheckSpec &spec, const CheckResult &result,
                                    const ProbeReport &report) const
{
    SampleBatch batch;
    batch.timeMs = result.timeMs;
    const Labels labels{{QStringLiteral("check"), spec.name}};
    // During retries the series keep the last settled state: pending is not yet a failure.
    const CheckStatus shown = result.status == CheckStatus::Pending
                                  ? m_scheduler->settledStatus(spec.name)
                                  : result.status;
    if (isSettled(shown)) {
        batch.add(SeriesId(QStringLiteral("check_up"), labels),
                  shown == CheckStatus::Unhealthy ? 0.0 : 1.0);
        batch.add(SeriesId(QStringLiteral("check_status"), labels), statusValue(shown));
    }
    if (result.latencySeconds)
        batch.add(SeriesId(QStringLiteral("check_latency_seconds"), labels),
                  *result.latencySeconds);
    if (result.certDaysLeft)
        batch.add(SeriesId(QStringLiteral("check_cert_expiry_days"), labels), *result.certDaysLeft);
    batch.samples += report.samples;
    return batch;
}

CheckState CheckService::stateOf(const QString &name) const
{
    CheckState s = m_scheduler->state(name).value_or(CheckState{});
    if (m_last.contains(name))
        s.last = m_last.value(name);
    const auto up = m_uptime.constFind(name);
    if (up != m_uptime.constEnd()) {
        const qint64 now = m_clock.nowMs();
        s.uptimePercent = up->percent(now);
        s.uptimeSinceMs = up->coveredSinceMs(now);
    }
    return s;
}

QList<CheckState> CheckService::states() const
{
    QList<CheckState> out;
    for (const CheckState &s : m_scheduler->states())
        out.append(stateOf(s.spec.name));
    return out;
}

} // namespace vigil
