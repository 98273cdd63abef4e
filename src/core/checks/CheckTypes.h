#pragma once

#include "series/Sample.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil {

enum class CheckType { Http, Tcp, Dns, Process, File, Log, Prometheus };

// Order matters: the overall status takes the worst of Healthy < Degraded < Unhealthy.
enum class CheckStatus { Unknown, Healthy, Degraded, Pending, Unhealthy };

QString checkTypeName(CheckType type); // "http", ...
std::optional<CheckType> checkTypeFromName(const QString &name);
QString checkStatusName(CheckStatus status); // "healthy", ...

// An inclusive range of HTTP statuses, "200-399" or "204".
struct StatusRange
{
    int from = 200;
    int to = 399;
    friend bool operator==(const StatusRange &a, const StatusRange &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

// One configured check (config key `checks`, docs/checks.md). Only the part for its type is
// used; the others keep their defaults and are not written back.
struct CheckSpec
{
    QString name;
    CheckType type = CheckType::Http;
    bool enabled = true;
    qint64 intervalMs = 60000;
    qint64 timeoutMs = 10000;
    int retries = 2;             // extra attempts before a failing check is unhealthy
    qint64 backoffBaseMs = 1000; // retry n waits a random time in [0, min(cap, base * 2^n)]
    qint64 backoffCapMs = 60000;
    int recoverAfter = 1; // consecutive successes before unhealthy becomes healthy

    struct Http
    {
        QString url;
        QString method = QStringLiteral("GET");
        QList<std::pair<QString, QString>> headers;
        QString body;
        QList<StatusRange> expectStatus = {StatusRange{}};
        QString keyword;              // body must contain it
        QString bodyRegex;            // body must match it
        QString jsonField;            // dotted path, e.g. "status" or "checks.db.status"
        QString jsonEquals;           // the field's value as text must equal this
        bool healthDocument = true;   // map {"status":"healthy|degraded|unhealthy"} bodies
        qint64 degradedLatencyMs = 0; // 0 = off
        int certWarningDays = 14;
        int certCriticalDays = 3;
        int maxRedirects = 5;
        bool verifyTls = true;
        friend bool operator==(const Http &a, const Http &b);
    } http;

    struct Tcp
    {
        QString host;
        int port = 0;
        QString send;   // written after connecting (escapes \r \n \t \\ allowed)
        QString expect; // the reply must contain it
        friend bool operator==(const Tcp &a, const Tcp &b);
    } tcp;

    struct Dns
    {
        QString name;
        QString server;        // a name server's IP address; empty = the system's
        QString expectAddress; // one of the answers must equal it
        friend bool operator==(const Dns &a, const Dns &b);
    } dns;

    struct Process
    {
        QString name;         // /proc/PID/comm or basename of argv[0]
        QString cmdlineRegex; // unanchored, against the space-joined command line
        int minCount = 1;
        int maxCount = -1; // -1 = no maximum
        friend bool operator==(const Process &a, const Process &b);
    } process;

    struct File
    {
        QString path;
        qint64 maxAgeMs = 0;      // 0 = no limit
        qint64 maxSizeBytes = -1; // -1 = no limit
        friend bool operator==(const File &a, const File &b);
    } file;

    struct Log
    {
        QString path;
        QString pattern;         // regex; empty means minLevel
        QString minLevel;        // JSON lines at or above this level
        double maxPerMinute = 0; // > 0: unhealthy above this rate
        friend bool operator==(const Log &a, const Log &b);
    } log;

    struct Prometheus
    {
        QString url;
        QStringList allow; // metric-name regexes (full match); empty = all
        QStringList deny;
        int maxSeries = 2000;
        friend bool operator==(const Prometheus &a, const Prometheus &b);
    } prometheus;

    // What the check points at, for tables and reports: a URL, host:port, path, ...
    QString target() const;

    friend bool operator==(const CheckSpec &a, const CheckSpec &b);
    friend bool operator!=(const CheckSpec &a, const CheckSpec &b) { return !(a == b); }
};

// One attempt of one check.
struct CheckResult
{
    QString check;
    CheckType type = CheckType::Http;
    QString target;
    qint64 timeMs = 0;                                  // when the attempt finished
    CheckStatus attemptStatus = CheckStatus::Unhealthy; // healthy, degraded or unhealthy
    CheckStatus status = CheckStatus::Unknown;          // the check's state after it
    int attempt = 0;                                    // 0 = first try, n = n-th retry
    std::optional<double> latencySeconds;
    std::optional<double> certDaysLeft;
    int httpStatus = 0;
    QString message;
    QString requestId;    // X-Request-ID sent (HTTP)
    QString traceparent;  // W3C traceparent sent (HTTP)
    qint64 nextRunMs = 0; // when the scheduler runs it again
};

// The current state of one check, for views and reports.
struct CheckState
{
    CheckSpec spec;
    CheckStatus status = CheckStatus::Unknown;
    std::optional<CheckResult> last;
    qint64 nextRunMs = 0;
    bool running = false;
    std::optional<double> uptimePercent; // over the last 24 h (or since uptimeSinceMs)
    qint64 uptimeSinceMs = 0;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::CheckResult)
Q_DECLARE_METATYPE(vigil::CheckState)
Q_DECLARE_METATYPE(vigil::CheckSpec)
