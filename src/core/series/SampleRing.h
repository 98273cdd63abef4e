#pragma once

#include "Sample.h"

#include <QList>

namespace vigil {

// Fixed-capacity ring of samples in arrival (time) order; the oldest is overwritten when full.
class SampleRing
{
public:
    explicit SampleRing(qsizetype capacity = 3600);

    void append(const Sample &s);
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_buffer.size(); }
    bool isEmpty() const { return m_size == 0; }
    // i = 0 is the oldest sample.
    const Sample &at(qsizetype i) const { return m_buffer[(m_head + i) % m_buffer.size()]; }
    const Sample &last() const { return at(m_size - 1); }
    // Index of the first sample with timeMs >= t (size() when none).
    qsizetype lowerBound(qint64 t) const;
    void setCapacity(qsizetype capacity);

private:
    QList<Sample> m_buffer;
    qsizetype m_head = 0; // index of the oldest sample
    qsizetype m_size = 0;
};

} // namespace vigil
