#include "ProcessFilterProxy.h"

#include "ProcessModel.h"

namespace vigil {

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProcessModel::SortRole);
    setDynamicSortFilter(true);
}

void ProcessFilterProxy::setTop(Top top)
{
    if (top == m_top)
        return;
    m_top = top;
    invalidateFilter();
}

void ProcessFilterProxy::setOnlyUid(qint64 uid)
{
    if (uid == m_onlyUid)
        return;
    m_onlyUid = uid;
    invalidateFilter();
}

void ProcessFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ProcessFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ProcessModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const ProcessInfo &p = model->processAt(sourceRow);
    if (!(m_top == Top::ByCpu ? p.topByCpu : p.topByMemory))
        return false;
    if (m_onlyUid >= 0 && p.uid != m_onlyUid)
        return false;
    if (m_text.isEmpty())
        return true;
    return QString::number(p.pid) == m_text || p.name.contains(m_text, Qt::CaseInsensitive) ||
           p.user.contains(m_text, Qt::CaseInsensitive) ||
           p.commandLine.contains(m_text, Qt::CaseInsensitive);
}

} // namespace vigil
