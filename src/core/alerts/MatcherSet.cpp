#include "MatcherSet.h"

namespace vigil {

namespace {

bool isOpChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'~';
}

QString quote(QStringView text)
{
    return u'"' + SeriesId::escapeLabelValue(text.toString()) + u'"';
}

const QString &labelValue(const Labels &labels, const QString &name)
{
    static const QString empty;
    for (const Label &l : labels) {
        if (l.first == name)
            return l.second;
    }
    return empty;
}

} // namespace

QString MatcherSet::opText(LabelMatcher::Op op)
{
    switch (op) {
    case LabelMatcher::Op::Equal:
        return QStringLiteral("=");
    case LabelMatcher::Op::NotEqual:
        return QStringLiteral("!=");
    case LabelMatcher::Op::Regex:
        return QStringLiteral("=~");
    case LabelMatcher::Op::NotRegex:
        return QStringLiteral("!~");
    }
    return QStringLiteral("=");
}

std::optional<MatcherSet> MatcherSet::compile(const QList<LabelMatcher> &matchers, QString *error)
{
    MatcherSet set;
    set.m_matchers = matchers;
    set.m_regexes.reserve(matchers.size());
    for (const LabelMatcher &m : matchers) {
        if (!SeriesId::isValidLabelName(m.name)) {
            if (error)
                *error = QStringLiteral("invalid label name %1").arg(quote(m.name));
            return std::nullopt;
        }
        if (m.op != LabelMatcher::Op::Regex && m.op != LabelMatcher::Op::NotRegex) {
            set.m_regexes.append(QRegularExpression());
            continue;
        }
        // Prometheus anchors label regexes at both ends: "sd.*" does not match "nvme0n1sda".
        QRegularExpression re(QRegularExpression::anchoredPattern(m.value));
        if (!re.isValid()) {
            if (error)
                *error = QStringLiteral("invalid regular expression %1: %2")
                             .arg(quote(m.value), re.errorString());
            return std::nullopt;
        }
        re.optimize();
        set.m_regexes.append(std::move(re));
    }
    return set;
}

std::optional<QList<LabelMatcher>> MatcherSet::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QList<LabelMatcher>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QList<LabelMatcher> matchers;
    const qsizetype end = text.size();
    qsizetype i = 0;
    auto skipSpaces = [&] {
        while (i < end && text[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= end)
            break;
        const qsizetype nameStart = i;
        while (i < end && !text[i].isSpace() && !isOpChar(text[i]) && text[i] != u'"' &&
               text[i] != u',')
            ++i;
        const QStringView name = text.mid(nameStart, i - nameStart);
        if (name.isEmpty())
            return fail(QStringLiteral("expected a label name at %1").arg(quote(text.mid(i))));
        if (!SeriesId::isValidLabelName(name))
            return fail(QStringLiteral("invalid label name %1").arg(quote(name)));
        skipSpaces();
        const qsizetype opStart = i;
        while (i < end && isOpChar(text[i]))
            ++i;
        const QStringView opText = text.mid(opStart, i - opStart);
        LabelMatcher m;
        m.name = name.toString();
        if (opText == u"=")
            m.op = LabelMatcher::Op::Equal;
        else if (opText == u"!=")
            m.op = LabelMatcher::Op::NotEqual;
        else if (opText == u"=~")
            m.op = LabelMatcher::Op::Regex;
        else if (opText == u"!~")
            m.op = LabelMatcher::Op::NotRegex;
        else if (opText.isEmpty())
            return fail(QStringLiteral("expected a matcher (=, !=, =~ or !~) after label %1")
                            .arg(quote(name)));
        else
            return fail(QStringLiteral("unknown matcher %1").arg(quote(opText)));
        skipSpaces();
        if (i >= end || text[i] != u'"')
            return fail(
                QStringLiteral("expected '\"' to open the value of label %1").arg(quote(name)));
        ++i;
        bool closed = false;
        while (i < end) {
            const QChar c = text[i++];
            if (c == u'"') {
                closed = true;
                break;
            }
            if (c != u'\\') {
                m.value += c;
                continue;
            }
            if (i >= end)
                break;
            const QChar e = text[i++];
            if (e == u'n')
                m.value += u'\n';
            else if (e == u'\\' || e == u'"')
                m.value += e;
            else
                return fail(QStringLiteral("invalid escape \"\\%1\" in the value of label %2")
                                .arg(e)
                                .arg(quote(name)));
        }
        if (!closed)
            return fail(QStringLiteral("unterminated value of label %1").arg(quote(name)));
        matchers.append(std::move(m));
        skipSpaces();
        if (i < end) {
            if (text[i] != u',')
                return fail(QStringLiteral("expected ',' or '}' after the value of label %1")
                                .arg(quote(name)));
            ++i;
        }
    }
    return matchers;
}

bool MatcherSet::matches(const Labels &labels) const
{
    for (qsizetype i = 0; i < m_matchers.size(); ++i) {
        const LabelMatcher &m = m_matchers[i];
        const QString &value = labelValue(labels, m.name);
        bool ok = false;
        switch (m.op) {
        case LabelMatcher::Op::Equal:
            ok = value == m.value;
            break;
        case LabelMatcher::Op::NotEqual:
            ok = value != m.value;
            break;
        case LabelMatcher::Op::Regex:
            ok = m_regexes[i].match(value).hasMatch();
            break;
        case LabelMatcher::Op::NotRegex:
            ok = !m_regexes[i].match(value).hasMatch();
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

QString MatcherSet::toString(const QList<LabelMatcher> &matchers)
{
    QString out;
    for (const LabelMatcher &m : matchers) {
        if (!out.isEmpty())
            out += u',';
        out += m.name + opText(m.op) + u'"' + SeriesId::escapeLabelValue(m.value) + u'"';
    }
    return out;
}

} // namespace vigil
