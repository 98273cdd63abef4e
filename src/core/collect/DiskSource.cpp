#include "DiskSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>

#include <algorithm>
#include <unistd.h>

namespace vigil {

namespace {
constexpr double SectorBytes = 512.0; // diskstats counts 512-byte sectors on every device
enum Counter { ReadsCompleted, SectorsRead, WritesCompleted, SectorsWritten, IoTicks };
} // namespace

DiskSource::DiskSource(const QString &root, const QStringList &excludeDisks)
    : m_diskstats(rootPath(root, "proc/diskstats"))
    , m_sysBlock(rootPath(root, "sys/block"))
    , m_exclude(excludeDisks, "excludeDisks")
    // Devices that are never disks of their own; /sys/block lists them too.
    , m_virtualPattern(QStringLiteral("^(ram|loop|fd|zram)\\d+$"))
    // node_exporter's whole-disk rule, for when /sys/block cannot be read.
    , m_partitionPattern(QStringLiteral("^((h|s|v|xv)d[a-z]+|nvme\\d+n\\d+p|mmcblk\\d+p)\\d+$"))
{}

bool DiskSource::isWholeDisk(const QString &device) const
{
    if (m_virtualPattern.match(device).hasMatch())
        return false;
    if (::access(m_sysBlock.constData(), R_OK | X_OK) == 0) {
        // /sys/block holds whole disks only; sysfs writes '/' in a name ("cciss/c0d0") as '!'.
        const QByteArray path = m_sysBlock + '/' + QFile::encodeName(device).replace('/', '!');
        return ::access(path.constData(), F_OK) == 0;
    }
    return !m_partitionPattern.match(device).hasMatch();
}

void DiskSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    if (!m_diskstats.read()) {
        if (firstTime(QStringLiteral("read")))
            qCWarning(lcCollector).noquote() << "disk: cannot read" << m_diskstats.errorString();
        m_disks.clear();
        m_previousNs.reset();
        return;
    }
    const qint64 elapsedNs = m_previousNs ? monotonicNs - *m_previousNs : 0;
    const bool haveInterval = elapsedNs > 0;
    m_previousNs = monotonicNs;

    m_disks.beginRead();
    proc::LineReader lines(m_diskstats.contents());
    QByteArrayView line;
    while (lines.next(line)) {
        // major minor name reads merged sectors ms writes merged sectors ms in_flight io_ms ...
        proc::FieldReader fields(line);
        QByteArrayView major, minor, device;
        if (!fields.next(major) || !fields.next(minor) || !fields.next(device))
            continue;
        quint64 stats[10] = {};
        if (proc::parseUInts(fields, stats, 10) < 10)
            continue;
        const quint64 current[Counters] = {stats[0], stats[2], stats[4], stats[6], stats[9]};

        bool created = false;
        auto &entry = m_disks.lookup(device, &created);
        DiskState &state = entry.state;
        if (created) {
            const QString name = QFile::decodeName(entry.name);
            state.included = isWholeDisk(name) && !m_exclude.matches(name);
            if (state.included) {
                const Labels labels = {{QStringLiteral("device"), name}};
                state.readId = SeriesId(QStringLiteral("disk_read_bytes_per_second"), labels);
                state.writeId = SeriesId(QStringLiteral("disk_write_bytes_per_second"), labels);
                state.busyId = SeriesId(QStringLiteral("disk_busy_percent"), labels);
                state.readTotalId = SeriesId(QStringLiteral("disk_read_bytes_total"), labels);
                state.writtenTotalId = SeriesId(QStringLiteral("disk_written_bytes_total"), labels);
            }
        }
        if (!state.included)
            continue;
        out.append({state.readTotalId, double(current[SectorsRead]) * SectorBytes});
        out.append({state.writtenTotalId, double(current[SectorsWritten]) * SectorBytes});

        quint64 delta[Counters] = {};
        bool monotonic = true;
        for (int i = 0; i < Counters; ++i)
            monotonic = counterDelta(state.counters[i], current[i], delta[i]) && monotonic;
        if (state.valid && haveInterval && monotonic) {
            const double seconds = double(elapsedNs) / 1e9;
            const double elapsedMs = double(elapsedNs) / 1e6;
            out.append({state.readId, double(delta[SectorsRead]) * SectorBytes / seconds});
            out.append({state.writeId, double(delta[SectorsWritten]) * SectorBytes / seconds});
            out.append({state.busyId, std::min(100.0, 100.0 * double(delta[IoTicks]) / elapsedMs)});
        }
        std::copy(std::begin(current), std::end(current), std::begin(state.counters));
        state.valid = true;
    }
    m_disks.sweep();
}

} // namespace vigil
