#include "MetricsRenderer.h"

#include "export/ExportState.h"
#include "export/Exposition.h"
#include "series/SeriesRegistry.h"

#include <QHash>

namespace vigil {

namespace {

using Type = Exposition::Type;

// A system series exported under node_exporter's name. Help texts are node_exporter 1.5's.
struct NodeName
{
    const char *vigil;
    const char *node;
    Type type;
    const char *help;
    const char *renameFrom; // Vigil's label that node_exporter calls renameTo
    const char *renameTo;
};

constexpr NodeName NodeNames[] = {
    {"cpu_seconds_total", "node_cpu_seconds_total", Type::Counter,
     "Seconds the CPUs spent in each mode.", nullptr, nullptr},
    {"memory_total_bytes", "node_memory_MemTotal_bytes", Type::Gauge,
     "Memory information field MemTotal_bytes.", nullptr, nullptr},
    {"memory_available_bytes", "node_memory_MemAvailable_bytes", Type::Gauge,
     "Memory information field MemAvailable_bytes.", nullptr, nullptr},
    {"swap_total_bytes", "node_memory_SwapTotal_bytes", Type::Gauge,
     "Memory information field SwapTotal_bytes.", nullptr, nullptr},
    {"swap_free_bytes", "node_memory_SwapFree_bytes", Type::Gauge,
     "Memory information field SwapFree_bytes.", nullptr, nullptr},
    {"filesystem_size_bytes", "node_filesystem_size_bytes", Type::Gauge,
     "Filesystem size in bytes.", "mount", "mountpoint"},
    {"filesystem_avail_bytes", "node_filesystem_avail_bytes", Type::Gauge,
     "Filesystem space available to non-root users in bytes.", "mount", "mountpoint"},
    {"disk_read_bytes_total", "node_disk_read_bytes_total", Type::Counter,
     "The total number of bytes read successfully.", nullptr, nullptr},
    {"disk_written_bytes_total", "node_disk_written_bytes_total", Type::Counter,
     "The total number of bytes written successfully.", nullptr, nullptr},
    {"network_receive_bytes_total", "node_network_receive_bytes_total", Type::Counter,
     "Network device statistic receive_bytes.", "interface", "device"},
    {"network_transmit_bytes_total", "node_network_transmit_bytes_total", Type::Counter,
     "Network device statistic transmit_bytes.", "interface", "device"},
    {"load1", "node_load1", Type::Gauge, "1m load average.", nullptr, nullptr},
    {"load5", "node_load5", Type::Gauge, "5m load average.", nullptr, nullptr},
    {"load15", "node_load15", Type::Gauge, "15m load average.", nullptr, nullptr},
    {"hwmon_temp_celsius", "node_hwmon_temp_celsius", Type::Gauge,
     "Hardware monitor for temperature (input)", nullptr, nullptr},
};

const QHash<QString, const NodeName *> &nodeNames()
{
    static const QHash<QString, const NodeName *> table = [] {
        QHash<QString, const NodeName *> t;
        for (const NodeName &n : NodeNames)
            t.insert(QString::fromLatin1(n.vigil), &n);
        return t;
    }();
    return table;
}

Type typeOf(const QString &name)
{
    return name.endsWith(u"_total") ? Type::Counter : Type::Gauge;
}

QString helpOf(const SeriesRegistry &registry, const QString &name)
{
    const QString help = registry.info(name).help;
    return help.isEmpty() ? QStringLiteral("Vigil series %1.").arg(name) : help + u'.';
}

// Vigil series whose plain vigil_ name would break Prometheus' naming rules: a gauge ending in
// _total, a unit that is not a base unit. scale converts the value; 0 leaves the series out
// (check_log_matches_total already gives rate()).
struct VigilName
{
    const char *vigil;
    const char *exported;
    double scale;
    const char *help;
};
constexpr VigilName VigilNames[] = {
    {"processes_total", "vigil_processes", 1, "Processes (thread groups) in /proc."},
    {"check_cert_expiry_days", "vigil_check_cert_expiry_seconds", 86400,
     "Time until the TLS certificate expires."},
    {"check_log_matches_per_minute", nullptr, 0, nullptr},
};

// Adds one Vigil series under vigil_<name> (or its replacement above).
void addVigil(Exposition &out, const SeriesRegistry &registry, const SeriesId &id,
              const Labels &labels, double value)
{
    for (const VigilName &v : VigilNames) {
        if (id.name() != QLatin1String(v.vigil))
            continue;
        if (v.scale != 0) {
            const QString name = QString::fromLatin1(v.exported);
            out.add(name, typeOf(name), QString::fromLatin1(v.help), labels, value * v.scale);
        }
        return;
    }
    const QString name = u"vigil_" + id.name();
    out.add(name, typeOf(name), helpOf(registry, id.name()), labels, value);
}

void addSystem(Exposition &out, const SampleBatch &batch, const SeriesRegistry &registry)
{
    const auto &table = nodeNames();
    for (const SeriesSample &s : batch.samples) {
        const NodeName *node = table.value(s.id.name());
        if (!node) {
            addVigil(out, registry, s.id, s.id.labels(), s.value);
            continue;
        }
        Labels labels = s.id.labels();
        if (node->renameFrom) {
            for (Label &l : labels) {
                if (l.first == QLatin1String(node->renameFrom))
                    l.first = QString::fromLatin1(node->renameTo);
            }
        }
        out.add(QString::fromLatin1(node->node), node->type, QString::fromLatin1(node->help),
                labels, s.value);
    }
}

void addChecks(Exposition &out, const ExportState &state, const SeriesRegistry &registry)
{
    QHash<QString, QString> kinds;
    for (const CheckState &c : state.checks)
        kinds.insert(c.spec.name, checkTypeName(c.spec.type));
    for (auto it = state.checkBatches.begin(); it != state.checkBatches.end(); ++it) {
        int scraped = 0;
        for (const SeriesSample &s : it.value().samples) {
            if (!s.id.name().startsWith(u"check_")) {
                ++scraped; // a scraped target's own series: scrape the target for those
                continue;
            }
            addVigil(out, registry, s.id,
                     s.id.withLabel(QStringLiteral("kind"), kinds.value(it.key())).labels(),
                     s.value);
        }
        if (kinds.value(it.key()) == u"prometheus")
            out.add(QStringLiteral("vigil_check_scraped_samples"), Type::Gauge,
                    QStringLiteral("Samples Vigil kept from the target's last scrape."),
                    {{QStringLiteral("check"), it.key()}}, scraped);
    }
}

void addAlerts(Exposition &out, const QList<Alert> &alerts)
{
    for (const Alert &a : alerts) {
        if (a.state == AlertState::Inactive)
            continue;
        Labels labels;
        for (const Label &l : a.labels) {
            if (l.first != u"alertstate" && l.first != u"severity")
                labels.append(l);
        }
        labels.append({QStringLiteral("severity"), severityName(a.severity)});
        out.add(QStringLiteral("ALERTS_FOR_STATE"), Type::Gauge,
                QStringLiteral("Unix time at which each pending or firing alert became active."),
                labels, double(a.activeSinceMs) / 1000.0);
        labels.append({QStringLiteral("alertstate"), alertStateName(a.state)});
        out.add(QStringLiteral("ALERTS"), Type::Gauge,
                QStringLiteral("Pending and firing alerts, one series per alert, value 1."), labels,
                1);
    }
}

void addInternals(Exposition &out, const ExportState &state, qint64 nowMs)
{
    out.add(QStringLiteral("vigil_collector_up"), Type::Gauge,
            QStringLiteral("1 when the collector produced a sample within 3 sampling intervals, "
                           "else 0 (the system series are then stale)."),
            {}, state.notReadyReason(nowMs).isEmpty() ? 1 : 0);
    out.add(QStringLiteral("vigil_collector_interval_seconds"), Type::Gauge,
            QStringLiteral("Configured sampling interval."), {}, double(state.intervalMs) / 1000);
    if (state.system.timeMs > 0)
        out.add(QStringLiteral("vigil_collector_last_sample_timestamp_seconds"), Type::Gauge,
                QStringLiteral("Unix time of the latest system sample."), {},
                double(state.system.timeMs) / 1000.0);
    if (state.collectSeconds)
        out.add(QStringLiteral("vigil_collector_duration_seconds"), Type::Gauge,
                QStringLiteral("Time the latest collection of the system series took."), {},
                *state.collectSeconds);
#ifdef VIGIL_VERSION
    out.add(QStringLiteral("vigil_build_info"), Type::Gauge,
            QStringLiteral("Always 1; the version label says which Vigil serves this."),
            {{QStringLiteral("version"), QStringLiteral(VIGIL_VERSION)}}, 1);
#endif
    if (state.outboxPending)
        out.add(QStringLiteral("vigil_outbox_pending_items"), Type::Gauge,
                QStringLiteral("Notifications waiting in the outbox for delivery."), {},
                *state.outboxPending);
}

} // namespace

QByteArray renderMetrics(const ExportState &state, const SeriesRegistry &registry, qint64 nowMs)
{
    Exposition out;
    addSystem(out, state.system, registry);
    addChecks(out, state, registry);
    addAlerts(out, state.alerts);
    addInternals(out, state, nowMs);
    return out.render();
}

} // namespace vigil
