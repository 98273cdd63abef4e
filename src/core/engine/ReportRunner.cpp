#include "ReportRunner.h"

#include "collect/SystemCollector.h"
#include "engine/RuleCheck.h"
#include "util/Clock.h"

#include <QSysInfo>
#include <QThread>

namespace vigil {

Report collectReport(const Config &config, const QString &root, qint64 intervalMs,
                     const Clock &clock)
{
    SystemCollector collector(config.collectorOptions(root), clock);
    const SampleBatch first = collector.collectNow();
    QThread::msleep(static_cast<unsigned long>(std::max<qint64>(intervalMs, 0)));
    SampleBatch second = collector.collectNow();
    // Gauges that vanished between the samples (an unmounted disk) are not reported from the
    // first sample: a report shows one instant.
    Q_UNUSED(first)

    Report report;
    report.timeMs = second.timeMs;
    report.host = QSysInfo::machineHostName();
    report.version = QStringLiteral(VIGIL_VERSION);
    report.intervalMs = intervalMs;
    report.health = evaluateRulesNow(config.rules, second);
    report.batch = std::move(second);
    return report;
}

} // namespace vigil
