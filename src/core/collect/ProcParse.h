#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>

// Allocation-free helpers for the line and field formats of /proc and /sys.
namespace vigil::proc {

// Walks a buffer line by line; lines exclude the '\n'.
class LineReader
{
public:
    explicit LineReader(QByteArrayView text)
        : m_pos(text.data())
        , m_end(text.data() + text.size())
    {}
    bool next(QByteArrayView &line)
    {
        if (m_pos >= m_end)
            return false;
        const char *start = m_pos;
        const void *newline = std::memchr(m_pos, '\n', size_t(m_end - m_pos));
        m_pos = newline ? static_cast<const char *>(newline) : m_end;
        line = QByteArrayView(start, m_pos - start);
        if (m_pos < m_end)
            ++m_pos;
        return true;
    }

private:
    const char *m_pos;
    const char *m_end;
};

// Splits a line into fields separated by runs of spaces or tabs.
class FieldReader
{
public:
    explicit FieldReader(QByteArrayView line)
        : m_pos(line.data())
        , m_end(line.data() + line.size())
    {}
    bool next(QByteArrayView &field)
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t'))
            ++m_pos;
        if (m_pos >= m_end)
            return false;
        const char *start = m_pos;
        while (m_pos < m_end && *m_pos != ' ' && *m_pos != '\t')
            ++m_pos;
        field = QByteArrayView(start, m_pos - start);
        return true;
    }
    // Everything after the current position, leading blanks skipped.
    QByteArrayView rest()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t'))
            ++m_pos;
        return QByteArrayView(m_pos, m_end - m_pos);
    }

private:
    const char *m_pos;
    const char *m_end;
};

// Whole-field conversions: false on empty input, any stray character or overflow.
bool parseUInt(QByteArrayView text, quint64 &value);
bool parseInt(QByteArrayView text, qint64 &value);
bool parseDouble(QByteArrayView text, double &value);

// Parses up to `count` unsigned fields from `fields`; returns how many leading fields parsed.
int parseUInts(FieldReader &fields, quint64 *values, int count);

// Drops trailing whitespace and newlines (sysfs attributes end with '\n').
QByteArrayView chomp(QByteArrayView text);

// Decodes the octal escapes the kernel writes in mount tables ("\040" for a space, "\011",
// "\012", "\134"); other bytes pass through unchanged.
QByteArray decodeOctalEscapes(QByteArrayView text);

// True when every byte is an ASCII digit (and there is at least one).
bool isAllDigits(QByteArrayView text);

} // namespace vigil::proc
