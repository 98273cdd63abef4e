#include "CheckModel.h"

#include "CheckText.h"
#include "alerts/AlertText.h"

#include <QBrush>
#include <QDateTime>

#include <algorithm>

namespace vigil {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// The uptime tracker counts whole minutes: a day minus a little is a full day.
constexpr qint64 kFullDaySlackMs = 2 * 60 * 1000;

const QList<int> kChangedRoles{Qt::DisplayRole,    Qt::DecorationRole,     Qt::ToolTipRole,
                               Qt::ForegroundRole, CheckModel::StatusRole, CheckModel::SortRole};

qint64 lastTimeMs(const CheckState &s)
{
    return s.last ? s.last->timeMs : 0;
}

std::optional<double> lastLatency(const CheckState &s)
{
    return s.last ? s.last->latencySeconds : std::nullopt;
}

// Less than a day of attempts: the uptime covers only part of the 24 hours.
bool partialUptime(const CheckState &s, qint64 nowMs)
{
    const qint64 ref = s.last ? s.last->timeMs : nowMs;
    return s.uptimeSinceMs > 0 && ref - s.uptimeSinceMs < kDayMs - kFullDaySlackMs;
}

} // namespace

CheckModel::CheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CheckModel::~CheckModel() = default;

void CheckModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_states.size(); ++i)
        m_rows.insert(m_states.at(i).spec.name, i);
}

void CheckModel::setStates(const QList<CheckState> &states)
{
    beginResetModel();
    m_states = states;
    rebuildRows();
    for (auto it = m_results.begin(); it != m_results.end();)
        it = m_rows.contains(it.key()) ? std::next(it) : m_results.erase(it);
    endResetModel();
}

void CheckModel::updateState(const CheckState &state)
{
    const int row = rowOf(state.spec.name);
    if (row < 0) {
        // Not announced by a reset (should not happen): append rather than lose it.
        const int first = int(m_states.size());
        beginInsertRows({}, first, first);
        m_states.append(state);
        rebuildRows();
        endInsertRows();
        return;
    }
    m_states[row] = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), kChangedRoles);
}

void CheckModel::addResult(const CheckResult &result)
{
    QList<CheckResult> &list = m_results[result.check];
    list.append(result);
    if (list.size() > MaxResults)
        list.remove(0, list.size() - MaxResults);
    Q_EMIT resultAdded(result.check);
}

void CheckModel::tick(qint64 nowMs)
{
    if (nowMs == m_nowMs)
        return;
    m_nowMs = nowMs;
    if (m_states.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, LastCheckedColumn), index(rowCount() - 1, LastCheckedColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<CheckState> CheckModel::state(const QString &name) const
{
    const int row = rowOf(name);
    if (row < 0)
        return std::nullopt;
    return m_states.at(row);
}

QString CheckModel::rowText(int row) const
{
    const CheckState &s = m_states.at(row);
    QStringList parts{s.spec.name, checkTypeName(s.spec.type), s.spec.target(),
                      CheckText::stateText(s)};
    if (s.last) {
        parts.append(CheckText::latencyText(s.last->latencySeconds));
        if (s.last->httpStatus > 0)
            parts.append(tr("HTTP %1").arg(s.last->httpStatus));
    }
    if (s.uptimePercent)
        parts.append(tr("uptime %1").arg(CheckText::uptimeText(s.uptimePercent)));
    if (s.last && !s.last->message.isEmpty())
        parts.append(s.last->message);
    if (s.last)
        parts.append(tr("at %1").arg(AlertText::absoluteTimeText(s.last->timeMs)));
    return parts.join(QStringLiteral("  "));
}

int CheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int CheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckModel::display(const CheckState &s, int column) const
{
    switch (column) {
    case StatusColumn:
        return CheckText::stateText(s);
    case NameColumn:
        return s.spec.name;
    case TypeColumn:
        return CheckText::typeText(s.spec.type);
    case TargetColumn:
        return s.spec.target();
    case LatencyColumn:
        return CheckText::latencyText(lastLatency(s));
    case UptimeColumn:
        return CheckText::uptimeText(s.uptimePercent);
    case LastCheckedColumn:
        if (!s.last)
            return s.spec.enabled ? tr("not yet") : QString();
        return AlertText::relativeTimeText(s.last->timeMs, std::max(m_nowMs, s.last->timeMs));
    case MessageColumn:
        return s.last ? s.last->message : QString();
    }
    return {};
}

QVariant CheckModel::toolTip(const CheckState &s, int column) const
{
    switch (column) {
    case StatusColumn:
        if (s.status == CheckStatus::Pending)
            return tr("Failing, retrying before it counts as unhealthy");
        return s.running ? tr("Running now") : QVariant();
    case TargetColumn:
        return s.spec.target();
    case UptimeColumn:
        if (!s.uptimePercent)
            return tr("No attempts yet");
        if (partialUptime(s, m_nowMs))
            return tr("since %1")
                .arg(QDateTime::fromMSecsSinceEpoch(s.uptimeSinceMs)
                         .toString(QStringLiteral("HH:mm")));
        return tr("Share of successful attempts over the last 24 hours");
    case LastCheckedColumn:
        return s.last ? AlertText::absoluteTimeText(s.last->timeMs) : QVariant();
    case MessageColumn:
        return s.last && !s.last->message.isEmpty() ? QVariant(s.last->message) : QVariant();
    }
    return {};
}

QVariant CheckModel::sortKey(const CheckState &s, int column) const
{
    switch (column) {
    case StatusColumn:
        return CheckText::statusRank(s);
    case NameColumn:
        return s.spec.name.toLower();
    case TypeColumn:
        return checkTypeName(s.spec.type);
    case TargetColumn:
        return s.spec.target().toLower();
    case LatencyColumn: {
        const auto latency = lastLatency(s);
        return latency ? *latency : -1.0;
    }
    case UptimeColumn:
        return s.uptimePercent ? *s.uptimePercent : -1.0;
    case LastCheckedColumn:
        return lastTimeMs(s);
    case MessageColumn:
        return s.last ? s.last->message.toLower() : QString();
    }
    return {};
}

QVariant CheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckState &s = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) // grey for a disabled check, like unknown
            return dot(s.spec.enabled ? s.status : CheckStatus::Unknown);
        return {};
    case Qt::ForegroundRole:
        if (!s.spec.enabled)
            return QBrush(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LatencyColumn || index.column() == UptimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return s.spec.name;
    case StatusRole:
        return int(s.status);
    case SortRole:
        return sortKey(s, index.column());
    }
    return {};
}

QVariant CheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LatencyColumn:
            return tr("Duration of the last attempt");
        case UptimeColumn:
            return tr("Share of successful attempts over the last 24 hours");
        case LastCheckedColumn:
            return tr("When the last attempt finished");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Check");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Target");
    case LatencyColumn:
        return tr("Latency");
    case UptimeColumn:
        return tr("Uptime 24 h");
    case LastCheckedColumn:
        return tr("Last checked");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> CheckModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(StatusRole, "status");
    names.insert(SortRole, "sort");
    return names;
}

QIcon CheckModel::dot(CheckStatus status) const
{
    auto it = m_dots.find(int(status));
    if (it == m_dots.end())
        it = m_dots.insert(int(status), CheckText::statusDot(status));
    return *it;
}

} // namespace vigil
