#include "MemorySource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>

namespace vigil {

namespace {
enum Key { MemTotal, MemAvailable, SwapTotal, SwapFree, KeyCount };
constexpr const char *KeyNames[KeyCount] = {
    "MemTotal:", "MemAvailable:", "SwapTotal:", "SwapFree:"};
} // namespace

MemorySource::MemorySource(const QString &root)
    : m_meminfo(rootPath(root, "proc/meminfo"))
    , m_totalId(QStringLiteral("memory_total_bytes"))
    , m_availableId(QStringLiteral("memory_available_bytes"))
    , m_usedPercentId(QStringLiteral("memory_used_percent"))
    , m_swapTotalId(QStringLiteral("swap_total_bytes"))
    , m_swapUsedId(QStringLiteral("swap_used_bytes"))
    , m_swapFreeId(QStringLiteral("swap_free_bytes"))
    , m_swapUsedPercentId(QStringLiteral("swap_used_percent"))
{}

void MemorySource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    Q_UNUSED(monotonicNs)
    if (!m_meminfo.read()) {
        if (firstTime(QStringLiteral("read")))
            qCWarning(lcCollector).noquote() << "memory: cannot read" << m_meminfo.errorString();
        return;
    }

    quint64 value[KeyCount] = {};
    bool found[KeyCount] = {};
    int remaining = KeyCount;
    proc::LineReader lines(m_meminfo.contents());
    QByteArrayView line;
    while (remaining > 0 && lines.next(line)) {
        // "MemTotal:       24684096 kB"
        proc::FieldReader fields(line);
        QByteArrayView key, number, unit;
        if (!fields.next(key) || !fields.next(number))
            continue;
        for (int k = 0; k < KeyCount; ++k) {
            if (found[k] || key != KeyNames[k])
                continue;
            quint64 kib = 0;
            // Every field we read is in kB; a line without the unit is malformed.
            if (proc::parseUInt(number, kib) && fields.next(unit) && unit == "kB") {
                value[k] = kib * 1024;
                found[k] = true;
                --remaining;
            }
            break;
        }
    }

    for (int k = 0; k < KeyCount; ++k) {
        if (!found[k] && firstTime(QLatin1String(KeyNames[k])))
            qCWarning(lcCollector).noquote() << "memory: no" << QLatin1String(KeyNames[k])
                                             << "line in" << QFile::decodeName(m_meminfo.path());
    }

    if (found[MemTotal])
        out.append({m_totalId, double(value[MemTotal])});
    if (found[MemAvailable])
        out.append({m_availableId, double(value[MemAvailable])});
    if (found[MemTotal] && found[MemAvailable] && value[MemTotal] > 0) {
        const double used = double(value[MemTotal]) - double(value[MemAvailable]);
        out.append({m_usedPercentId, 100.0 * used / double(value[MemTotal])});
    }
    if (found[SwapTotal] && found[SwapFree]) {
        // No swap configured: SwapTotal 0 reads as 0 bytes used, 0 %.
        const quint64 used =
            value[SwapTotal] > value[SwapFree] ? value[SwapTotal] - value[SwapFree] : 0;
        out.append({m_swapTotalId, double(value[SwapTotal])});
        out.append({m_swapUsedId, double(used)});
        out.append({m_swapFreeId, double(value[SwapFree])});
        out.append({m_swapUsedPercentId,
                    value[SwapTotal] > 0 ? 100.0 * double(used) / double(value[SwapTotal]) : 0.0});
    }
}

} // namespace vigil
