#pragma once

#include "alerts/AlertTypes.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace vigil {

// A series selector: metric{label="v",other!="w",re=~"a|b",nre!~"x.*"} with Prometheus
// semantics (regexes fully anchored, a missing label equals "").
class Selector
{
public:
    static std::optional<Selector> parse(QStringView text, QString *error = nullptr);

    bool matches(const SeriesId &id) const;
    const QString &metric() const { return m_metric; }
    const QList<LabelMatcher> &matchers() const { return m_matchers; }
    QString toString() const;

private:
    struct Compiled;
    QString m_metric;
    QList<LabelMatcher> m_matchers;
    std::shared_ptr<const Compiled> m_compiled; // regexes compiled once, shared by copies
};

} // namespace vigil
