#include "Report.h"

#include "series/Unit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <optional>

namespace vigil {

namespace {

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject labelsObject(const SeriesId &id)
{
    QJsonObject o;
    for (const Label &l : id.labels())
        o.insert(l.first, l.second);
    return o;
}

QList<SeriesSample> sortedSamples(const SampleBatch &batch)
{
    QList<SeriesSample> samples = batch.samples;
    std::stable_sort(samples.begin(), samples.end(),
                     [](const SeriesSample &a, const SeriesSample &b) { return a.id < b.id; });
    return samples;
}

} // namespace

QByteArray reportToJson(const Report &report, const SeriesRegistry &registry)
{
    QJsonArray series;
    for (const SeriesSample &s : sortedSamples(report.batch)) {
        if (!std::isfinite(s.value))
            continue; // JSON has no NaN; an absent value is absent
        series.append(
            QJsonObject{{QStringLiteral("name"), s.id.name()},
                        {QStringLiteral("labels"), labelsObject(s.id)},
                        {QStringLiteral("value"), s.value},
                        {QStringLiteral("unit"), unitName(registry.info(s.id.name()).unit)}});
    }
    QJsonArray alerts;
    for (const HealthFinding &f : report.health.findings) {
        alerts.append(QJsonObject{{QStringLiteral("name"), f.check},
                                  {QStringLiteral("series"), f.series.toString()},
                                  {QStringLiteral("labels"), labelsObject(f.series)},
                                  {QStringLiteral("severity"), severityName(f.severity)},
                                  {QStringLiteral("value"), f.value},
                                  {QStringLiteral("threshold"), f.threshold},
                                  {QStringLiteral("summary"), f.summary}});
    }
    QJsonArray checks;
    for (const CheckResult &c : report.checks) {
        checks.append(QJsonObject{
            {QStringLiteral("name"), c.check},
            {QStringLiteral("type"), checkTypeName(c.type)},
            {QStringLiteral("target"), c.target},
            {QStringLiteral("status"), checkStatusName(c.status)},
            {QStringLiteral("latency_seconds"),
             c.latencySeconds ? QJsonValue(*c.latencySeconds) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), c.message}});
    }
    const QJsonObject root{
        {QStringLiteral("timestamp"), rfc3339(report.timeMs)},
        {QStringLiteral("host"), report.host},
        {QStringLiteral("version"), report.version},
        {QStringLiteral("status"), severityName(report.health.status)},
        {QStringLiteral("interval_seconds"), double(report.intervalMs) / 1000.0},
        {QStringLiteral("evaluation"), QStringLiteral("rules, ignoring for")},
        {QStringLiteral("series"), series},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("checks"), checks},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

namespace {

class TextReport
{
public:
    TextReport(const Report &report, const SeriesRegistry &registry)
        : m_report(report)
        , m_registry(registry)
    {}

