#pragma once

#include "notify/Outbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The notification outbox as the Deliveries tab shows it: one row per item, newest first as
// the dispatcher lists them. Never holds a secret or a full URL (OutboxItem has neither).
// A new list (Engine::deliveriesChanged) updates rows in place when the ids are the same, so
// the selection survives the frequent refreshes of a busy outbox.
class DeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryModel)

public:
    enum Column {
        StateColumn,
        ChannelColumn,
        SummaryColumn,
        AttemptsColumn,
        NextRetryColumn,
        LastErrorColumn,
        CreatedColumn,
        DestinationColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // int: OutboxState
        SortRole,                  // numbers or lower-case text
    };

    explicit DeliveryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<OutboxItem> &items);
    const OutboxItem &itemAt(int row) const { return m_items.at(row); }
    int rowOfId(qint64 id) const;
    // Refreshes the relative times ("in 12 s", "3 min ago").
    void tick(qint64 nowMs);
    int count(OutboxState state) const;

    static QString stateText(OutboxState state);
    static QString lastErrorText(const OutboxItem &item);

private:
    QVariant display(const OutboxItem &item, int column) const;
    QVariant sortKey(const OutboxItem &item, int column) const;

    QList<OutboxItem> m_items;
    qint64 m_nowMs = 0;
};

} // namespace vigil
