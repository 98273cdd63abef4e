#pragma once

#include "alerts/AlertTypes.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace vigil {

// A compiled list of label matchers (a selector's braces, a silence): every matcher must hold.
// Prometheus semantics: a missing label equals "", regexes are fully anchored and compiled once.
class MatcherSet
{
public:
    MatcherSet() = default;

    // Compiles the regexes; fails with "invalid regular expression \"(\": ..." on a bad one.
    static std::optional<MatcherSet> compile(const QList<LabelMatcher> &matchers,
                                             QString *error = nullptr);
    // Parses the inside of the braces: a="x", b!="y", c=~"re", d!~"re" (trailing comma allowed).
    static std::optional<QList<LabelMatcher>> parse(QStringView text, QString *error = nullptr);

    bool matches(const Labels &labels) const;
    const QList<LabelMatcher> &matchers() const { return m_matchers; }
    bool isEmpty() const { return m_matchers.isEmpty(); }

    // a="x",b=~"y" (no braces); values escaped as in SeriesId::toString().
    static QString toString(const QList<LabelMatcher> &matchers);
    static QString opText(LabelMatcher::Op op); // "=", "!=", "=~", "!~"

private:
    QList<LabelMatcher> m_matchers;
    QList<QRegularExpression> m_regexes; // per matcher; empty pattern for = and !=
};

} // namespace vigil
