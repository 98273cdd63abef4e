#include "Duration.h"

#include <QtNumeric>

#include <QCoreApplication>
#include <array>
#include <limits>

namespace vigil {

namespace {

struct DurationUnit
{
    QLatin1String suffix;
    qint64 ms;
};

// Largest first; the index is the rank that enforces "largest to smallest, each once".
const std::array<DurationUnit, 5> &units()
{
    static const std::array<DurationUnit, 5> table = {{
        {QLatin1String("d"), 24 * 3600 * 1000},
        {QLatin1String("h"), 3600 * 1000},
        {QLatin1String("m"), 60 * 1000},
        {QLatin1String("s"), 1000},
        {QLatin1String("ms"), 1},
    }};
    return table;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A single character (or short unit) from the input, quoted for a message.
QString quotedSnippet(QStringView text)
{
    if (text.size() > 8)
        text = text.left(8);
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return u'"' + out + u'"';
}

DurationStatus fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return DurationStatus::Invalid;
}

QString unitHint()
{
    return QCoreApplication::translate("vigil::Duration", "use ms, s, m, h or d");
}

} // namespace

DurationStatus parseDurationStatus(QStringView text, qint64 *ms, QString *error)
{
    if (text.isEmpty())
        return fail(error,
                    QCoreApplication::translate(
                        "vigil::Duration", "empty; expected a number with a unit, like \"1s\""));
    if (text.front() == u'-')
        return fail(error, QCoreApplication::translate("vigil::Duration",
                                                       "negative durations are not allowed"));

    const auto &table = units();
    qsizetype pos = 0;
    qsizetype previousRank = -1;
    qint64 total = 0;
    bool overflow = false;
    while (pos < text.size()) {
        const qsizetype numberStart = pos;
        qint64 value = 0;
        while (pos < text.size() && isAsciiDigit(text.at(pos))) {
            overflow = overflow || qMulOverflow(value, qint64(10), &value) ||
                       qAddOverflow(value, qint64(text.at(pos).unicode() - u'0'), &value);
            ++pos;
        }
        if (pos == numberStart) {
            const QStringView rest = text.mid(pos, isAsciiLetter(text.at(pos)) ? 8 : 1);
            return fail(error,
                        QCoreApplication::translate("vigil::Duration", "expected a number, got %1")
                            .arg(quotedSnippet(rest)));
        }
        if (pos < text.size() && (text.at(pos) == u'.' || text.at(pos) == u',')) {
            return fail(
                error, QCoreApplication::translate(
                           "vigil::Duration",
                           "fractions are not supported; combine units instead, like \"1s500ms\""));
        }
        const qsizetype unitStart = pos;
        while (pos < text.size() && isAsciiLetter(text.at(pos)))
            ++pos;
        const QStringView suffix = text.mid(unitStart, pos - unitStart);
        if (suffix.isEmpty()) {
            if (pos < text.size())
                return fail(error, QCoreApplication::translate("vigil::Duration", "unexpected %1")
                                       .arg(quotedSnippet(text.mid(pos, 1))));
            return fail(error,
                        QCoreApplication::translate("vigil::Duration", "missing unit after %1; %2")
                            .arg(quotedSnippet(text.mid(numberStart)), unitHint()));
        }
        qsizetype rank = -1;
        for (qsizetype i = 0; i < qsizetype(table.size()); ++i) {
            if (suffix == table[size_t(i)].suffix) {
                rank = i;
                break;
            }
        }
        if (rank < 0) {
            return fail(error, QCoreApplication::translate("vigil::Duration", "unknown unit %1; %2")
                                   .arg(quotedSnippet(suffix), unitHint()));
        }
        if (rank <= previousRank) {
            return fail(
                error,
                QCoreApplication::translate(
                    "vigil::Duration",
                    "units must go from largest to smallest, each used once, like \"1h30m\""));
        }
        previousRank = rank;
        qint64 part = 0;
        overflow = overflow || qMulOverflow(value, table[size_t(rank)].ms, &part) ||
                   qAddOverflow(total, part, &total);
    }
    if (overflow) {
        if (error)
            *error = QCoreApplication::translate("vigil::Duration", "too large");
        return DurationStatus::TooLarge;
    }
    if (ms)
        *ms = total;
    return DurationStatus::Ok;
}

bool parseDuration(QStringView text, qint64 *ms, QString *error)
{
    return parseDurationStatus(text, ms, error) == DurationStatus::Ok;
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    // Work on the magnitude as unsigned so that the minimum qint64 has no overflow.
    quint64 rest = ms < 0 ? quint64(0) - quint64(ms) : quint64(ms);
    if (ms < 0)
        out += u'-';
    for (const DurationUnit &unit : units()) {
        const quint64 count = rest / quint64(unit.ms);
        rest %= quint64(unit.ms);
        if (count > 0)
            out += QString::number(count) + unit.suffix;
    }
    return out;
}

} // namespace vigil
