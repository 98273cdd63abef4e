#include "LocalChecks.h"

#include "checks/HttpFetch.h"
#include "checks/PromTarget.h"
#include "checks/PromText.h"

namespace vigil {

LocalCheck::LocalCheck(Run run, QObject *parent)
    : CheckProbe(parent)
    , m_run(std::move(run))
{}

ProbeReport LocalCheck::toReport(const ProbeOutcome &outcome)
{
    ProbeReport r;
    switch (outcome.verdict) {
    case ProbeVerdict::Healthy:
        r.status = CheckStatus::Healthy;
        break;
    case ProbeVerdict::Degraded:
        r.status = CheckStatus::Degraded;
        break;
    case ProbeVerdict::Unhealthy:
        r.status = CheckStatus::Unhealthy;
        break;
    }
    r.message = outcome.message;
    r.target = outcome.target;
    r.samples = outcome.samples;
    return r;
}

void LocalCheck::start()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(toReport(m_run())); }, Qt::QueuedConnection);
}

PrometheusCheck::PrometheusCheck(const CheckSpec &spec, QNetworkAccessManager *nam,
                                 std::shared_ptr<PromTarget> target, std::function<qint64()> nowMs,
                                 std::function<qint64()> monoNs, QObject *parent)
    : CheckProbe(parent)
    , m_spec(spec)
    , m_nam(nam)
    , m_target(std::move(target))
    , m_nowMs(std::move(nowMs))
    , m_monoNs(std::move(monoNs))
{}

void PrometheusCheck::start()
{
    HttpFetch::Request request;
    request.url = QUrl(m_spec.prometheus.url);
    request.timeoutMs = m_spec.timeoutMs;
    request.maxBodyBytes = MaxBodyBytes;
    request.headers.append(
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain;version=0.0.4;q=1,*/*;q=0.1")});
    m_fetch = new HttpFetch(m_nam, request, this);
    connect(m_fetch, &HttpFetch::finished, this, [this](const HttpFetch::Response &response) {
        ProbeReport r;
        r.target = m_spec.target();
        if (!response.ok) {
            r.message = response.error;
            Q_EMIT finished(r);
            return;
        }
        r.latencySeconds = response.latencySeconds;
        r.httpStatus = response.status;
        if (response.status < 200 || response.status > 299) {
            r.message = tr("HTTP %1 from the target").arg(response.status);
            Q_EMIT finished(r);
            return;
        }
        if (response.truncated) {
            r.message = tr("exposition larger than %1 MiB, not parsed").arg(MaxBodyBytes >> 20);
            Q_EMIT finished(r);
            return;
        }
        const promtext::ParseResult parsed = promtext::parse(response.body);
        const PromTarget::Result ingested = m_target->ingest(parsed, m_nowMs(), m_monoNs());
        r.samples = ingested.batch.samples;
        const QString ms = QString::number(response.latencySeconds * 1000, 'f', 0);
        QString summary = tr("%n series", nullptr, ingested.seriesKept);
        if (ingested.droppedByLimit > 0)
            summary += tr(", %1 over max_series dropped").arg(ingested.droppedByLimit);
        if (ingested.droppedByFilter > 0)
            summary += tr(", %1 filtered").arg(ingested.droppedByFilter);
        // ingest() already starts its errors with the parse errors.
        const QStringList &errors = ingested.errors;
        if (errors.isEmpty()) {
            r.status = CheckStatus::Healthy;
            r.message = tr("scraped %1 in %2 ms").arg(summary, ms);
        } else {
            // Some lines are unusable: the good ones are kept, and the target is not healthy.
            r.status = parsed.sampleCount() > 0 ? CheckStatus::Degraded : CheckStatus::Unhealthy;
            r.message = tr("%n problem(s) in the exposition, first: %1 (%2 kept)", nullptr,
                           int(errors.size()))
                            .arg(errors.first(), summary);
        }
        Q_EMIT finished(r);
    });
    m_fetch->start();
}

} // namespace vigil
