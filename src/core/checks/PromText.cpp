#include "PromText.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <cstring>

namespace vigil::promtext {

namespace {

constexpr QChar Ellipsis(0x2026);
constexpr const char *TypeNames[] = {"untyped", "counter", "gauge", "histogram", "summary"};
constexpr const char16_t *ChildSuffixes[] = {u"_bucket", u"_sum", u"_count", u"_created"};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

void skipBlanks(QByteArrayView s, qsizetype &i)
{
    while (i < s.size() && isBlank(s[i]))
        ++i;
}

// Bytes from i up to the next blank or one of the stop characters; i ends there.
QByteArrayView token(QByteArrayView s, qsizetype &i, const char *stops = "")
{
    const qsizetype start = i;
    while (i < s.size() && !isBlank(s[i]) && !std::memchr(stops, s[i], std::strlen(stops)))
        ++i;
    return s.sliced(start, i - start);
}

// Qt's decoder rejects overlong forms, surrogates, code points above U+10FFFF and cut sequences.
bool isValidUtf8(QByteArrayView s)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(s);
    return !decoder.hasError();
}

// User text (valid UTF-8) for a message: in double quotes, at most MaxQuotedText characters,
// control characters, quotes and backslashes escaped.
QString quoted(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), MaxQuotedText * 4)));
    QStringView view(text);
    const bool cut = view.size() > MaxQuotedText;
    if (cut)
        view = view.first(MaxQuotedText - (view.at(MaxQuotedText - 1).isHighSurrogate() ? 1 : 0));
    QString out(1, u'"');
    for (QChar c : view) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + (cut ? QString(Ellipsis) : QString()) + u'"';
}

// A backslash sequence for a message: \t as written, anything unprintable quoted.
QString escapeText(QByteArrayView sequence)
{
    if (sequence.size() == 2 && sequence[1] > ' ' && sequence[1] < 0x7f)
        return QString::fromLatin1(sequence);
    return quoted(sequence);
}

bool equalsIgnoreCase(QByteArrayView a, const char *lower)
{
    if (a.size() != qsizetype(std::strlen(lower)))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if ((a[i] | 0x20) != lower[i])
            return false;
    }
    return true;
}

// For a valid decimal too large or too small for a double: true when too small (Go gives 0).
bool isTinyDecimal(QByteArrayView t)
{
    qint64 magnitude = 0, exponent = 0;
    bool point = false, significant = false;
    qsizetype i = 0;
    for (; i < t.size() && t[i] != 'e' && t[i] != 'E'; ++i) {
        point = point || t[i] == '.';
        significant = significant || (t[i] >= '1' && t[i] <= '9');
        if (t[i] != '.' && (point ? !significant : significant))
            magnitude += point ? -1 : 1; // leading zeros of a fraction, digits of an integer
    }
    const bool negative = i + 1 < t.size() && t[i + 1] == '-';
    for (i += 1; i < t.size(); ++i) {
        if (t[i] >= '0' && t[i] <= '9')
            exponent = std::min<qint64>(exponent * 10 + (t[i] - '0'), 1 << 30);
    }
    return magnitude + (negative ? -exponent : exponent) < 0;
}

enum class FloatResult { Ok, Invalid, OutOfRange };

// Go strconv.ParseFloat syntax as the Prometheus text parser accepts it: decimal with optional
// sign, fraction and exponent; "NaN", "Inf", "Infinity" in any case, the infinities signed.
FloatResult parseGoFloat(QByteArrayView t, double *out)
{
    const bool sign = t.startsWith('+') || t.startsWith('-');
    const double factor = t.startsWith('-') ? -1.0 : 1.0;
    const QByteArrayView body = sign ? t.sliced(1) : t;
    if (equalsIgnoreCase(body, "inf") || equalsIgnoreCase(body, "infinity")) {
        *out = factor * qInf();
        return FloatResult::Ok;
    }
    if (!sign && equalsIgnoreCase(body, "nan")) {
        *out = qQNaN();
        return FloatResult::Ok;
    }
    qsizetype i = 0, digits = 0;
    const auto digit = [&body](qsizetype k) {
        return k < body.size() && uchar(body[k] - '0') < 10;
    };
    for (; digit(i); ++i)
        ++digits;
    if (i < body.size() && body[i] == '.')
        for (++i; digit(i); ++i)
            ++digits;
    if (digits > 0 && i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        i += (i + 1 < body.size() && (body[i + 1] == '+' || body[i + 1] == '-')) ? 2 : 1;
        if (!digit(i))
            return FloatResult::Invalid;
        while (digit(i))
            ++i;
    }
    if (digits == 0 || i != body.size())
        return FloatResult::Invalid;
    bool ok = false;
    const double value = body.toByteArray().toDouble(&ok);
    if (!ok && !isTinyDecimal(body))
        return FloatResult::OutOfRange;
    *out = factor * value;
    return FloatResult::Ok;
}

