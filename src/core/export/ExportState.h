#pragma once

#include "alerts/AlertTypes.h"
#include "checks/CheckTypes.h"
#include "series/MetricStore.h"
#include "series/Sample.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vigil {

// What the exporter knows, kept in its own thread ("vigil-http") and fed only by value copies
// the Engine publishes (queued signals): requests are answered from here, never from the
// Engine's objects. `history` is the exporter's own copy of the in-memory history (the same
// batches the Engine's MetricStore gets), so /api/v1/series needs no lock and no round trip.
struct ExportState
{
    SampleBatch system;                       // the collector's latest batch
    qint64 systemReceivedMs = 0;              // exporter clock when it arrived; 0 = none yet
    qint64 intervalMs = 1000;                 // sampling.interval
    std::optional<double> collectSeconds;     // duration of the latest collection
    QHash<QString, SampleBatch> checkBatches; // latest batch of each check, by check name
    QList<Alert> alerts;
    QList<CheckState> checks;
    std::optional<int> outboxPending; // none while notifications do not run
    MetricStore history;

    // Applies a check's batch: replaces that check's latest series and feeds the history.
    void applyCheckBatch(const SampleBatch &batch);
    // Drops the batches of checks no longer configured.
    void setChecks(const QList<CheckState> &checks);
    void updateCheck(const CheckState &state);

    // Readiness: a system sample within 3 intervals. Empty when ready, else the reason.
    QString notReadyReason(qint64 nowMs) const;
};

} // namespace vigil
