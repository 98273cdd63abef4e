#include "LogScope.h"

#include <QList>

namespace vigil {

namespace {
thread_local QList<QJsonObject> t_scopes;
}

LogScope::LogScope(const QJsonObject &fields)
{
    t_scopes.append(fields);
}

LogScope::~LogScope()
{
    t_scopes.removeLast();
}

QJsonObject LogScope::current()
{
    if (t_scopes.size() == 1)
        return t_scopes.first();
    QJsonObject merged;
    for (const QJsonObject &scope : std::as_const(t_scopes)) {
        for (auto it = scope.begin(); it != scope.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace vigil
