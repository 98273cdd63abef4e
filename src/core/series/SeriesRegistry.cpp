#include "SeriesRegistry.h"

namespace vigil {

SeriesRegistry SeriesRegistry::withSystemSeries()
{
    struct Entry
    {
        const char *name;
        Unit unit;
        const char *help;
    };
    static const Entry entries[] = {
        {"cpu_usage_percent", Unit::Percent,
         "Busy share of the interval (all but idle and iowait)"},
        {"cpu_iowait_percent", Unit::Percent, "Share of the interval spent waiting for I/O"},
        {"memory_total_bytes", Unit::Bytes, "Installed memory usable by the kernel (MemTotal)"},
        {"memory_available_bytes", Unit::Bytes, "Memory available for new work (MemAvailable)"},
        {"memory_used_percent", Unit::Percent, "100 x (total - available) / total"},
        {"swap_total_bytes", Unit::Bytes, "Swap space (SwapTotal)"},
        {"swap_used_bytes", Unit::Bytes, "SwapTotal - SwapFree"},
        {"swap_used_percent", Unit::Percent, "100 x used / total; 0 without swap"},
        {"filesystem_size_bytes", Unit::Bytes, "Filesystem size"},
        {"filesystem_avail_bytes", Unit::Bytes, "Space available to unprivileged users"},
        {"filesystem_used_percent", Unit::Percent, "used / (used + avail), as df computes it"},
        {"disk_read_bytes_per_second", Unit::BytesPerSecond, "Bytes read from the disk per second"},
        {"disk_write_bytes_per_second", Unit::BytesPerSecond,
         "Bytes written to the disk per second"},
        {"disk_busy_percent", Unit::Percent, "Share of the interval the disk had I/O in flight"},
        {"network_receive_bytes_per_second", Unit::BytesPerSecond, "Bytes received per second"},
        {"network_transmit_bytes_per_second", Unit::BytesPerSecond, "Bytes sent per second"},
        {"load1", Unit::None, "Load average over 1 minute"},
        {"load5", Unit::None, "Load average over 5 minutes"},
        {"load15", Unit::None, "Load average over 15 minutes"},
        {"uptime_seconds", Unit::Seconds, "Time since boot"},
        {"processes_running", Unit::Count, "Runnable tasks (procs_running)"},
        {"processes_total", Unit::Count, "Processes (entries in /proc)"},
        {"temperature_celsius", Unit::Celsius, "Sensor temperature"},
        // Service checks (docs/checks.md).
        {"check_up", Unit::None, "1 while the check is healthy or degraded, 0 when unhealthy"},
        {"check_status", Unit::None, "0 healthy, 1 degraded, 2 unhealthy"},
        {"check_latency_seconds", Unit::Seconds, "Duration of the check's last attempt"},
        {"check_cert_expiry_days", Unit::None, "Days until the TLS certificate expires"},
        {"check_file_age_seconds", Unit::Seconds, "Time since the file was modified"},
        {"check_file_size_bytes", Unit::Bytes, "Size of the file"},
        {"check_process_count", Unit::Count, "Processes matching the check"},
        {"check_process_cpu_percent", Unit::Percent,
         "CPU use of the matching processes (100 = one core)"},
        {"check_process_resident_bytes", Unit::Bytes, "Resident memory of the matching processes"},
        {"check_log_matches_per_minute", Unit::None, "Matching log lines per minute"},
        {"check_log_matches_total", Unit::Count, "Matching log lines since the check started"},
    };
    // Raw kernel values kept for /metrics (node_exporter's names there, docs/prometheus.md).
    static const Entry counters[] = {
        {"cpu_seconds_total", Unit::Seconds, "Time each CPU spent in each mode"},
        {"disk_read_bytes_total", Unit::Bytes, "Bytes read from the disk since boot"},
        {"disk_written_bytes_total", Unit::Bytes, "Bytes written to the disk since boot"},
        {"network_receive_bytes_total", Unit::Bytes, "Bytes received since boot"},
        {"network_transmit_bytes_total", Unit::Bytes, "Bytes sent since boot"},
    };
    SeriesRegistry r;
    for (const Entry &e : entries)
        r.add(QString::fromLatin1(e.name),
              {e.unit, SeriesKind::Gauge, QString::fromLatin1(e.help)});
    for (const Entry &e : counters)
        r.add(QString::fromLatin1(e.name),
              {e.unit, SeriesKind::Counter, QString::fromLatin1(e.help)});
    r.add(QStringLiteral("swap_free_bytes"),
          {Unit::Bytes, SeriesKind::Gauge, QStringLiteral("Unused swap space (SwapFree)")});
    r.add(QStringLiteral("hwmon_temp_celsius"),
          {Unit::Celsius, SeriesKind::Gauge,
           QStringLiteral("Temperature of an hwmon sensor, labelled as node_exporter does")});
    return r;
}

} // namespace vigil
