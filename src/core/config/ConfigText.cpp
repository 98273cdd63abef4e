#include "ConfigText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace vigil::configtext {

namespace {

constexpr QChar Ellipsis(0x2026);

// Cuts at n characters without splitting a surrogate pair.
QStringView cut(QStringView text, qsizetype n)
{
    if (text.size() <= n)
        return text;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

bool isPlainKey(QStringView key)
{
    if (key.isEmpty() || key.size() > MaxUserText)
        return false;
    for (QChar c : key) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'$';
        if (!plain)
            return false;
    }
    return true;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip [ ]
}

QByteArray jsonNumber(double d)
{
    const QByteArray array = QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool isBlank(const QByteArray &json)
{
    return std::all_of(json.begin(), json.end(), isJsonSpace);
}

QString numberText(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString keyPath(const QString &parent, const QString &key)
{
    const QString part = isPlainKey(key) ? key : quoted(key);
    return parent.isEmpty() ? part : parent + u'.' + part;
}

// QJsonParseError::offset points just past the character that failed, sometimes after some
// whitespace as well.
void lineAndColumn(const QByteArray &json, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, json.size());
    while (offset > 0 && isJsonSpace(json.at(offset - 1)))
        --offset;
    // Step back onto the character that failed, to its first byte.
    if (offset > 0)
        --offset;
    while (offset > 0 && (static_cast<unsigned char>(json.at(offset)) & 0xC0) == 0x80)
        --offset;
    // A UTF-8 byte order mark is not a column.
    const qsizetype start = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    *line = 1;
    *column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++*line;
            *column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++*column;
        }
    }
}

QString quoted(QStringView text)
{
    const QStringView kept = cut(text, MaxUserText);
    QString out = u'"' + escaped(kept);
    if (kept.size() < text.size())
        out += Ellipsis;
    return out + u'"';
}

QString elideMiddle(const QString &text)
{
    if (text.size() <= MaxUserText)
        return text;
    const qsizetype head = MaxUserText / 3;
    QStringView tail = QStringView(text).right(MaxUserText - head - 1);
    if (tail.front().isLowSurrogate())
        tail = tail.mid(1);
    return cut(text, head).toString() + Ellipsis + tail;
}

} // namespace vigil::configtext
