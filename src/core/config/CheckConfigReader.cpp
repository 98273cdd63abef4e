#include "CheckConfigReader.h"

#include "checks/CheckValidation.h"
#include "config/ConfigText.h"
#include "config/Duration.h"
#include "config/ObjectReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace vigil::configreader {

using configtext::describe;
using configtext::keyPath;
using configtext::quoted;

namespace {

// Reads one check object; every problem goes to `problems` with its full key path.
class CheckReader : public ObjectReader
{
public:
    CheckReader(const QString &path, const QJsonObject &object, QStringList *problems,
                QStringList *warnings)
        : ObjectReader(path, object, problems)
        , m_problems(problems)
        , m_warnings(warnings)
    {}

    void read(CheckSpec *spec);

private:
    void size(const char *key, qint64 *out);
    void headers(const char *key, QList<std::pair<QString, QString>> *out);
    void statuses(const char *key, QList<StatusRange> *out);
    void readType(CheckSpec *spec);

    QStringList *m_problems;
    QStringList *m_warnings;
};

// Bytes as a number, or a string with a binary or decimal unit: "10MiB", "500 kB".
void CheckReader::size(const char *key, qint64 *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9e15) {
        *out = qint64(v.toDouble());
        return;
    }
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?\\s*$"));
    const QRegularExpressionMatch m =
        v.isString() ? re.match(v.toString()) : QRegularExpressionMatch();
    if (!m.hasMatch()) {
        expected(QLatin1String(key), "a size like 10485760 or \"10MiB\"", v);
        return;
    }
    const QString unit = m.captured(2);
    double factor = 1;
    if (unit == QLatin1String("kB") || unit == QLatin1String("KB"))
        factor = 1e3;
    else if (unit == QLatin1String("KiB"))
        factor = 1024;
    else if (unit == QLatin1String("MB"))
        factor = 1e6;
    else if (unit == QLatin1String("MiB"))
        factor = 1024.0 * 1024;
    else if (unit == QLatin1String("GB"))
        factor = 1e9;
    else if (unit == QLatin1String("GiB"))
        factor = 1024.0 * 1024 * 1024;
    else if (unit == QLatin1String("TB"))
        factor = 1e12;
    else if (unit == QLatin1String("TiB"))
        factor = 1024.0 * 1024 * 1024 * 1024;
    *out = qint64(m.captured(1).toDouble() * factor);
}

void CheckReader::headers(const char *key, QList<std::pair<QString, QString>> *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    if (!v.isObject()) {
        expected(QLatin1String(key), "an object of header names and values", v);
        return;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    const QJsonObject o = v.toObject();
    out->clear();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = keyPath(QLatin1String(key), it.key());
        if (!token.match(it.key()).hasMatch())
            problem(path, QStringLiteral("not a valid header name"));
        else if (!it.value().isString() || it.value().toString().contains(QLatin1Char('\n')))
            expected(path, "a one-line string", it.value());
        else
            out->append({it.key(), it.value().toString()});
    }
}

// [200, "200-299", 301] -> ranges.
void CheckReader::statuses(const char *key, QList<StatusRange> *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    static const QRegularExpression range(QStringLiteral("^(\\d{3})(?:-(\\d{3}))?$"));
    QList<StatusRange> ranges;
    bool ok = v.isArray();
    for (const QJsonValue &item : v.toArray()) {
        if (item.isDouble()) {
            ranges.append({item.toInt(), item.toInt()});
            continue;
        }
        const QRegularExpressionMatch m = range.match(item.toString());
        ok = ok && m.hasMatch();
        const int from = m.captured(1).toInt();
        ranges.append({from, m.captured(2).isEmpty() ? from : m.captured(2).toInt()});
    }
    if (!ok)
        expected(QLatin1String(key), "an array like [200, \"300-399\"]", v);
    else
        *out = ranges;
}

