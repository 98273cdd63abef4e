#include "ExcludeList.h"

#include "util/Logging.h"

namespace vigil {

ExcludeList::ExcludeList(const QStringList &patterns, const char *what)
{
    for (const QString &pattern : patterns) {
        QRegularExpression re(pattern);
        if (!re.isValid()) {
            qCWarning(lcCollector).nospace() << "ignoring invalid " << what << " pattern "
                                             << pattern << ": " << re.errorString();
            continue;
        }
        re.optimize();
        m_patterns.append(std::move(re));
    }
}

bool ExcludeList::matches(const QString &name) const
{
    for (const QRegularExpression &re : m_patterns) {
        if (re.match(name).hasMatch())
            return true;
    }
    return false;
}

} // namespace vigil
