#include "SeriesId.h"

#include <algorithm>

namespace vigil {

namespace {

bool isNameStart(QChar c, bool allowColon)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' ||
           (allowColon && c == u':');
}

bool isNameChar(QChar c, bool allowColon)
{
    return isNameStart(c, allowColon) || (c >= u'0' && c <= u'9');
}

bool isValidName(QStringView name, bool allowColon)
{
    if (name.isEmpty() || !isNameStart(name.front(), allowColon))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [&](QChar c) { return isNameChar(c, allowColon); });
}

void sortAndDedupe(Labels &labels)
{
    // Stable so that for duplicate names the last assignment wins after the reverse-unique.
    std::stable_sort(labels.begin(), labels.end(),
                     [](const Label &a, const Label &b) { return a.first < b.first; });
    Labels unique;
    unique.reserve(labels.size());
    for (const Label &l : std::as_const(labels)) {
        if (!unique.isEmpty() && unique.back().first == l.first)
            unique.back().second = l.second;
        else
            unique.append(l);
    }
    labels = std::move(unique);
}

} // namespace

SeriesId::SeriesId(QString name, Labels labels)
    : m_name(std::move(name))
    , m_labels(std::move(labels))
{
    sortAndDedupe(m_labels);
}

QString SeriesId::label(QStringView key) const
{
    for (const Label &l : m_labels) {
        if (l.first == key)
            return l.second;
    }
    return {};
}

SeriesId SeriesId::withLabel(const QString &key, const QString &value) const
{
    Labels labels = m_labels;
    labels.append({key, value});
    return SeriesId(m_name, std::move(labels));
}

bool SeriesId::isValidMetricName(QStringView name)
{
    return isValidName(name, true);
}
bool SeriesId::isValidLabelName(QStringView name)
{
    return isValidName(name, false);
}

QString SeriesId::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            out += u"\\\\";
        else if (c == u'"')
            out += u"\\\"";
        else if (c == u'\n')
            out += u"\\n";
        else
            out += c;
    }
    return out;
}

QString SeriesId::toString() const
{
    if (m_labels.isEmpty())
        return m_name;
    QString out = m_name + u'{';
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        if (i > 0)
            out += u',';
        out += m_labels[i].first + u"=\"" + escapeLabelValue(m_labels[i].second) + u'"';
    }
    out += u'}';
    return out;
}

SeriesId SeriesId::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return SeriesId();
    };
    text = text.trimmed();
    const qsizetype brace = text.indexOf(u'{');
    const QStringView name = brace < 0 ? text : text.left(brace).trimmed();
    if (!isValidMetricName(name))
        return fail(QStringLiteral("invalid metric name \"%1\"").arg(name));
    if (brace < 0)
        return SeriesId(name.toString());
    if (!text.endsWith(u'}'))
        return fail(QStringLiteral("missing closing '}'"));

    Labels labels;
    qsizetype i = brace + 1;
    const qsizetype end = text.size() - 1;
    auto skipSpaces = [&] {
        while (i < end && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= end)
            break;
        const qsizetype nameStart = i;
        while (i < end && isNameChar(text[i], false))
            ++i;
        const QStringView labelName = text.mid(nameStart, i - nameStart);
        if (!isValidLabelName(labelName))
            return fail(QStringLiteral("invalid label name at position %1").arg(nameStart));
        skipSpaces();
        if (i >= end || text[i] != u'=')
            return fail(QStringLiteral("expected '=' after label \"%1\"").arg(labelName));
        ++i;
        skipSpaces();
        if (i >= end || text[i] != u'"')
            return fail(
                QStringLiteral("expected '\"' to open the value of label \"%1\"").arg(labelName));
        ++i;
        QString value;
        bool closed = false;
        while (i < end) {
            const QChar c = text[i++];
            if (c == u'"') {
                closed = true;
                break;
            }
            if (c == u'\\') {
                if (i >= end)
                    break;
                const QChar e = text[i++];
                if (e == u'n')
                    value += u'\n';
                else if (e == u'\\' || e == u'"')
                    value += e;
                else
                    return fail(QStringLiteral("invalid escape \"\\%1\" in label \"%2\"")
                                    .arg(e)
                                    .arg(labelName));
            } else {
                value += c;
            }
        }
        if (!closed)
            return fail(QStringLiteral("unterminated value of label \"%1\"").arg(labelName));
        for (const Label &l : std::as_const(labels)) {
            if (l.first == labelName)
                return fail(QStringLiteral("duplicate label \"%1\"").arg(labelName));
        }
        labels.append({labelName.toString(), value});
        skipSpaces();
        if (i < end) {
            if (text[i] != u',')
                return fail(QStringLiteral("expected ',' or '}' at position %1").arg(i));
            ++i;
        }
    }
    return SeriesId(name.toString(), std::move(labels));
}

bool operator<(const SeriesId &a, const SeriesId &b)
{
    if (a.m_name != b.m_name)
        return a.m_name < b.m_name;
    return std::lexicographical_compare(a.m_labels.begin(), a.m_labels.end(), b.m_labels.begin(),
                                        b.m_labels.end());
}

size_t qHash(const SeriesId &id, size_t seed) noexcept
{
    QtPrivate::QHashCombine combine;
    seed = combine(seed, id.name());
    for (const Label &l : id.labels()) {
        seed = combine(seed, l.first);
        seed = combine(seed, l.second);
    }
    return seed;
}

} // namespace vigil
