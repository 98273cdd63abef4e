#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace vigil {

// A list of user-supplied exclusion patterns (CollectorOptions::exclude*), compiled once.
// Invalid patterns are logged once and ignored. Callers cache the verdict per name: matching
// is done when a device, interface or mount is first seen, never on every tick.
class ExcludeList final
{
public:
    ExcludeList() = default;
    // `what` names the option in warnings ("excludeDisks").
    ExcludeList(const QStringList &patterns, const char *what);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool matches(const QString &name) const;

private:
    QList<QRegularExpression> m_patterns;
};

} // namespace vigil