    std::optional<double> value(const QString &name, const QString &key = {},
                                const QString &labelValue = {}) const
    {
        for (const SeriesSample &s : m_report.batch.samples) {
            if (s.id.name() == name && (key.isEmpty() || s.id.label(key) == labelValue))
                return s.value;
        }
        return std::nullopt;
    }
    QString fmt(const QString &name, const QString &key = {}, const QString &lv = {}) const
    {
        const auto v = value(name, key, lv);
        return v ? formatValue(*v, m_registry.info(name).unit) : QStringLiteral("n/a");
    }
    // Distinct values of one label across the series of one metric, sorted.
    QStringList labelValues(const QString &name, const QString &key) const
    {
        QStringList out;
        for (const SeriesSample &s : m_report.batch.samples) {
            if (s.id.name() == name && !out.contains(s.id.label(key)))
                out.append(s.id.label(key));
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    void row(const QString &label, const QString &text)
    {
        m_out += QStringLiteral("  %1 %2\n").arg(label, -12).arg(text);
    }
    void section(const QString &title) { m_out += u'\n' + title + u'\n'; }

    QString render();

private:
    const Report &m_report;
    const SeriesRegistry &m_registry;
    QString m_out;
};

QString TextReport::render()
{
    const QString status = severityName(m_report.health.status).toUpper();
    m_out += QStringLiteral("Vigil %1 report for %2 at %3\n")
                 .arg(m_report.version, m_report.host, rfc3339(m_report.timeMs));
    m_out += QStringLiteral("Status: %1 (alert rules checked now; `for` durations ignored)\n")
                 .arg(status);

    section(QStringLiteral("System"));
    const QString total = QStringLiteral("total");
    const qsizetype cores =
        labelValues(QStringLiteral("cpu_usage_percent"), QStringLiteral("cpu")).size() - 1;
    row(QStringLiteral("CPU"),
        QStringLiteral("%1 busy, %2 iowait, %3 cores")
            .arg(fmt(QStringLiteral("cpu_usage_percent"), QStringLiteral("cpu"), total),
                 fmt(QStringLiteral("cpu_iowait_percent"), QStringLiteral("cpu"), total))
            .arg(std::max<qsizetype>(cores, 0)));
    row(QStringLiteral("Memory"), QStringLiteral("%1 used, %2 available of %3")
                                      .arg(fmt(QStringLiteral("memory_used_percent")),
                                           fmt(QStringLiteral("memory_available_bytes")),
                                           fmt(QStringLiteral("memory_total_bytes"))));
    row(QStringLiteral("Swap"),
        QStringLiteral("%1 used, %2 of %3")
            .arg(fmt(QStringLiteral("swap_used_percent")), fmt(QStringLiteral("swap_used_bytes")),
                 fmt(QStringLiteral("swap_total_bytes"))));
    row(QStringLiteral("Load"), QStringLiteral("%1 %2 %3 (1, 5, 15 min)")
                                    .arg(fmt(QStringLiteral("load1")), fmt(QStringLiteral("load5")),
                                         fmt(QStringLiteral("load15"))));
    row(QStringLiteral("Processes"),
        QStringLiteral("%1 (%2 running), up %3")
            .arg(fmt(QStringLiteral("processes_total")), fmt(QStringLiteral("processes_running")),
                 fmt(QStringLiteral("uptime_seconds"))));

    section(QStringLiteral("Filesystems"));
    const QStringList mounts =
        labelValues(QStringLiteral("filesystem_used_percent"), QStringLiteral("mount"));
    if (mounts.isEmpty())
        m_out += QStringLiteral("  (none found)\n");
    for (const QString &m : mounts) {
        const QString key = QStringLiteral("mount");
        row(m, QStringLiteral("%1 used, %2 free of %3")
                   .arg(fmt(QStringLiteral("filesystem_used_percent"), key, m), 7)
                   .arg(fmt(QStringLiteral("filesystem_avail_bytes"), key, m),
                        fmt(QStringLiteral("filesystem_size_bytes"), key, m)));
    }

    section(QStringLiteral("Disks"));
    const QStringList disks =
        labelValues(QStringLiteral("disk_busy_percent"), QStringLiteral("device"));
    if (disks.isEmpty())
        m_out += QStringLiteral("  (none found)\n");
    for (const QString &d : disks) {
        const QString key = QStringLiteral("device");
        row(d, QStringLiteral("read %1, write %2, busy %3")
                   .arg(fmt(QStringLiteral("disk_read_bytes_per_second"), key, d),
                        fmt(QStringLiteral("disk_write_bytes_per_second"), key, d),
                        fmt(QStringLiteral("disk_busy_percent"), key, d)));
    }

    section(QStringLiteral("Network"));
    const QStringList ifaces = labelValues(QStringLiteral("network_receive_bytes_per_second"),
                                           QStringLiteral("interface"));
    if (ifaces.isEmpty())
        m_out += QStringLiteral("  (none found)\n");
    for (const QString &i : ifaces) {
        const QString key = QStringLiteral("interface");
        row(i, QStringLiteral("receive %1, transmit %2")
                   .arg(fmt(QStringLiteral("network_receive_bytes_per_second"), key, i),
                        fmt(QStringLiteral("network_transmit_bytes_per_second"), key, i)));
    }

    const QStringList sensors =
        labelValues(QStringLiteral("temperature_celsius"), QStringLiteral("sensor"));
    if (!sensors.isEmpty()) {
        section(QStringLiteral("Temperatures"));
        for (const QString &s : sensors)
            row(s, fmt(QStringLiteral("temperature_celsius"), QStringLiteral("sensor"), s));
    }

    if (!m_report.checks.isEmpty()) {
        section(QStringLiteral("Checks"));
        for (const CheckResult &c : m_report.checks) {
            const QString latency =
                c.latencySeconds
                    ? QStringLiteral(", %1 ms").arg(*c.latencySeconds * 1000, 0, 'f', 0)
                    : QString();
            row(c.check, QStringLiteral("%1 (%2 %3%4) %5")
                             .arg(checkStatusName(c.status), checkTypeName(c.type), c.target,
                                  latency, c.message));
        }
    }

    section(QStringLiteral("Findings"));
    if (m_report.health.findings.isEmpty())
        m_out += m_report.health.status == Severity::Unknown
                     ? QStringLiteral("  No data: nothing could be evaluated.\n")
                     : QStringLiteral("  None: every value is below its warning threshold.\n");
    for (const HealthFinding &f : m_report.health.findings)
        m_out +=
            QStringLiteral("  %1 %2\n").arg(severityName(f.severity).toUpper(), -9).arg(f.summary);
    return m_out;
}

} // namespace

QString reportToText(const Report &report, const SeriesRegistry &registry)
{
    return TextReport(report, registry).render();
}

int reportExitCode(const Report &report)
{
    return int(report.health.status);
}

} // namespace vigil
