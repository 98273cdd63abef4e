#include "NetworkSource.h"

#include "ProcParse.h"
#include "util/Logging.h"

#include <QFile>

#include <algorithm>

namespace vigil {

namespace {
enum Counter { ReceiveBytes, ReceivePackets, TransmitBytes, TransmitPackets };
} // namespace

NetworkSource::NetworkSource(const QString &root, const QStringList &excludeInterfaces)
    : m_netDev(rootPath(root, "proc/net/dev"))
    , m_exclude(excludeInterfaces, "excludeInterfaces")
{}

void NetworkSource::collect(qint64 monotonicNs, QList<SeriesSample> &out)
{
    if (!m_netDev.read()) {
        if (firstTime(QStringLiteral("read")))
            qCWarning(lcCollector).noquote() << "network: cannot read" << m_netDev.errorString();
        m_interfaces.clear();
        m_previousNs.reset();
        return;
    }
    const qint64 elapsedNs = m_previousNs ? monotonicNs - *m_previousNs : 0;
    m_previousNs = monotonicNs;

    m_interfaces.beginRead();
    proc::LineReader lines(m_netDev.contents());
    QByteArrayView line;
    while (lines.next(line)) {
        // "  eth0: 51826672 1310 0 0 0 0 0 0 59005 661 0 0 0 0 0 0"; the two header lines have
        // no colon before their first '|'. Interface names cannot contain ':'.
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView ifname = line.first(colon).trimmed();
        if (ifname.isEmpty() || ifname.contains('|'))
            continue;
        proc::FieldReader fields(line.sliced(colon + 1));
        quint64 stats[10] = {};
        if (proc::parseUInts(fields, stats, 10) < 10)
            continue;
        const quint64 current[Counters] = {stats[0], stats[1], stats[8], stats[9]};

        bool created = false;
        auto &entry = m_interfaces.lookup(ifname, &created);
        InterfaceState &state = entry.state;
        if (created) {
            const QString name = QFile::decodeName(entry.name);
            state.included = name != u"lo" && !m_exclude.matches(name);
            if (state.included) {
                const Labels labels = {{QStringLiteral("interface"), name}};
                state.receiveId =
                    SeriesId(QStringLiteral("network_receive_bytes_per_second"), labels);
                state.transmitId =
                    SeriesId(QStringLiteral("network_transmit_bytes_per_second"), labels);
                state.receiveTotalId =
                    SeriesId(QStringLiteral("network_receive_bytes_total"), labels);
                state.transmitTotalId =
                    SeriesId(QStringLiteral("network_transmit_bytes_total"), labels);
            }
        }
        if (!state.included)
            continue;
        out.append({state.receiveTotalId, double(current[ReceiveBytes])});
        out.append({state.transmitTotalId, double(current[TransmitBytes])});

        // Any counter going backwards means the interface was reset or re-created: the whole
        // interval is unusable (a byte counter alone could have climbed past its old value).
        quint64 delta[Counters] = {};
        bool monotonic = true;
        for (int i = 0; i < Counters; ++i)
            monotonic = counterDelta(state.counters[i], current[i], delta[i]) && monotonic;
        if (state.valid && elapsedNs > 0 && monotonic) {
            const double seconds = double(elapsedNs) / 1e9;
            out.append({state.receiveId, double(delta[ReceiveBytes]) / seconds});
            out.append({state.transmitId, double(delta[TransmitBytes]) / seconds});
        }
        std::copy(std::begin(current), std::end(current), std::begin(state.counters));
        state.valid = true;
    }
    m_interfaces.sweep();
}

} // namespace vigil
