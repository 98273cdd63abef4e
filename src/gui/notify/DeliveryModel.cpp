#include "DeliveryModel.h"

#include "alerts/AlertText.h"

#include <QCoreApplication>

namespace vigil {

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryModel::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("pending");
    case OutboxState::Sending:
        return tr("sending");
    case OutboxState::Sent:
        return tr("sent");
    case OutboxState::Failed:
        return tr("failed");
    }
    return QString();
}

QString DeliveryModel::lastErrorText(const OutboxItem &item)
{
    if (item.lastError.isEmpty())
        return item.lastStatus > 0 && item.state != OutboxState::Sent
                   ? tr("HTTP %1").arg(item.lastStatus)
                   : QString();
    if (item.lastStatus > 0 && !item.lastError.contains(QString::number(item.lastStatus)))
        return tr("HTTP %1: %2").arg(item.lastStatus).arg(item.lastError);
    return item.lastError;
}

QVariant DeliveryModel::display(const OutboxItem &item, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(item.state);
    case ChannelColumn:
        return item.channel;
    case SummaryColumn:
        return item.summary;
    case AttemptsColumn:
        return item.attempts;
    case NextRetryColumn:
        if (item.state != OutboxState::Pending)
            return item.state == OutboxState::Sent
                       ? AlertText::relativeTimeText(item.sentMs, std::max(m_nowMs, item.sentMs))
                       : QStringLiteral("—");
        if (item.nextAttemptMs <= m_nowMs)
            return tr("now");
        return tr("in %1").arg(AlertText::durationText(item.nextAttemptMs - m_nowMs, true));
    case LastErrorColumn:
        return lastErrorText(item);
    case CreatedColumn:
        return AlertText::relativeTimeText(item.createdMs, std::max(m_nowMs, item.createdMs));
    case DestinationColumn:
        return item.destination;
    }
    return QVariant();
}

QVariant DeliveryModel::sortKey(const OutboxItem &item, int column) const
{
    switch (column) {
    case StateColumn:
        return int(item.state);
    case AttemptsColumn:
        return item.attempts;
    case NextRetryColumn:
        return item.state == OutboxState::Pending ? item.nextAttemptMs : item.sentMs;
    case CreatedColumn:
        return item.createdMs;
    default:
        return display(item, column).toString().toLower();
    }
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case SortRole:
        return sortKey(item, index.column());
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return QVariant();
        switch (item.state) {
        case OutboxState::Pending:
            return AlertText::severityDot(Severity::Warning, true);
        case OutboxState::Sending:
            return AlertText::severityDot(Severity::Healthy, true);
        case OutboxState::Sent:
            return AlertText::severityDot(Severity::Healthy);
        case OutboxState::Failed:
            return AlertText::severityDot(Severity::Critical);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn:
            return AlertText::absoluteTimeText(item.createdMs);
        case NextRetryColumn:
            if (item.state == OutboxState::Pending && item.nextAttemptMs > 0)
                return tr("Next attempt at %1")
                    .arg(AlertText::absoluteTimeText(item.nextAttemptMs));
            if (item.state == OutboxState::Sent)
                return tr("Delivered at %1").arg(AlertText::absoluteTimeText(item.sentMs));
            return QVariant();
        case LastErrorColumn:
        case SummaryColumn: {
            const QString text = display(item, index.column()).toString();
            return text.isEmpty() ? QVariant() : text;
        }
        case DestinationColumn:
            return tr("Only the scheme and host are shown: the rest of a webhook URL is a "
                      "secret");
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case ChannelColumn:
        return tr("Channel");
    case SummaryColumn:
        return tr("Notification");
    case AttemptsColumn:
        return tr("Attempts");
    case NextRetryColumn:
        return tr("Next retry / sent");
    case LastErrorColumn:
        return tr("Last error");
    case CreatedColumn:
        return tr("Queued");
    case DestinationColumn:
        return tr("Destination");
    }
    return QVariant();
}

void DeliveryModel::setItems(const QList<OutboxItem> &items)
{
    bool sameIds = items.size() == m_items.size();
    for (qsizetype i = 0; sameIds && i < items.size(); ++i)
        sameIds = items.at(i).id == m_items.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    m_items = items;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeliveryModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void DeliveryModel::tick(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, NextRetryColumn), index(rowCount() - 1, CreatedColumn),
                           {Qt::DisplayRole, SortRole});
}

int DeliveryModel::count(OutboxState state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const OutboxItem &i) { return i.state == state; }));
}

} // namespace vigil
