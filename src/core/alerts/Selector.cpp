#include "Selector.h"

#include "alerts/MatcherSet.h"

namespace vigil {

struct Selector::Compiled
{
    MatcherSet set;
};

std::optional<Selector> Selector::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Selector> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    text = text.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("empty selector; expected a series name like "
                                   "cpu_usage_percent{cpu=\"total\"}"));
    const qsizetype brace = text.indexOf(u'{');
    const QStringView name = brace < 0 ? text : text.left(brace).trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("missing series name before '{'"));
    if (!SeriesId::isValidMetricName(name))
        return fail(QStringLiteral("invalid series name \"%1\"")
                        .arg(SeriesId::escapeLabelValue(name.toString())));
    Selector selector;
    selector.m_metric = name.toString();
    if (brace >= 0) {
        if (!text.endsWith(u'}'))
            return fail(QStringLiteral("missing closing '}'"));
        const auto matchers =
            MatcherSet::parse(text.mid(brace + 1, text.size() - brace - 2), error);
        if (!matchers)
            return std::nullopt;
        selector.m_matchers = *matchers;
    }
    auto compiled = std::make_shared<Compiled>();
    auto set = MatcherSet::compile(selector.m_matchers, error);
    if (!set)
        return std::nullopt;
    compiled->set = std::move(*set);
    selector.m_compiled = std::move(compiled);
    return selector;
}

bool Selector::matches(const SeriesId &id) const
{
    if (id.name() != m_metric)
        return false;
    return !m_compiled || m_compiled->set.matches(id.labels());
}

QString Selector::toString() const
{
    if (m_matchers.isEmpty())
        return m_metric;
    return m_metric + u'{' + MatcherSet::toString(m_matchers) + u'}';
}

} // namespace vigil
