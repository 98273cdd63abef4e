#include "ProcParse.h"

#include <charconv>

namespace vigil::proc {

bool parseUInt(QByteArrayView text, quint64 &value)
{
    if (text.isEmpty())
        return false;
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end;
}

bool parseInt(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty())
        return false;
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end;
}

bool parseDouble(QByteArrayView text, double &value)
{
    if (text.isEmpty())
        return false;
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end;
}

int parseUInts(FieldReader &fields, quint64 *values, int count)
{
    QByteArrayView field;
    int parsed = 0;
    while (parsed < count && fields.next(field) && parseUInt(field, values[parsed]))
        ++parsed;
    return parsed;
}

QByteArrayView chomp(QByteArrayView text)
{
    qsizetype size = text.size();
    while (size > 0 && (text[size - 1] == '\n' || text[size - 1] == ' ' || text[size - 1] == '\t'))
        --size;
    return text.first(size);
}

QByteArray decodeOctalEscapes(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    const auto isOctal = [](char c) { return c >= '0' && c <= '7'; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && isOctal(text[i + 1]) &&
            isOctal(text[i + 2]) && isOctal(text[i + 3])) {
            out +=
                char(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0'));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool isAllDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace vigil::proc
