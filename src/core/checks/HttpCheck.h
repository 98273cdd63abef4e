#pragma once

#include "checks/CheckProbe.h"
#include "checks/HttpFetch.h"

class QNetworkAccessManager;

namespace vigil {

// The http check: one request with W3C trace context, judged by status, body and latency.
class HttpCheck final : public CheckProbe
{
    Q_OBJECT

public:
    HttpCheck(const CheckSpec &spec, QNetworkAccessManager *nam, QObject *parent = nullptr);
    void start() override;

    // Pure judgement of a response, for tests: status, keyword, regex, JSON field, health
    // document, latency and certificate thresholds, in that order of severity.
    static ProbeReport judge(const CheckSpec &spec, const HttpFetch::Response &response);

    // "00-<32 hex trace id>-<16 hex span id>-01", fresh random ids.
    static QString newTraceparent();

private:
    CheckSpec m_spec;
    QNetworkAccessManager *m_nam;
    HttpFetch *m_fetch = nullptr;
};

} // namespace vigil