void CheckReader::readType(CheckSpec *s)
{
    switch (s->type) {
    case CheckType::Http:
        text("url", &s->http.url, true);
        text("method", &s->http.method);
        headers("headers", &s->http.headers);
        text("body", &s->http.body);
        statuses("expected_status", &s->http.expectStatus);
        text("keyword", &s->http.keyword);
        text("body_regex", &s->http.bodyRegex);
        text("json_field", &s->http.jsonField);
        text("json_equals", &s->http.jsonEquals);
        boolean("health_document", &s->http.healthDocument);
        duration("degraded_latency", &s->http.degradedLatencyMs);
        integer("cert_warning_days", &s->http.certWarningDays);
        integer("cert_critical_days", &s->http.certCriticalDays);
        integer("max_redirects", &s->http.maxRedirects);
        boolean("tls_verify", &s->http.verifyTls);
        break;
    case CheckType::Tcp:
        text("host", &s->tcp.host, true);
        integer("port", &s->tcp.port);
        text("send", &s->tcp.send);
        text("expect", &s->tcp.expect);
        break;
    case CheckType::Dns:
        text("query", &s->dns.name, true);
        text("server", &s->dns.server);
        text("expect_address", &s->dns.expectAddress);
        break;
    case CheckType::Process:
        text("process", &s->process.name);
        text("cmdline", &s->process.cmdlineRegex);
        integer("min_count", &s->process.minCount);
        integer("max_count", &s->process.maxCount);
        break;
    case CheckType::File:
        text("path", &s->file.path, true);
        duration("max_age", &s->file.maxAgeMs);
        size("max_size", &s->file.maxSizeBytes);
        break;
    case CheckType::Log:
        text("path", &s->log.path, true);
        text("pattern", &s->log.pattern);
        text("min_level", &s->log.minLevel);
        number("max_per_minute", &s->log.maxPerMinute);
        break;
    case CheckType::Prometheus:
        text("url", &s->prometheus.url, true);
        strings("allow", &s->prometheus.allow);
        strings("deny", &s->prometheus.deny);
        integer("max_series", &s->prometheus.maxSeries);
        break;
    }
}

void CheckReader::read(CheckSpec *s)
{
    text("name", &s->name, true);
    QString type;
    text("type", &type, true);
    std::optional<CheckType> known;
    if (!type.isEmpty()) {
        known = checkTypeFromName(type);
        if (known)
            s->type = *known;
        else
            problem(QStringLiteral("type"),
                    QStringLiteral("%1 is not one of http, tcp, dns, process, file, log, "
                                   "prometheus")
                        .arg(quoted(type)));
    }
    boolean("enabled", &s->enabled);
    duration("interval", &s->intervalMs);
    duration("timeout", &s->timeoutMs);
    integer("retries", &s->retries);
    duration("backoff_base", &s->backoffBaseMs);
    duration("backoff_cap", &s->backoffCapMs);
    integer("recover_after", &s->recoverAfter);
    if (!known)
        return; // without a type, no key can be judged
    readType(s);
    for (const QString &key : unknownKeys()) {
        *m_warnings << at(key) + QStringLiteral(": unknown key for a %1 check, ignored")
                                     .arg(checkTypeName(s->type));
    }
}

} // namespace

void readChecks(const QJsonValue &value, ConfigResult &result)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        result.errors << QStringLiteral("checks: expected an array of checks, got ") +
                             describe(value);
        return;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("checks[%1]").arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            result.warnings << path + QStringLiteral(": expected a check object, got ") +
                                   describe(item);
            continue;
        }
        CheckSpec spec;
        QStringList problems;
        CheckReader(path, item.toObject(), &problems, &result.warnings).read(&spec);
        if (problems.isEmpty()) {
            for (const CheckProblem &p : validateCheck(spec))
                problems << keyPath(path, p.key) + QLatin1String(": ") + p.message;
        }
        if (problems.isEmpty() && names.contains(spec.name))
            problems << keyPath(path, QStringLiteral("name")) +
                            QStringLiteral(": duplicate check name %1; the first one is used")
                                .arg(quoted(spec.name));
        result.warnings << problems; // a broken check is skipped; the others still run
        if (!problems.isEmpty())
            continue;
        names.insert(spec.name);
        result.config.checks.append(spec);
    }
}

} // namespace vigil::configreader
