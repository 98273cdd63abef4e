#include "CheckConfigWriter.h"

#include "config/ConfigText.h"
#include "config/Duration.h"

namespace vigil::configwriter {

using configtext::jsonNumber;
using configtext::jsonString;

namespace {

// Collects "key": value members of one object and joins them with the right commas.
class Members
{
public:
    explicit Members(int indent)
        : m_in(indent, ' ')
    {}
    void raw(const char *key, const QByteArray &value)
    {
        m_lines << m_in + '"' + key + "\": " + value;
    }
    void text(const char *key, const QString &value) { raw(key, jsonString(value)); }
    void optionalText(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void number(const char *key, double value) { raw(key, jsonNumber(value)); }
    void flag(const char *key, bool value) { raw(key, value ? "true" : "false"); }
    void duration(const char *key, qint64 ms) { text(key, formatDuration(ms)); }
    QByteArray join() const { return m_lines.join(",\n") + '\n'; }

private:
    QByteArray m_in;
    QByteArrayList m_lines;
};

QByteArray stringArray(const QStringList &list)
{
    QByteArrayList items;
    for (const QString &s : list)
        items << jsonString(s);
    return '[' + items.join(", ") + ']';
}

QByteArray statusArray(const QList<StatusRange> &ranges)
{
    QByteArrayList items;
    for (const StatusRange &r : ranges) {
        items << (r.from == r.to
                      ? QByteArray::number(r.from)
                      : '"' + QByteArray::number(r.from) + '-' + QByteArray::number(r.to) + '"');
    }
    return '[' + items.join(", ") + ']';
}

QByteArray headerObject(const QList<std::pair<QString, QString>> &headers)
{
    if (headers.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArrayList items;
    for (const auto &[name, value] : headers)
        items << "                " + jsonString(name) + ": " + jsonString(value);
    return "{\n" + items.join(",\n") + "\n            }";
}

void typeMembers(const CheckSpec &s, Members &m)
{
    switch (s.type) {
    case CheckType::Http:
        m.text("url", s.http.url);
        m.text("method", s.http.method);
        m.raw("headers", headerObject(s.http.headers));
        m.optionalText("body", s.http.body);
        m.raw("expected_status", statusArray(s.http.expectStatus));
        m.optionalText("keyword", s.http.keyword);
        m.optionalText("body_regex", s.http.bodyRegex);
        m.optionalText("json_field", s.http.jsonField);
        m.optionalText("json_equals", s.http.jsonEquals);
        m.flag("health_document", s.http.healthDocument);
        m.duration("degraded_latency", s.http.degradedLatencyMs);
        m.number("cert_warning_days", s.http.certWarningDays);
        m.number("cert_critical_days", s.http.certCriticalDays);
        m.number("max_redirects", s.http.maxRedirects);
        m.flag("tls_verify", s.http.verifyTls);
        break;
    case CheckType::Tcp:
        m.text("host", s.tcp.host);
        m.number("port", s.tcp.port);
        m.optionalText("send", s.tcp.send);
        m.optionalText("expect", s.tcp.expect);
        break;
    case CheckType::Dns:
        m.text("query", s.dns.name);
        m.optionalText("server", s.dns.server);
        m.optionalText("expect_address", s.dns.expectAddress);
        break;
    case CheckType::Process:
        m.optionalText("process", s.process.name);
        m.optionalText("cmdline", s.process.cmdlineRegex);
        m.number("min_count", s.process.minCount);
        m.number("max_count", s.process.maxCount);
        break;
    case CheckType::File:
        m.text("path", s.file.path);
        if (s.file.maxAgeMs > 0)
            m.duration("max_age", s.file.maxAgeMs);
        if (s.file.maxSizeBytes >= 0)
            m.number("max_size", double(s.file.maxSizeBytes));
        break;
    case CheckType::Log:
        m.text("path", s.log.path);
        m.optionalText("pattern", s.log.pattern);
        m.optionalText("min_level", s.log.minLevel);
        m.number("max_per_minute", s.log.maxPerMinute);
        break;
    case CheckType::Prometheus:
        m.text("url", s.prometheus.url);
        m.raw("allow", stringArray(s.prometheus.allow));
        m.raw("deny", stringArray(s.prometheus.deny));
        m.number("max_series", s.prometheus.maxSeries);
        break;
    }
}

QByteArray check(const CheckSpec &s)
{
    Members m(12);
    m.text("name", s.name);
    m.text("type", checkTypeName(s.type));
    m.flag("enabled", s.enabled);
    m.duration("interval", s.intervalMs);
    m.duration("timeout", s.timeoutMs);
    m.number("retries", s.retries);
    m.duration("backoff_base", s.backoffBaseMs);
    m.duration("backoff_cap", s.backoffCapMs);
    m.number("recover_after", s.recoverAfter);
    typeMembers(s, m);
    return "        {\n" + m.join() + "        }";
}

} // namespace

QByteArray checksSection(const Config &config)
{
    if (config.checks.isEmpty())
        return QByteArrayLiteral("    \"checks\": [],\n");
    QByteArray out = "    \"checks\": [\n";
    for (qsizetype i = 0; i < config.checks.size(); ++i) {
        out += check(config.checks[i]);
        out += i + 1 < config.checks.size() ? ",\n" : "\n";
    }
    return out + "    ],\n";
}

} // namespace vigil::configwriter
