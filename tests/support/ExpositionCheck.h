#pragma once

// Checks of a Prometheus 0.0.4 document that promtool 2.42 does not make (INTEROP.md §5.3):
// non-empty, final newline, HELP and TYPE before each family's samples, each family one
// contiguous group with at least one sample, no name + label set twice.

#include <QByteArray>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil::testsupport {

inline QStringList expositionProblems(const QByteArray &text)
{
    QStringList problems;
    if (text.trimmed().isEmpty())
        return {QStringLiteral("empty exposition")};
    if (!text.endsWith('\n'))
        problems << QStringLiteral("last line does not end with \\n");
    static const QRegularExpression sampleLine(
        QStringLiteral(R"(^([a-zA-Z_][a-zA-Z0-9_]*)(\{(.*)\})? (\S+)$)"));
    QSet<QString> finished, seen, help, type;
    QString family;
    int samplesInFamily = 0;
    const auto close = [&] {
        if (!family.isEmpty() && samplesInFamily == 0)
            problems << QStringLiteral("family %1 has no samples").arg(family);
        finished.insert(family);
    };
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u"# HELP ") || line.startsWith(u"# TYPE ")) {
            const QString name = line.section(u' ', 2, 2);
            if (name != family) {
                close();
                if (finished.contains(name))
                    problems << QStringLiteral("family %1 split into two groups").arg(name);
                family = name;
                samplesInFamily = 0;
            }
            QSet<QString> &set = line.startsWith(u"# HELP ") ? help : type;
            if (set.contains(name))
                problems << QStringLiteral("second %1 for %2").arg(line.mid(2, 4), name);
            set.insert(name);
            continue;
        }
        const QRegularExpressionMatch m = sampleLine.match(line);
        if (!m.hasMatch()) {
            problems << QStringLiteral("cannot parse: %1").arg(line);
            continue;
        }
        const QString name = m.captured(1);
        if (name != family)
            problems << QStringLiteral("sample of %1 outside its family").arg(name);
        if (!help.contains(name) || !type.contains(name))
            problems << QStringLiteral("%1 has no HELP or TYPE").arg(name);
        ++samplesInFamily;
        // Label order is canonical in Vigil's output; the whole line left of the value is the key.
        const QString key = name + m.captured(2);
        if (seen.contains(key))
            problems << QStringLiteral("duplicate series %1").arg(key);
        seen.insert(key);
    }
    close();
    return problems;
}

} // namespace vigil::testsupport