bool parseTimestamp(QByteArrayView t, qint64 *out)
{
    const qsizetype sign = (t.startsWith('+') || t.startsWith('-')) ? 1 : 0;
    if (t.size() == sign || t.size() > 20)
        return false;
    for (qsizetype k = sign; k < t.size(); ++k) {
        if (uchar(t[k] - '0') >= 10)
            return false;
    }
    bool ok = false;
    *out = t.toByteArray().toLongLong(&ok);
    return ok;
}

bool isNumericLabel(const SeriesId &id, QStringView label)
{
    double unused = 0;
    const QByteArray text = id.label(label).toUtf8();
    return !text.isEmpty() && parseGoFloat(text, &unused) == FloatResult::Ok;
}

struct FamilyState
{
    bool helpSeen = false;
    bool typeSeen = false;
    bool hasSamples = false;
};

class Parser
{
public:
    explicit Parser(qsizetype maxSamples)
        : m_maxSamples(maxSamples)
    {}
    ParseResult run(QByteArrayView text);

private:
    void fail(const QString &what, bool always = false);
    void parseComment(QByteArrayView rest);
    void parseSample(QByteArrayView line);
    bool parseLabels(QByteArrayView line, qsizetype &i, Labels *labels);
    bool parseLabelValue(QByteArrayView line, qsizetype &i, const QString &label, QString *value);
    qsizetype familyIndex(const QString &name, bool create = true);
    qsizetype familyForSample(const QString &name, QStringView *suffix);

    ParseResult m_result;
    QList<FamilyState> m_states; // parallel to m_result.families
    QHash<QString, qsizetype> m_index;
    QSet<SeriesId> m_seen;
    qsizetype m_maxSamples = -1;
    qsizetype m_samples = 0;
    qsizetype m_line = 0;
    qsizetype m_suppressed = 0;
    bool m_stop = false;
};

ParseResult Parser::run(QByteArrayView text)
{
    qsizetype pos = 0;
    while (pos < text.size() && !m_stop) {
        ++m_line;
        const void *nl = std::memchr(text.data() + pos, '\n', size_t(text.size() - pos));
        if (!nl) {
            fail(QStringLiteral("missing final newline"), true);
            break;
        }
        const qsizetype end = static_cast<const char *>(nl) - text.data();
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        qsizetype i = 0;
        if (line.size() > MaxLineBytes)
            fail(QStringLiteral("longer than %1 bytes").arg(MaxLineBytes));
        else if (!isValidUtf8(line))
            fail(QStringLiteral("invalid UTF-8"));
        else if (line.endsWith('\r'))
            fail(QStringLiteral("carriage return before the line end (only \"\\n\" ends a line)"));
        else if (skipBlanks(line, i); i == line.size())
            continue; // blank line
        else if (line[i] == '#')
            parseComment(line.sliced(i + 1));
        else
            parseSample(line.sliced(i));
    }
    if (m_suppressed > 0)
        m_result.errors.append(QStringLiteral("%1 more errors not shown").arg(m_suppressed));
    return std::move(m_result);
}

void Parser::fail(const QString &what, bool always)
{
    if (m_result.errors.size() < MaxErrors || always)
        m_result.errors.append(QStringLiteral("line %1: ").arg(m_line) + what);
    else
        ++m_suppressed;
}

