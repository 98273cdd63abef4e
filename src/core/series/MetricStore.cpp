#include "MetricStore.h"

#include <algorithm>
#include <atomic>

namespace vigil {

namespace {
std::atomic<quint64> s_lastGeneration{0};
} // namespace

MetricStore::MetricStore(qsizetype capacityPerSeries)
    : m_capacity(std::max<qsizetype>(capacityPerSeries, 1))
{}

void MetricStore::setCapacityPerSeries(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(capacity, 1);
    for (SampleRing &ring : m_rings)
        ring.setCapacity(m_capacity);
}

void MetricStore::append(const SampleBatch &batch)
{
    for (const SeriesSample &s : batch.samples)
        append(s.id, Sample{batch.timeMs, s.value});
}

void MetricStore::append(const SeriesId &id, const Sample &sample)
{
    auto it = m_index.constFind(id);
    qsizetype idx;
    if (it == m_index.constEnd()) {
        idx = m_rings.size();
        m_rings.append(SampleRing(m_capacity));
        m_index.insert(id, idx);
        m_generation = ++s_lastGeneration;
    } else {
        idx = it.value();
    }
    SampleRing &ring = m_rings[idx];
    if (!ring.isEmpty() && sample.timeMs < ring.last().timeMs)
        return;
    ring.append(sample);
    m_lastTimeMs = std::max(m_lastTimeMs, sample.timeMs);
}

QList<SeriesId> MetricStore::seriesIds() const
{
    QList<SeriesId> ids = m_index.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<SeriesId> MetricStore::seriesNamed(const QString &name) const
{
    QList<SeriesId> ids;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (it.key().name() == name)
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<Sample> MetricStore::latest(const SeriesId &id, qint64 *spacingMs) const
{
    *spacingMs = 0;
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || m_rings[it.value()].isEmpty())
        return std::nullopt;
    const SampleRing &ring = m_rings[it.value()];
    if (ring.size() >= 2)
        *spacingMs = ring.last().timeMs - ring.at(ring.size() - 2).timeMs;
    return ring.last();
}

std::optional<Sample> MetricStore::latest(const SeriesId &id) const
{
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || m_rings[it.value()].isEmpty())
        return std::nullopt;
    return m_rings[it.value()].last();
}

QList<Sample> MetricStore::range(const SeriesId &id, qint64 fromMs, qint64 toMs) const
{
    QList<Sample> out;
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return out;
    const SampleRing &ring = m_rings[it.value()];
    for (qsizetype i = ring.lowerBound(fromMs); i < ring.size() && ring.at(i).timeMs <= toMs; ++i)
        out.append(ring.at(i));
    return out;
}

QList<Sample> MetricStore::decimated(const SeriesId &id, qint64 fromMs, qint64 toMs,
                                     int buckets) const
{
    return decimateMinMax(range(id, fromMs, toMs), fromMs, toMs, buckets);
}

QList<Sample> MetricStore::decimateMinMax(const QList<Sample> &samples, qint64 fromMs, qint64 toMs,
                                          int buckets)
{
    if (buckets <= 0 || samples.size() <= 2 * buckets || toMs <= fromMs)
        return samples;
    QList<Sample> out;
    out.reserve(2 * buckets);
    const double width = double(toMs - fromMs) / buckets;
    qsizetype i = 0;
    while (i < samples.size()) {
        const int bucket = std::clamp(int((samples[i].timeMs - fromMs) / width), 0, buckets - 1);
        qsizetype minIdx = i;
        qsizetype maxIdx = i;
        qsizetype j = i + 1;
        for (; j < samples.size(); ++j) {
            const int b = std::clamp(int((samples[j].timeMs - fromMs) / width), 0, buckets - 1);
            if (b != bucket)
                break;
            if (samples[j].value < samples[minIdx].value)
                minIdx = j;
            if (samples[j].value > samples[maxIdx].value)
                maxIdx = j;
        }
        if (minIdx == maxIdx) {
            out.append(samples[minIdx]);
        } else {
            out.append(samples[std::min(minIdx, maxIdx)]);
            out.append(samples[std::max(minIdx, maxIdx)]);
        }
        i = j;
    }
    return out;
}

} // namespace vigil
