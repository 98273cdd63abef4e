#include "SampleRing.h"

#include <algorithm>

namespace vigil {

SampleRing::SampleRing(qsizetype capacity)
    : m_buffer(std::max<qsizetype>(capacity, 1))
{}

void SampleRing::append(const Sample &s)
{
    const qsizetype cap = m_buffer.size();
    if (m_size < cap) {
        m_buffer[(m_head + m_size) % cap] = s;
        ++m_size;
    } else {
        m_buffer[m_head] = s;
        m_head = (m_head + 1) % cap;
    }
}

qsizetype SampleRing::lowerBound(qint64 t) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).timeMs < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void SampleRing::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(capacity, 1);
    if (capacity == m_buffer.size())
        return;
    QList<Sample> kept;
    const qsizetype keep = std::min(m_size, capacity);
    kept.reserve(capacity);
    for (qsizetype i = m_size - keep; i < m_size; ++i)
        kept.append(at(i));
    kept.resize(capacity);
    m_buffer = std::move(kept);
    m_head = 0;
    m_size = keep;
}

} // namespace vigil
