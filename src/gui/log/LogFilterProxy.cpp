#include "LogFilterProxy.h"

#include "LogModel.h"

namespace vigil {

LogFilterProxy::~LogFilterProxy() = default;

void LogFilterProxy::setMinimumLevel(int level)
{
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < m_minimumLevel)
        return false;
    return m_text.isEmpty() ||
           index.data(LogModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace vigil