void Parser::parseComment(QByteArrayView rest)
{
    qsizetype i = 0;
    skipBlanks(rest, i);
    const QByteArrayView keyword = token(rest, i);
    if (keyword != "HELP" && keyword != "TYPE")
        return; // a plain comment
    skipBlanks(rest, i);
    const QByteArrayView nameBytes = token(rest, i);
    const QString name = QString::fromUtf8(nameBytes);
    if (name.isEmpty())
        return fail(QString::fromLatin1(keyword) + QStringLiteral(" line without a metric name"));
    const QString quotedName = quoted(nameBytes);
    if (!SeriesId::isValidMetricName(name))
        return fail(QStringLiteral("invalid metric name %1 in %2 line")
                        .arg(quotedName, QString::fromLatin1(keyword)));
    skipBlanks(rest, i);
    const QByteArrayView text = rest.sliced(i);
    const qsizetype existing = familyIndex(name, false);
    if (keyword == "HELP") {
        QByteArray help;
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text[k] != '\\')
                help += text[k];
            else if (k + 1 < text.size() && (text[k + 1] == '\\' || text[k + 1] == 'n'))
                help += text[++k] == 'n' ? '\n' : '\\';
            else
                return fail(
                    QStringLiteral("invalid escape %1 in HELP text")
                        .arg(escapeText(text.sliced(k, qMin<qsizetype>(2, text.size() - k)))));
        }
        if (existing >= 0 && m_states[existing].helpSeen)
            return fail(QStringLiteral("second HELP line for %1").arg(quotedName));
        const qsizetype f = familyIndex(name);
        m_states[f].helpSeen = true;
        m_result.families[f].help = QString::fromUtf8(help);
        return;
    }
    const QByteArrayView type = token(rest, i);
    skipBlanks(rest, i);
    if (type.isEmpty())
        return fail(QStringLiteral("TYPE line for %1 without a type").arg(quotedName));
    const auto *it = std::find_if(std::begin(TypeNames), std::end(TypeNames),
                                  [&](const char *t) { return type == t; });
    if (it == std::end(TypeNames) || i < rest.size())
        return fail(QStringLiteral("unknown metric type %1").arg(quoted(text)));
    if (existing >= 0 && m_states[existing].hasSamples)
        return fail(QStringLiteral("TYPE line for %1 after its samples").arg(quotedName));
    if (existing >= 0 && m_states[existing].typeSeen)
        return fail(QStringLiteral("second TYPE line for %1").arg(quotedName));
    const qsizetype f = familyIndex(name);
    m_states[f].typeSeen = true;
    m_result.families[f].type = MetricType(it - std::begin(TypeNames));
}

void Parser::parseSample(QByteArrayView line)
{
    qsizetype i = 0;
    const QByteArrayView nameBytes = token(line, i, "{");
    const QString name = QString::fromUtf8(nameBytes);
    if (!SeriesId::isValidMetricName(name))
        return fail(QStringLiteral("invalid metric name %1").arg(quoted(nameBytes)));
    skipBlanks(line, i);
    Labels labels;
    if (i < line.size() && line[i] == '{' && !parseLabels(line, ++i, &labels))
        return;
    skipBlanks(line, i);
    const QByteArrayView valueText = token(line, i);
    if (valueText.isEmpty())
        return fail(QStringLiteral("missing value for %1").arg(quoted(nameBytes)));
    PromSample sample{SeriesId(name, std::move(labels)), 0.0, std::nullopt};
    switch (parseGoFloat(valueText, &sample.value)) {
    case FloatResult::Invalid:
        return fail(QStringLiteral("invalid value %1").arg(quoted(valueText)));
    case FloatResult::OutOfRange:
        return fail(QStringLiteral("value %1 out of range").arg(quoted(valueText)));
    case FloatResult::Ok:
        break;
    }
    skipBlanks(line, i);
    if (const QByteArrayView tsText = token(line, i); !tsText.isEmpty()) {
        qint64 ts = 0;
        if (!parseTimestamp(tsText, &ts))
            return fail(QStringLiteral("invalid timestamp %1").arg(quoted(tsText)));
        sample.timestampMs = ts;
        if (skipBlanks(line, i); i < line.size())
            return fail(
                QStringLiteral("unexpected %1 after the timestamp").arg(quoted(line.sliced(i))));
    }

    QStringView suffix;
    const qsizetype f = familyForSample(name, &suffix);
    const MetricType type = m_result.families[f].type;
    const QString series = quoted(sample.id.toString().toUtf8());
    if (type == MetricType::Histogram && suffix.isEmpty())
        return fail(QStringLiteral("histogram sample %1 needs a _bucket, _sum or _count suffix")
                        .arg(series));
    if (type == MetricType::Histogram && suffix == u"_bucket" && !isNumericLabel(sample.id, u"le"))
        return fail(
            QStringLiteral("histogram bucket %1 without a numeric \"le\" label").arg(series));
    if (type == MetricType::Summary && suffix.isEmpty() && !isNumericLabel(sample.id, u"quantile"))
        return fail(
            QStringLiteral("summary sample %1 without a numeric \"quantile\" label").arg(series));
    if (m_seen.contains(sample.id))
        return fail(QStringLiteral("duplicate series %1").arg(series));
    if (m_maxSamples >= 0 && m_samples >= m_maxSamples) {
        m_stop = true;
        return fail(QStringLiteral("more than %1 samples").arg(m_maxSamples), true);
    }
    ++m_samples;
    m_seen.insert(sample.id);
    m_states[f].hasSamples = true;
    m_result.families[f].samples.append(std::move(sample));
}

