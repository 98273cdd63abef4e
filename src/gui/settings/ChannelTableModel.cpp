#include "ChannelTableModel.h"

#include "NamedList.h"

#include "engine/Health.h"
#include "notify/DeliveryPolicy.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace vigil {

ChannelTableModel::ChannelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ChannelSpec &c = m_channels.at(index.row());
    switch (role) {
    case ChannelNameRole:
        return c.name;
    case ProblemRole:
        return problem(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case TypeColumn:
            return typeTitle(c.type);
        case DestinationColumn:
            return c.url.isEmpty() ? tr("(default)") : redactedUrl(c.url);
        case SeverityColumn:
            return c.minSeverity == Severity::Critical ? tr("critical only")
                                                       : tr("warning and critical");
        }
        return QVariant();
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return c.enabled ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::ForegroundRole:
        if (!c.enabled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !problem(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::ToolTipRole: {
        const QString why = problem(index.row());
        if (!why.isEmpty())
            return why;
        if (index.column() == EnabledColumn)
            return c.enabled ? tr("Enabled: alerts are sent to this channel")
                             : tr("Disabled: this channel is kept but receives nothing");
        if (index.column() == DestinationColumn)
            return tr("Only the scheme and host are shown: the rest of a webhook URL is a "
                      "secret");
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool ChannelTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    ChannelSpec &c = m_channels[index.row()];
    if (c.enabled != enabled) {
        c.enabled = enabled;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1),
                           {Qt::CheckStateRole, Qt::ToolTipRole, Qt::ForegroundRole});
    }
    return true;
}

Qt::ItemFlags ChannelTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case DestinationColumn:
        return tr("Destination");
    case SeverityColumn:
        return tr("Sends");
    case EnabledColumn:
        return tr("Enabled");
    }
    return QVariant();
}

void ChannelTableModel::allRowsChanged()
{
    if (!m_channels.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChannelTableModel::setChannels(const QList<ChannelSpec> &channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

void ChannelTableModel::setChannel(int row, const ChannelSpec &channel)
{
    Q_ASSERT(row >= 0 && row < m_channels.size());
    if (m_channels.at(row) == channel)
        return;
    const bool renamed = m_channels.at(row).name != channel.name;
    m_channels[row] = channel;
    if (renamed) // a rename can create or end a duplicate elsewhere
        allRowsChanged();
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChannelTableModel::insertChannel(int row, const ChannelSpec &channel)
{
    row = qBound(0, row, int(m_channels.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_channels.insert(row, channel);
    endInsertRows();
    if (rowOfName(channel.name) != row)
        allRowsChanged();
}

void ChannelTableModel::removeChannel(int row)
{
    Q_ASSERT(row >= 0 && row < m_channels.size());
    const QString name = m_channels.at(row).name;
    beginRemoveRows(QModelIndex(), row, row);
    m_channels.removeAt(row);
    endRemoveRows();
    if (rowOfName(name) >= 0)
        allRowsChanged();
}

int ChannelTableModel::rowOfName(const QString &name) const
{
    return namedlist::rowOfName(m_channels, name);
}

QString ChannelTableModel::uniqueName(const QString &base) const
{
    return namedlist::uniqueName(m_channels, base);
}

QString ChannelTableModel::problem(int row) const
{
    const ChannelSpec &c = m_channels.at(row);
    const QList<ChannelProblem> problems = validateChannel(c);
    if (!problems.isEmpty())
        return c.name + QStringLiteral(" — ") + problemText(problems.first());
    if (namedlist::isDuplicate(m_channels, row))
        return tr("%1 — Name: more than one channel has this name").arg(c.name);
    return QString();
}

QStringList ChannelTableModel::problems() const
{
    return namedlist::distinctProblems(rowCount(), [this](int row) { return problem(row); });
}

QString ChannelTableModel::typeTitle(ChannelType type)
{
    switch (type) {
    case ChannelType::Slack:
        return tr("Slack");
    case ChannelType::Discord:
        return tr("Discord");
    case ChannelType::Teams:
        return tr("Microsoft Teams");
    case ChannelType::PagerDuty:
        return tr("PagerDuty");
    case ChannelType::Alertmanager:
        return tr("Alertmanager");
    case ChannelType::Ntfy:
        return tr("ntfy");
    case ChannelType::Gotify:
        return tr("Gotify");
    case ChannelType::Webhook:
        return tr("Generic webhook (JSON)");
    }
    return QString();
}

QString ChannelTableModel::fieldTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("url"), QT_TR_NOOP("URL")},
        {QStringLiteral("token"), QT_TR_NOOP("Token")},
        {QStringLiteral("secret"), QT_TR_NOOP("Signing secret")},
        {QStringLiteral("min_severity"), QT_TR_NOOP("Minimum severity")},
        {QStringLiteral("matchers"), QT_TR_NOOP("Only alerts matching")},
        {QStringLiteral("group_wait"), QT_TR_NOOP("Group window")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
    };
    const auto it = titles.constFind(key);
    return it == titles.cend() ? key : tr(*it);
}

QString ChannelTableModel::problemText(const ChannelProblem &problem)
{
    return fieldTitle(problem.key) + QStringLiteral(": ") + problem.message;
}

} // namespace vigil
