#pragma once

#include <QByteArray>

namespace vigil {

struct ExportState;
class SeriesRegistry;

// GET /metrics: the exporter's state as a Prometheus 0.0.4 document (docs/prometheus.md).
//  * system series whose meaning matches node_exporter's exactly under its names, labels and
//    units (node_cpu_seconds_total, node_memory_MemAvailable_bytes, node_load1, ...);
//  * every other system series, every check series and Vigil's internals under vigil_;
//  * pending and firing alerts as ALERTS and ALERTS_FOR_STATE, as Prometheus exports them.
// nowMs decides readiness (vigil_collector_up).
QByteArray renderMetrics(const ExportState &state, const SeriesRegistry &registry, qint64 nowMs);

} // namespace vigil
