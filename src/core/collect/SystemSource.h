#pragma once

#include "CollectorSource.h"
#include "ProcFile.h"

namespace vigil {

// load1/5/15 (/proc/loadavg), uptime_seconds (/proc/uptime), processes_running (procs_running of
// /proc/stat) and processes_total (numeric entries of /proc: processes, not threads).
class SystemSource final : public CollectorSource
{
public:
    explicit SystemSource(const QString &root);

    QString name() const override { return QStringLiteral("system"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

private:
    void collectLoad(QList<SeriesSample> &out);
    void collectUptime(QList<SeriesSample> &out);
    void collectRunning(QList<SeriesSample> &out);
    void collectProcessCount(QList<SeriesSample> &out);
    void warnOnce(const char *key, const QString &message);

    ProcFile m_loadavg;
    ProcFile m_uptime;
    ProcFile m_stat;
    QByteArray m_procDir;
    SeriesId m_loadIds[3];
    SeriesId m_uptimeId;
    SeriesId m_runningId;
    SeriesId m_totalId;
};

} // namespace vigil
