#include "CheckValidation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <QCoreApplication>
#include <algorithm>

namespace vigil {

namespace {

QString quotedText(const QString &text)
{
    QString t = text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
    t.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

void checkRegex(const QString &key, const QString &pattern, QList<CheckProblem> &out)
{
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        out.append({key, QCoreApplication::translate("vigil::CheckValidation",
                                                     "invalid regular expression at offset %1: %2")
                             .arg(re.patternErrorOffset())
                             .arg(re.errorString())});
    }
}

void checkHttpUrl(const QString &key, const QString &text, QList<CheckProblem> &out)
{
    if (text.isEmpty()) {
        out.append({key, QCoreApplication::translate("vigil::CheckValidation", "required")});
        return;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty()) {
        out.append(
            {key, QCoreApplication::translate("vigil::CheckValidation",
                                              "%1 is not an http:// or https:// URL with a host")
                      .arg(quotedText(text))});
    }
}

bool isAbsolutePath(const QString &path)
{
    return path.startsWith(QLatin1Char('/'));
}

const QStringList &levels()
{
    static const QStringList names{QStringLiteral("debug"),   QStringLiteral("info"),
                                   QStringLiteral("warning"), QStringLiteral("warn"),
                                   QStringLiteral("error"),   QStringLiteral("critical"),
                                   QStringLiteral("fatal")};
    return names;
}

void validateType(const CheckSpec &s, QList<CheckProblem> &out)
{
    switch (s.type) {
    case CheckType::Http: {
        checkHttpUrl(QStringLiteral("url"), s.http.url, out);
        static const QRegularExpression token(QStringLiteral("^[A-Z]+$"));
        if (!token.match(s.http.method).hasMatch())
            out.append(
                {QStringLiteral("method"), QStringLiteral("%1 is not an HTTP method like \"GET\"")
                                               .arg(quotedText(s.http.method))});
        if (s.http.expectStatus.isEmpty())
            out.append(
                {QStringLiteral("expected_status"),
                 QCoreApplication::translate("vigil::CheckValidation", "must not be empty")});
        for (const StatusRange &r : s.http.expectStatus) {
            if (r.from < 100 || r.to > 599 || r.from > r.to)
                out.append(
                    {QStringLiteral("expected_status"),
                     QCoreApplication::translate("vigil::CheckValidation",
                                                 "%1-%2 is not a range of HTTP statuses (100-599)")
                         .arg(r.from)
                         .arg(r.to)});
        }
        if (!s.http.bodyRegex.isEmpty())
            checkRegex(QStringLiteral("body_regex"), s.http.bodyRegex, out);
        if (!s.http.jsonEquals.isEmpty() && s.http.jsonField.isEmpty())
            out.append({QStringLiteral("json_field"),
                        QCoreApplication::translate("vigil::CheckValidation",
                                                    "required when json_equals is set")});
        if (s.http.certCriticalDays > s.http.certWarningDays)
            out.append({QStringLiteral("cert_critical_days"),
                        QCoreApplication::translate("vigil::CheckValidation",
                                                    "must not be above cert_warning_days (%1)")
                            .arg(s.http.certWarningDays)});
        if (s.http.maxRedirects < 0 || s.http.maxRedirects > CheckLimits::MaxRedirects)
            out.append(
                {QStringLiteral("max_redirects"),
                 QCoreApplication::translate("vigil::CheckValidation", "must be between 0 and %1")
                     .arg(CheckLimits::MaxRedirects)});
        break;
    }
    case CheckType::Tcp:
        if (s.tcp.host.trimmed().isEmpty())
            out.append({QStringLiteral("host"),
                        QCoreApplication::translate("vigil::CheckValidation", "required")});
        if (s.tcp.port < 1 || s.tcp.port > 65535)
            out.append({QStringLiteral("port"),
                        QCoreApplication::translate("vigil::CheckValidation",
                                                    "must be between 1 and 65535")});
        break;
    case CheckType::Dns:
        if (s.dns.name.trimmed().isEmpty())
            out.append({QStringLiteral("query"),
                        QCoreApplication::translate("vigil::CheckValidation", "required")});
        if (!s.dns.server.isEmpty() && QHostAddress(s.dns.server).isNull())
            out.append(
                {QStringLiteral("server"),
                 QCoreApplication::translate("vigil::CheckValidation", "%1 is not an IP address")
                     .arg(quotedText(s.dns.server))});
        if (!s.dns.expectAddress.isEmpty() && QHostAddress(s.dns.expectAddress).isNull())
            out.append(
                {QStringLiteral("expect_address"),
                 QCoreApplication::translate("vigil::CheckValidation", "%1 is not an IP address")
                     .arg(quotedText(s.dns.expectAddress))});
        break;
    case CheckType::Process:
        if (s.process.name.isEmpty() && s.process.cmdlineRegex.isEmpty())
            out.append({QStringLiteral("process"),
                        QCoreApplication::translate("vigil::CheckValidation",
                                                    "give a process name or a cmdline pattern")});
        if (!s.process.cmdlineRegex.isEmpty())
            checkRegex(QStringLiteral("cmdline"), s.process.cmdlineRegex, out);
        if (s.process.minCount < 0)
            out.append(
                {QStringLiteral("min_count"),
                 QCoreApplication::translate("vigil::CheckValidation", "must not be negative")});
        if (s.process.maxCount >= 0 && s.process.maxCount < s.process.minCount)
            out.append({QStringLiteral("max_count"),
                        QCoreApplication::translate("vigil::CheckValidation",
                                                    "must not be below min_count (%1)")
                            .arg(s.process.minCount)});
        break;
    case CheckType::File:
        if (!isAbsolutePath(s.file.path))
            out.append(
                {QStringLiteral("path"), QCoreApplication::translate("vigil::CheckValidation",
                                                                     "must be an absolute path")});
        break;
    case CheckType::Log:
        if (!isAbsolutePath(s.log.path))
            out.append(
                {QStringLiteral("path"), QCoreApplication::translate("vigil::CheckValidation",
                                                                     "must be an absolute path")});
        if (s.log.pattern.isEmpty() && s.log.minLevel.isEmpty())
            out.append(
                {QStringLiteral("pattern"),
                 QCoreApplication::translate("vigil::CheckValidation",
                                             "give a pattern or a min_level for JSON lines")});
        if (!s.log.pattern.isEmpty())
            checkRegex(QStringLiteral("pattern"), s.log.pattern, out);
        if (!s.log.minLevel.isEmpty() && !levels().contains(s.log.minLevel.toLower()))
            out.append({QStringLiteral("min_level"),
                        QCoreApplication::translate("vigil::CheckValidation", "%1 is not one of %2")
                            .arg(quotedText(s.log.minLevel), levels().join(QLatin1String(", ")))});
        if (s.log.maxPerMinute < 0)
            out.append(
                {QStringLiteral("max_per_minute"),
                 QCoreApplication::translate("vigil::CheckValidation", "must not be negative")});
        break;
    case CheckType::Prometheus:
        checkHttpUrl(QStringLiteral("url"), s.prometheus.url, out);
        for (const QString &p : s.prometheus.allow)
            checkRegex(QStringLiteral("allow"), p, out);
        for (const QString &p : s.prometheus.deny)
            checkRegex(QStringLiteral("deny"), p, out);
        if (s.prometheus.maxSeries < 1 || s.prometheus.maxSeries > CheckLimits::MaxSeries)
            out.append(
                {QStringLiteral("max_series"),
                 QCoreApplication::translate("vigil::CheckValidation", "must be between 1 and %1")
                     .arg(CheckLimits::MaxSeries)});
        break;
    }
}

} // namespace

QList<CheckProblem> validateCheck(const CheckSpec &s)
{
    QList<CheckProblem> out;
    if (s.name.trimmed().isEmpty()) {
        out.append({QStringLiteral("name"),
                    QCoreApplication::translate("vigil::CheckValidation", "required")});
    } else if (s.name.size() > CheckLimits::MaxNameLength) {
        out.append({QStringLiteral("name"), QCoreApplication::translate("vigil::CheckValidation",
                                                                        "longer than %1 characters")
                                                .arg(CheckLimits::MaxNameLength)});
    } else if (std::any_of(s.name.cbegin(), s.name.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; })) {
        out.append(
            {QStringLiteral("name"),
             QCoreApplication::translate("vigil::CheckValidation", "contains control characters")});
    }
    if (s.intervalMs < CheckLimits::MinIntervalMs || s.intervalMs > CheckLimits::MaxIntervalMs)
        out.append(
            {QStringLiteral("interval"),
             QCoreApplication::translate("vigil::CheckValidation", "must be between 1s and 24h")});
    if (s.timeoutMs < CheckLimits::MinTimeoutMs || s.timeoutMs > CheckLimits::MaxTimeoutMs)
        out.append({QStringLiteral("timeout"),
                    QCoreApplication::translate("vigil::CheckValidation",
                                                "must be between 100ms and 5m")});
    if (s.retries < 0 || s.retries > CheckLimits::MaxRetries)
        out.append(
            {QStringLiteral("retries"),
             QCoreApplication::translate("vigil::CheckValidation", "must be between 0 and %1")
                 .arg(CheckLimits::MaxRetries)});
    if (s.backoffBaseMs < 0)
        out.append({QStringLiteral("backoff_base"),
                    QCoreApplication::translate("vigil::CheckValidation", "must not be negative")});
    if (s.backoffCapMs < s.backoffBaseMs)
        out.append({QStringLiteral("backoff_cap"),
                    QCoreApplication::translate("vigil::CheckValidation",
                                                "must not be below backoff_base")});
    if (s.recoverAfter < 1 || s.recoverAfter > CheckLimits::MaxRecoverAfter)
        out.append(
            {QStringLiteral("recover_after"),
             QCoreApplication::translate("vigil::CheckValidation", "must be between 1 and %1")
                 .arg(CheckLimits::MaxRecoverAfter)});
    validateType(s, out);
    return out;
}

} // namespace vigil
