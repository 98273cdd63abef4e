#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace vigil {

// Per-name state of a counter source (CPUs, disks, interfaces), keyed by the name as it appears
// in the kernel file. Lookups follow the file's order, so a steady file costs one comparison per
// line and no allocation; a name that disappears is dropped by sweep(), so a device that comes
// back starts over (its first read after reappearing emits no rate).
template<typename State> class DeviceTable final
{
public:
    struct Entry
    {
        QByteArray name;
        quint64 seenRead = 0;
        State state;
    };

    // Starts a read of the file: entries not looked up again are dropped by sweep().
    void beginRead()
    {
        ++m_read;
        m_hint = 0;
    }

    // The entry for `name`; *created is true when it did not exist before this call.
    // The reference is valid until the next lookup().
    Entry &lookup(QByteArrayView name, bool *created)
    {
        *created = false;
        if (m_hint < m_entries.size() && m_entries[m_hint].name == name)
            return touch(m_hint);
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].name == name)
                return touch(i);
        }
        *created = true;
        m_entries.push_back(Entry{name.toByteArray(), 0, State()});
        return touch(m_entries.size() - 1);
    }

    void sweep()
    {
        size_t kept = 0;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].seenRead == m_read) {
                if (kept != i)
                    m_entries[kept] = std::move(m_entries[i]);
                ++kept;
            }
        }
        m_entries.resize(kept);
    }

    void clear() { m_entries.clear(); }
    size_t size() const { return m_entries.size(); }

private:
    Entry &touch(size_t index)
    {
        m_hint = index + 1;
        m_entries[index].seenRead = m_read;
        return m_entries[index];
    }

    std::vector<Entry> m_entries;
    size_t m_hint = 0;
    quint64 m_read = 0;
};

// Increase of a monotonic counter between two reads; false when the counter went backwards (reset,
// wrap, re-created device), so the interval yields no sample rather than a negative value or a
// spike.
inline bool counterDelta(quint64 previous, quint64 current, quint64 &delta)
{
    if (current < previous)
        return false;
    delta = current - previous;
    return true;
}

} // namespace vigil
