#pragma once

#include "checks/CheckProbe.h"
#include "checks/ProbeOutcome.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace vigil {

class HttpFetch;
class PromTarget;

// A file, process or log check: the probe reads local files synchronously (bounded work, in
// the checks thread) and reports on the next event-loop turn, as CheckProbe promises.
class LocalCheck final : public CheckProbe
{
    Q_OBJECT

public:
    using Run = std::function<ProbeOutcome()>;
    LocalCheck(Run run, QObject *parent = nullptr);
    void start() override;

    static ProbeReport toReport(const ProbeOutcome &outcome);

private:
    Run m_run;
};

// The prometheus check: scrape a /metrics URL, parse it strictly, and publish the series under
// a `target` label (PromTarget keeps the previous values for counter rates).
class PrometheusCheck final : public CheckProbe
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

    PrometheusCheck(const CheckSpec &spec, QNetworkAccessManager *nam,
                    std::shared_ptr<PromTarget> target, std::function<qint64()> nowMs,
                    std::function<qint64()> monoNs, QObject *parent = nullptr);
    void start() override;

private:
    CheckSpec m_spec;
    QNetworkAccessManager *m_nam;
    std::shared_ptr<PromTarget> m_target;
    std::function<qint64()> m_nowMs;
    std::function<qint64()> m_monoNs;
    HttpFetch *m_fetch = nullptr;
};

} // namespace vigil
