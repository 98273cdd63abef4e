#include "CheckFilterProxy.h"

#include "CheckModel.h"

namespace vigil {

CheckFilterProxy::~CheckFilterProxy() = default;

void CheckFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CheckFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

bool CheckFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CheckModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->rowCount())
        return false;
    const CheckState &s = model->stateAt(sourceRow);
    if (m_status == NotHealthy) {
        if (s.status != CheckStatus::Unhealthy && s.status != CheckStatus::Pending &&
            s.status != CheckStatus::Degraded)
            return false;
    } else if (m_status != AllStatuses && int(s.status) != m_status) {
        return false;
    }
    if (m_text.isEmpty())
        return true;
    const QString message = s.last ? s.last->message : QString();
    for (const QString &field : {s.spec.name, s.spec.target(), message}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vigil
