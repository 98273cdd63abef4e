#pragma once

#include "CollectorSource.h"
#include "DeviceTable.h"
#include "ExcludeList.h"
#include "ProcFile.h"

#include <optional>

namespace vigil {

// network_{receive,transmit}_bytes_per_second{interface} from /proc/net/dev between two reads,
// and the byte counters themselves as network_{receive,transmit}_bytes_total{interface}.
// The loopback interface "lo" is always left out.
class NetworkSource final : public CollectorSource
{
public:
    explicit NetworkSource(const QString &root, const QStringList &excludeInterfaces = {});

    QString name() const override { return QStringLiteral("network"); }
    void collect(qint64 monotonicNs, QList<SeriesSample> &out) override;

private:
    // receive bytes, receive packets, transmit bytes, transmit packets
    static constexpr int Counters = 4;
    struct InterfaceState
    {
        bool included = false;
        bool valid = false;
        quint64 counters[Counters] = {};
        SeriesId receiveId;
        SeriesId transmitId;
        SeriesId receiveTotalId;
        SeriesId transmitTotalId;
    };

    ProcFile m_netDev;
    ExcludeList m_exclude;
    DeviceTable<InterfaceState> m_interfaces;
    std::optional<qint64> m_previousNs;
};

} // namespace vigil
