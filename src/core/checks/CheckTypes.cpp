#include "CheckTypes.h"

#include <tuple>

namespace vigil {

namespace {
constexpr std::pair<CheckType, const char *> kTypeNames[] = {{CheckType::Http, "http"},
                                                             {CheckType::Tcp, "tcp"},
                                                             {CheckType::Dns, "dns"},
                                                             {CheckType::Process, "process"},
                                                             {CheckType::File, "file"},
                                                             {CheckType::Log, "log"},
                                                             {CheckType::Prometheus, "prometheus"}};
} // namespace

QString checkTypeName(CheckType type)
{
    for (const auto &[t, name] : kTypeNames) {
        if (t == type)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<CheckType> checkTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kTypeNames) {
        if (name == QLatin1String(n))
            return t;
    }
    return std::nullopt;
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Unknown:
        return QStringLiteral("unknown");
    case CheckStatus::Healthy:
        return QStringLiteral("healthy");
    case CheckStatus::Degraded:
        return QStringLiteral("degraded");
    case CheckStatus::Pending:
        return QStringLiteral("pending");
    case CheckStatus::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return QStringLiteral("unknown");
}

QString CheckSpec::target() const
{
    switch (type) {
    case CheckType::Http:
        return http.url;
    case CheckType::Tcp:
        return tcp.host + QLatin1Char(':') + QString::number(tcp.port);
    case CheckType::Dns:
        return dns.name;
    case CheckType::Process:
        return process.name.isEmpty() ? process.cmdlineRegex : process.name;
    case CheckType::File:
        return file.path;
    case CheckType::Log:
        return log.path;
    case CheckType::Prometheus:
        return prometheus.url;
    }
    return QString();
}

bool operator==(const CheckSpec::Http &a, const CheckSpec::Http &b)
{
    auto tie = [](const CheckSpec::Http &h) {
        return std::tie(h.url, h.method, h.headers, h.body, h.expectStatus, h.keyword, h.bodyRegex,
                        h.jsonField, h.jsonEquals, h.healthDocument, h.degradedLatencyMs,
                        h.certWarningDays, h.certCriticalDays, h.maxRedirects, h.verifyTls);
    };
    return tie(a) == tie(b);
}

bool operator==(const CheckSpec::Tcp &a, const CheckSpec::Tcp &b)
{
    return std::tie(a.host, a.port, a.send, a.expect) == std::tie(b.host, b.port, b.send, b.expect);
}

bool operator==(const CheckSpec::Dns &a, const CheckSpec::Dns &b)
{
    return a.name == b.name && a.server == b.server && a.expectAddress == b.expectAddress;
}

bool operator==(const CheckSpec::Process &a, const CheckSpec::Process &b)
{
    return std::tie(a.name, a.cmdlineRegex, a.minCount, a.maxCount) ==
           std::tie(b.name, b.cmdlineRegex, b.minCount, b.maxCount);
}

bool operator==(const CheckSpec::File &a, const CheckSpec::File &b)
{
    return std::tie(a.path, a.maxAgeMs, a.maxSizeBytes) ==
           std::tie(b.path, b.maxAgeMs, b.maxSizeBytes);
}

bool operator==(const CheckSpec::Log &a, const CheckSpec::Log &b)
{
    return std::tie(a.path, a.pattern, a.minLevel, a.maxPerMinute) ==
           std::tie(b.path, b.pattern, b.minLevel, b.maxPerMinute);
}

bool operator==(const CheckSpec::Prometheus &a, const CheckSpec::Prometheus &b)
{
    return std::tie(a.url, a.allow, a.deny, a.maxSeries) ==
           std::tie(b.url, b.allow, b.deny, b.maxSeries);
}

bool operator==(const CheckSpec &a, const CheckSpec &b)
{
    return std::tie(a.name, a.type, a.enabled, a.intervalMs, a.timeoutMs, a.retries,
                    a.backoffBaseMs, a.backoffCapMs, a.recoverAfter, a.http, a.tcp, a.dns,
                    a.process, a.file, a.log, a.prometheus) ==
           std::tie(b.name, b.type, b.enabled, b.intervalMs, b.timeoutMs, b.retries,
                    b.backoffBaseMs, b.backoffCapMs, b.recoverAfter, b.http, b.tcp, b.dns,
                    b.process, b.file, b.log, b.prometheus);
}

} // namespace vigil
