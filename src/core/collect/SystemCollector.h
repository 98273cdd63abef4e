#pragma once

#include "CollectorOptions.h"
#include "CollectorSource.h"
#include "ProcessTypes.h"
#include "series/Sample.h"

#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace vigil {

class Clock;
class ProcessTable;

// Samples the machine on a drift-free schedule. Lives on its own thread (Engine moves it there);
// emits one SampleBatch per tick through a queued connection. All I/O happens in this thread.
class SystemCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemCollector)

public:
    explicit SystemCollector(const CollectorOptions &options, const Clock &clock,
                             QObject *parent = nullptr);
    // For tests and benchmarks: sources built elsewhere (e.g. on a fixture tree).
    SystemCollector(std::vector<std::unique_ptr<CollectorSource>> sources, const Clock &clock,
                    QObject *parent = nullptr);
    ~SystemCollector() override;

    // Reads every source once, synchronously, in the calling thread. Used by the tick and by
    // one-shot callers (--report, benchmarks) that own the collector in their own thread.
    SampleBatch collectNow();
    // Duration of the last collectNow(), in microseconds (an internal health figure).
    qint64 lastCollectMicros() const { return m_lastCollectMicros; }
    // Milliseconds from nowMs to the next multiple of intervalMs (never 0).
    static qint64 delayUntilNextTick(qint64 nowMs, qint64 intervalMs);

public Q_SLOTS:
    // Starts ticking every intervalMs, aligned to multiples of the interval on the wall clock
    // so samples from separate runs line up. Must be called in the collector's thread.
    void start(qint64 intervalMs);
    void stop();
    // Processes view: while wanted, the process table is read every max(interval, 1 s) and
    // each snapshot emitted as processesReady; unwanted, nothing is read and the counters are
    // dropped. Does nothing when the process table is disabled.
    void setProcessesWanted(bool wanted);
    // Sends a signal to a process the user chose (see ProcessTable::sendSignal); the answer
    // comes as processSignalSent with 0 or the errno.
    void signalProcess(quint64 requestId, qint64 pid, quint64 startTicks, int signal);

Q_SIGNALS:
    void batchReady(const vigil::SampleBatch &batch);
    // After each tick's batch: how long collectNow() took, in microseconds.
    void collectDurationMeasured(qint64 micros);
    void processesReady(const vigil::ProcessSnapshot &snapshot);
    void processSignalSent(quint64 requestId, qint64 pid, int signal, int error);

private:
    void scheduleNext();
    void onTick();
    void sampleProcesses();
    void restartProcessTimer();

    std::vector<std::unique_ptr<CollectorSource>> m_sources;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    qint64 m_intervalMs = 1000;
    qint64 m_lastCollectMicros = 0;
    std::unique_ptr<ProcessTable> m_processes; // null when disabled
    QTimer *m_processTimer = nullptr;
    bool m_processesWanted = false;
};

} // namespace vigil
