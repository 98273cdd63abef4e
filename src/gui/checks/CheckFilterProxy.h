#pragma once

#include <QSortFilterProxyModel>

namespace vigil {

// The checks table's filter: a text found in the name, target or last message, and a status
// (a CheckStatus, AllStatuses or NotHealthy). The source must be a CheckModel.
class CheckFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFilterProxy)

public:
    static constexpr int AllStatuses = -1;
    static constexpr int NotHealthy = -2; // unhealthy, pending or degraded

    using QSortFilterProxyModel::QSortFilterProxyModel;
    ~CheckFilterProxy() override;

    void setText(const QString &text);
    void setStatus(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_status = AllStatuses;
};

} // namespace vigil
