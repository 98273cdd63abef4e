#include "CpuSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <algorithm>
#include <unistd.h>

namespace vigil {

namespace {
enum Mode { User, Nice, System, Idle, IoWait, Irq, SoftIrq, Steal };
// node_exporter's mode names, in /proc/stat's column order.
constexpr const char *ModeNames[] = {"user",   "nice", "system",  "idle",
                                     "iowait", "irq",  "softirq", "steal"};

double userHz()
{
    const long hz = ::sysconf(_SC_CLK_TCK);
    return hz > 0 ? double(hz) : 100.0;
}
} // namespace

CpuSource::CpuSource(const QString &root)
    : m_stat(rootPath(root, "proc/stat"))
    , m_ticksPerSecond(userHz())
{}

void CpuSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    Q_UNUSED(monotonicNs) // jiffy shares need no wall time: both deltas share the same interval
    if (!m_stat.read()) {
        if (firstTime(QStringLiteral("read")))
            qCWarning(lcCollector).noquote() << "cpu: cannot read" << m_stat.errorString();
        m_cpus.clear();
        return;
    }

    m_cpus.beginRead();
    proc::LineReader lines(m_stat.contents());
    QByteArrayView line;
    while (lines.next(line)) {
        // The cpu lines come first; everything after them (intr, ctxt, ...) is not ours.
        if (!line.startsWith("cpu"))
            break;
        proc::FieldReader fields(line);
        QByteArrayView label;
        fields.next(label);
        const QByteArrayView number = label.sliced(3);
        if (!number.isEmpty() && !proc::isAllDigits(number))
            continue;
        CpuState current;
        const int parsed = proc::parseUInts(fields, current.ticks.data(), Modes);
        if (parsed < 4) // user nice system idle at least; older kernels stop before steal
            continue;

        bool created = false;
        auto &entry = m_cpus.lookup(label, &created);
        CpuState &state = entry.state;
        if (created) {
            const QString cpu =
                number.isEmpty() ? QStringLiteral("total") : QString::fromLatin1(number);
            state.usageId =
                SeriesId(QStringLiteral("cpu_usage_percent"), {{QStringLiteral("cpu"), cpu}});
            if (number.isEmpty())
                state.iowaitId =
                    SeriesId(QStringLiteral("cpu_iowait_percent"), {{QStringLiteral("cpu"), cpu}});
            else
                for (int m = 0; m < Modes; ++m)
                    state.secondsIds[size_t(m)] =
                        SeriesId(QStringLiteral("cpu_seconds_total"),
                                 {{QStringLiteral("cpu"), cpu},
                                  {QStringLiteral("mode"), QString::fromLatin1(ModeNames[m])}});
        }
        appendSeconds(state, current, parsed, m_ticksPerSecond, out);
        if (state.valid)
            computeSamples(state, current, out);
        state.ticks = current.ticks;
        state.valid = true;
    }
    m_cpus.sweep();
}

void CpuSource::appendSeconds(const CpuState &state, const CpuState &current, int parsed,
                              double ticksPerSecond, QList<SeriesSample> &out)
{
    if (!state.secondsIds[0].isValid())
        return; // the aggregate line: node_exporter has no such series, sum() gives it
    for (int m = 0; m < parsed && m < Modes; ++m)
        out.append(
            {state.secondsIds[size_t(m)], double(current.ticks[size_t(m)]) / ticksPerSecond});
}

void CpuSource::computeSamples(const CpuState &previous, const CpuState &current,
                               QList<SeriesSample> &out)
{
    std::array<quint64, Modes> delta = {};
    for (int i = 0; i < Modes; ++i) {
        // A counter going backwards (hot-plugged CPU, the documented iowait quirk): skip the
        // interval rather than emit a nonsense share.
        if (!counterDelta(previous.ticks[i], current.ticks[i], delta[i]))
            return;
    }
    quint64 total = 0;
    for (quint64 d : delta)
        total += d;
    if (total == 0) // two reads within one jiffy: nothing to divide
        return;
    const double idle = double(delta[Idle] + delta[IoWait]);
    const double busy = 100.0 * (1.0 - idle / double(total));
    out.append({previous.usageId, std::clamp(busy, 0.0, 100.0)});
    if (previous.iowaitId.isValid())
        out.append({previous.iowaitId, 100.0 * double(delta[IoWait]) / double(total)});
}

} // namespace vigil