// From just after '{' to just after '}'. Labels with an empty value are left out.
bool Parser::parseLabels(QByteArrayView line, qsizetype &i, Labels *labels)
{
    const auto reject = [this](const QString &why) {
        fail(why);
        return false;
    };
    QSet<QString> names;
    for (skipBlanks(line, i); i >= line.size() || line[i] != '}'; skipBlanks(line, i)) {
        const QByteArrayView nameBytes = token(line, i, "=,}\"");
        const QString name = QString::fromUtf8(nameBytes);
        const QString label = quoted(nameBytes);
        if (nameBytes.isEmpty() && i >= line.size())
            return reject(QStringLiteral("missing \"}\" after the labels"));
        if (nameBytes.isEmpty())
            return reject(
                QStringLiteral("expected a label name at %1").arg(quoted(line.sliced(i))));
        if (!SeriesId::isValidLabelName(name))
            return reject(QStringLiteral("invalid label name %1").arg(label));
        if (name == u"__name__")
            return reject(QStringLiteral("label name \"__name__\" is reserved"));
        if (names.contains(name))
            return reject(QStringLiteral("label %1 given twice").arg(label));
        skipBlanks(line, i);
        if (i >= line.size() || line[i] != '=')
            return reject(QStringLiteral("expected \"=\" after label %1").arg(label));
        skipBlanks(line, ++i);
        if (i >= line.size() || line[i] != '"')
            return reject(
                QStringLiteral("expected '\"' to start the value of label %1").arg(label));
        QString value;
        if (!parseLabelValue(line, ++i, label, &value))
            return false;
        names.insert(name);
        if (!value.isEmpty())
            labels->append({name, value});
        skipBlanks(line, i);
        if (i < line.size() && line[i] == ',')
            ++i;
        else if (i >= line.size() || line[i] != '}')
            return reject(
                QStringLiteral("expected \",\" or \"}\" after the value of label %1").arg(label));
    }
    ++i;
    return true;
}

// From just after the opening '"' to just after the closing one.
bool Parser::parseLabelValue(QByteArrayView line, qsizetype &i, const QString &label,
                             QString *value)
{
    QByteArray bytes;
    while (i < line.size()) {
        const char c = line[i++];
        if (c == '"') {
            *value = QString::fromUtf8(bytes);
            return true;
        }
        if (c != '\\') {
            bytes += c;
        } else if (i < line.size() && (line[i] == '\\' || line[i] == '"' || line[i] == 'n')) {
            bytes += line[i] == 'n' ? '\n' : line[i];
            ++i;
        } else if (i < line.size()) {
            const uchar lead = uchar(line[i]);
            const qsizetype len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            fail(QStringLiteral("invalid escape %1 in the value of label %2")
                     .arg(escapeText(line.sliced(i - 1, len + 1)), label));
            return false;
        }
    }
    fail(QStringLiteral("unterminated value of label %1").arg(label));
    return false;
}

qsizetype Parser::familyIndex(const QString &name, bool create)
{
    if (const auto it = m_index.constFind(name); it != m_index.constEnd())
        return it.value();
    if (!create)
        return -1;
    m_result.families.append(Family{name, MetricType::Untyped, QString(), {}});
    m_states.append(FamilyState());
    m_index.insert(name, m_result.families.size() - 1);
    return m_result.families.size() - 1;
}

// The exact family first, then the base of a histogram or summary child, else a new family.
qsizetype Parser::familyForSample(const QString &name, QStringView *suffix)
{
    if (const qsizetype exact = familyIndex(name, false); exact >= 0)
        return exact;
    for (const QStringView s : ChildSuffixes) {
        const qsizetype base = name.endsWith(s) ? familyIndex(name.chopped(s.size()), false) : -1;
        const MetricType type = base >= 0 ? m_result.families[base].type : MetricType::Untyped;
        if (type == MetricType::Histogram || (type == MetricType::Summary && s != u"_bucket")) {
            *suffix = s;
            return base;
        }
    }
    return familyIndex(name);
}

} // namespace

QString metricTypeName(MetricType type)
{
    return QString::fromLatin1(TypeNames[int(type)]);
}

qsizetype ParseResult::sampleCount() const
{
    qsizetype n = 0;
    for (const Family &f : families)
        n += f.samples.size();
    return n;
}

const Family *ParseResult::family(QStringView name) const
{
    const auto it = std::find_if(families.begin(), families.end(),
                                 [&](const Family &f) { return f.name == name; });
    return it == families.end() ? nullptr : &*it;
}

ParseResult parse(QByteArrayView text, qsizetype maxSamples)
{
    return Parser(maxSamples).run(text);
}

} // namespace vigil::promtext
