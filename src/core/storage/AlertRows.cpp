#include "AlertRows.h"

#include "storage/AlertRecords.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace vigil::rows {

namespace {

QString columnList(std::initializer_list<const char *> columns)
{
    QStringList names;
    for (const char *c : columns)
        names.append(QLatin1String(c));
    return names.join(QLatin1Char(','));
}

// OR REPLACE: a duplicate key in a snapshot must not make every later write fail (last wins).
QString insertSql(const char *table, const QString &columns)
{
    const qsizetype n = columns.count(QLatin1Char(',')) + 1;
    QStringList marks(n, QStringLiteral("?"));
    return QLatin1String("INSERT OR REPLACE INTO ") + QLatin1String(table) + QLatin1String(" (") +
           columns + QLatin1String(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

const QString &eventColumns()
{
    static const QString c =
        columnList({"id", "time_ms", "kind", "fingerprint", "rule", "labels", "from_state",
                    "to_state", "from_severity", "to_severity", "value", "threshold",
                    "firing_since_ms", "summary", "runbook", "notify", "silenced_by"});
    return c;
}

const QString &alertColumns()
{
    static const QString c =
        columnList({"fingerprint", "rule", "labels", "series", "state", "severity", "value",
                    "threshold", "active_since_ms", "firing_since_ms", "last_sample_ms",
                    "last_notified_ms", "notified_firing", "stale", "acknowledged", "silenced_by",
                    "summary", "description", "runbook"});
    return c;
}

const QString &silenceColumns()
{
    static const QString c =
        columnList({"id", "matchers", "starts_at_ms", "ends_at_ms", "comment", "created_by"});
    return c;
}

// Binds positional values in column order.
class Binder
{
public:
    explicit Binder(QSqlQuery &query)
        : m_query(query)
    {}
    Binder &operator<<(const QString &s)
    {
        // A null QString binds as SQL NULL; the text columns are NOT NULL.
        return bind(s.isNull() ? QString(QLatin1String("")) : s);
    }
    Binder &operator<<(qint64 v) { return bind(QVariant(static_cast<qlonglong>(v))); }
    Binder &operator<<(bool v) { return bind(QVariant(v ? 1 : 0)); }
    Binder &operator<<(double v)
    {
        // SQLite turns NaN into NULL anyway; say so explicitly and read NULL back as NaN.
        return bind(std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v));
    }

private:
    Binder &bind(const QVariant &v)
    {
        m_query.bindValue(m_index++, v);
        return *this;
    }
    QSqlQuery &m_query;
    int m_index = 0;
};

// Reads columns in order.
class Reader
{
public:
    explicit Reader(const QSqlQuery &query)
        : m_query(query)
    {}
    QString text() { return m_query.value(m_index++).toString(); }
    qint64 integer() { return m_query.value(m_index++).toLongLong(); }
    bool flag() { return m_query.value(m_index++).toLongLong() != 0; }
    double real()
    {
        const int i = m_index++;
        return m_query.isNull(i) ? std::numeric_limits<double>::quiet_NaN()
                                 : m_query.value(i).toDouble();
    }

private:
    const QSqlQuery &m_query;
    int m_index = 0;
};

} // namespace

QString insertEventSql()
{
    return insertSql("events", eventColumns() + QLatin1String(",search"));
}

QString selectEventsSql()
{
    return QLatin1String("SELECT ") + eventColumns() + QLatin1String(" FROM events");
}

void bindEvent(QSqlQuery &query, const AlertEvent &e)
{
    Binder(query) << e.id << e.timeMs << records::eventKindCode(e.kind) << e.fingerprint << e.rule
                  << records::labelsToJson(e.labels) << records::stateCode(e.fromState)
                  << records::stateCode(e.toState) << records::severityCode(e.fromSeverity)
                  << records::severityCode(e.toSeverity) << e.value << e.threshold
                  << e.firingSinceMs << e.summary << e.runbook << e.notify << e.silencedBy
                  << records::searchText(e);
}

AlertEvent eventFromRow(const QSqlQuery &query)
{
    Reader r(query);
    AlertEvent e;
    e.id = r.integer();
    e.timeMs = r.integer();
    e.kind = records::eventKindFromCode(r.text());
    e.fingerprint = r.text();
    e.rule = r.text();
    e.labels = records::labelsFromJson(r.text());
    e.fromState = records::stateFromCode(r.text());
    e.toState = records::stateFromCode(r.text());
    e.fromSeverity = records::severityFromCode(r.text());
    e.toSeverity = records::severityFromCode(r.text());
    e.value = r.real();
    e.threshold = r.real();
    e.firingSinceMs = r.integer();
    e.summary = r.text();
    e.runbook = r.text();
    e.notify = r.flag();
    e.silencedBy = r.text();
    return e;
}

QString insertAlertSql()
{
    return insertSql("active_alerts", alertColumns());
}

QString selectAlertsSql()
{
    return QLatin1String("SELECT ") + alertColumns() +
           QLatin1String(" FROM active_alerts ORDER BY fingerprint");
}

void bindAlert(QSqlQuery &query, const Alert &a)
{
    Binder(query) << a.fingerprint << a.rule << records::labelsToJson(a.labels)
                  << a.series.toString() << records::stateCode(a.state)
                  << records::severityCode(a.severity) << a.value << a.threshold << a.activeSinceMs
                  << a.firingSinceMs << a.lastSampleMs << a.lastNotifiedMs << a.notifiedFiring
                  << a.stale << a.acknowledged << a.silencedBy << a.summary << a.description
                  << a.runbook;
}

Alert alertFromRow(const QSqlQuery &query)
{
    Reader r(query);
    Alert a;
    a.fingerprint = r.text();
    a.rule = r.text();
    a.labels = records::labelsFromJson(r.text());
    const QString series = r.text();
    if (!series.isEmpty())
        a.series = SeriesId::parse(series);
    a.state = records::stateFromCode(r.text());
    a.severity = records::severityFromCode(r.text());
    a.value = r.real();
    a.threshold = r.real();
    a.activeSinceMs = r.integer();
    a.firingSinceMs = r.integer();
    a.lastSampleMs = r.integer();
    a.lastNotifiedMs = r.integer();
    a.notifiedFiring = r.flag();
    a.stale = r.flag();
    a.acknowledged = r.flag();
    a.silencedBy = r.text();
    a.summary = r.text();
    a.description = r.text();
    a.runbook = r.text();
    return a;
}

QString insertSilenceSql()
{
    return insertSql("silences", silenceColumns());
}

QString selectSilencesSql()
{
    return QLatin1String("SELECT ") + silenceColumns() + QLatin1String(" FROM silences");
}

void bindSilence(QSqlQuery &query, const Silence &s)
{
    Binder(query) << s.id << records::matchersToJson(s.matchers) << s.startsAtMs << s.endsAtMs
                  << s.comment << s.createdBy;
}

Silence silenceFromRow(const QSqlQuery &query)
{
    Reader r(query);
    Silence s;
    s.id = r.text();
    s.matchers = records::matchersFromJson(r.text());
    s.startsAtMs = r.integer();
    s.endsAtMs = r.integer();
    s.comment = r.text();
    s.createdBy = r.text();
    return s;
}

} // namespace vigil::rows
