#include "HistoryModel.h"

#include "AlertText.h"
#include "storage/AlertRecords.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace vigil {

namespace {

bool earlier(const AlertEvent &a, const AlertEvent &b)
{
    return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.id < b.id;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRules(const QList<AlertRule> &rules)
{
    m_unitByRule.clear();
    for (const AlertRule &r : rules)
        m_unitByRule.insert(r.name, AlertText::unitOfMetric(AlertText::metricOfSelector(r.series)));
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

Unit HistoryModel::unitOf(const AlertEvent &event) const
{
    return m_unitByRule.value(event.rule, Unit::None);
}

void HistoryModel::setEvents(const QList<AlertEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), earlier);
    if (m_events.size() > m_limit)
        m_events.remove(0, m_events.size() - m_limit);
    endResetModel();
}

void HistoryModel::appendEvents(const QList<AlertEvent> &events)
{
    QSet<qint64> known;
    for (const AlertEvent &e : std::as_const(m_events)) {
        if (e.id != 0)
            known.insert(e.id);
    }
    for (const AlertEvent &e : events) {
        if (e.id != 0 && known.contains(e.id))
            continue;
        known.insert(e.id);
        // Live events are nearly always the newest: the search ends at once.
        const auto it = std::upper_bound(m_events.begin(), m_events.end(), e, earlier);
        const int row = int(it - m_events.begin());
        beginInsertRows({}, row, row);
        m_events.insert(row, e);
        endInsertRows();
    }
    trimToLimit();
}

void HistoryModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trimToLimit();
}

void HistoryModel::trimToLimit()
{
    if (m_events.size() <= m_limit)
        return;
    const int excess = int(m_events.size()) - m_limit;
    beginRemoveRows({}, 0, excess - 1);
    m_events.remove(0, excess);
    endRemoveRows();
}

Severity HistoryModel::severityOf(const AlertEvent &event)
{
    if (event.kind == AlertEventKind::Resolved || event.toSeverity == Severity::Healthy)
        return event.fromSeverity;
    return event.toSeverity;
}

bool HistoryModel::matches(const EventQuery &query, const AlertEvent &event)
{
    // Exactly the filter storage applies in SQL, so live rows agree with the next query.
    return records::matchesQuery(event, query);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const AlertEvent &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return AlertText::absoluteTimeText(e.timeMs);
    case KindColumn:
        return AlertText::eventKindText(e.kind);
    case SeverityColumn:
        if (e.kind == AlertEventKind::Escalated || e.kind == AlertEventKind::Deescalated)
            return QString(AlertText::severityText(e.fromSeverity) + QStringLiteral(" → ") +
                           AlertText::severityText(e.toSeverity));
        return AlertText::severityText(severityOf(e));
    case RuleColumn:
        return e.rule;
    case LabelsColumn:
        return AlertText::labelsText(e.labels);
    case ValueColumn:
        return formatValue(e.value, unitOf(e));
    case SummaryColumn:
        return e.summary;
    }
    return {};
}

QVariant HistoryModel::sortKey(const AlertEvent &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return e.timeMs;
    case KindColumn:
        return int(e.kind);
    case SeverityColumn:
        return int(severityOf(e));
    case RuleColumn:
        return e.rule.toLower();
    case LabelsColumn:
        return AlertText::labelsText(e.labels).toLower();
    case ValueColumn:
        return e.value;
    case SummaryColumn:
        return e.summary.toLower();
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        if (e.kind == AlertEventKind::Resolved)
            return dot(Severity::Healthy, false);
        return dot(severityOf(e),
                   e.kind == AlertEventKind::Pending || e.kind == AlertEventKind::Acknowledged);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        case KindColumn:
            if (!e.silencedBy.isEmpty())
                return tr("Not notified: silenced by %1").arg(e.silencedBy);
            return e.notify ? tr("Sent to notifications") : tr("Not notified");
        case LabelsColumn:
            return AlertText::labelsToolTip(e.labels);
        case ValueColumn:
            return tr("Threshold: %1").arg(formatValue(e.threshold, unitOf(e)));
        case SummaryColumn:
        case RuleColumn:
            return e.summary;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(e, index.column());
    case EventIdRole:
        return e.id;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Alert");
    case LabelsColumn:
        return tr("Labels");
    case ValueColumn:
        return tr("Value");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QIcon HistoryModel::dot(Severity severity, bool hollow) const
{
    const int key = int(severity) * 2 + (hollow ? 1 : 0);
    auto it = m_dots.find(key);
    if (it == m_dots.end())
        it = m_dots.insert(key, AlertText::severityDot(severity, hollow));
    return *it;
}

} // namespace vigil
