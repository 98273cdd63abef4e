#pragma once

#include <QSortFilterProxyModel>

namespace vigil {

// The Processes view's filter: top N by CPU or by memory, optionally only one user's processes,
// and a text matched against pid, name, user and command line. Sorts on ProcessModel::SortRole.
class ProcessFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessFilterProxy)

public:
    enum class Top { ByCpu, ByMemory };

    explicit ProcessFilterProxy(QObject *parent = nullptr);

    void setTop(Top top);
    Top top() const { return m_top; }
    // -1: every user.
    void setOnlyUid(qint64 uid);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Top m_top = Top::ByCpu;
    qint64 m_onlyUid = -1;
    QString m_text;
};

} // namespace vigil
