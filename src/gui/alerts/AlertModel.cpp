#include "AlertModel.h"

#include "AlertText.h"

#include <QBrush>
#include <QSet>

#include <algorithm>

namespace vigil {

namespace {

const QList<int> kChangedRoles{Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole,
                               Qt::ForegroundRole, AlertModel::SortRole};

qint64 sinceMs(const Alert &a)
{
    return a.state == AlertState::Firing && a.firingSinceMs > 0 ? a.firingSinceMs : a.activeSinceMs;
}

// Worst first when sorted descending: firing critical, firing warning, pending critical, ...
int severityRank(const Alert &a)
{
    const int level = a.severity == Severity::Critical  ? 2
                      : a.severity == Severity::Warning ? 1
                                                        : 0;
    return (a.state == AlertState::Firing ? 3 : 0) + level;
}

int stateRank(const Alert &a)
{
    return (a.state == AlertState::Firing    ? 8
            : a.state == AlertState::Pending ? 4
                                             : 0) +
           (a.acknowledged ? 0 : 2) + (a.silencedBy.isEmpty() ? 1 : 0);
}

Unit unitOf(const Alert &a)
{
    return AlertText::unitOfMetric(a.series.name());
}

// Which columns differ between two versions of one alert (bit per column).
unsigned changedColumns(const Alert &a, const Alert &b)
{
    unsigned bits = 0;
    auto mark = [&bits](int column) { bits |= 1u << column; };
    if (a.severity != b.severity || a.state != b.state || a.activeSinceMs != b.activeSinceMs ||
        a.firingSinceMs != b.firingSinceMs)
        mark(AlertModel::SeverityColumn);
    if (a.rule != b.rule || a.summary != b.summary || a.description != b.description)
        mark(AlertModel::NameColumn);
    if (a.labels != b.labels)
        mark(AlertModel::LabelsColumn);
    if (a.value != b.value || a.threshold != b.threshold || a.series != b.series ||
        a.lastSampleMs != b.lastSampleMs)
        mark(AlertModel::ValueColumn);
    if (a.state != b.state || a.stale != b.stale || a.acknowledged != b.acknowledged ||
        a.silencedBy != b.silencedBy || a.activeSinceMs != b.activeSinceMs)
        mark(AlertModel::StateColumn);
    if (sinceMs(a) != sinceMs(b) || a.state != b.state)
        mark(AlertModel::SinceColumn);
    if (a.stale != b.stale) // the whole row greys out
        bits = (1u << AlertModel::ColumnCount) - 1;
    return bits;
}

} // namespace

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AlertModel::~AlertModel() = default;

void AlertModel::setRules(const QList<AlertRule> &rules)
{
    m_rules.clear();
    for (const AlertRule &r : rules)
        m_rules.insert(r.name, r);
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn),
                           kChangedRoles);
}

std::optional<AlertRule> AlertModel::rule(const QString &name) const
{
    const auto it = m_rules.constFind(name);
    if (it == m_rules.cend())
        return std::nullopt;
    return *it;
}

std::optional<Alert> AlertModel::alert(const QString &fingerprint) const
{
    const int row = rowOf(fingerprint);
    if (row < 0)
        return std::nullopt;
    return m_alerts.at(row);
}

void AlertModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_alerts.size(); ++i)
        m_rows.insert(m_alerts.at(i).fingerprint, i);
}

void AlertModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn), kChangedRoles);
}

void AlertModel::setAlerts(const QList<Alert> &alerts, qint64 nowMs)
{
    QHash<QString, const Alert *> incoming;
    incoming.reserve(alerts.size());
    for (const Alert &a : alerts)
        incoming.insert(a.fingerprint, &a);

    // Removals, from the end so earlier rows keep their numbers; contiguous runs at once.
    for (int row = int(m_alerts.size()) - 1; row >= 0;) {
        if (incoming.contains(m_alerts.at(row).fingerprint)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_alerts.at(first - 1).fingerprint))
            --first;
        beginRemoveRows({}, first, row);
        m_alerts.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildRows();

    // Updates in place.
    const bool timeMoved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    for (int row = 0; row < m_alerts.size(); ++row) {
        const Alert &next = *incoming.value(m_alerts.at(row).fingerprint);
        unsigned bits = changedColumns(m_alerts.at(row), next);
        if (timeMoved)
            bits |= (1u << StateColumn) | (1u << SinceColumn);
        m_alerts[row] = next;
        if (!bits)
            continue;
        int first = 0;
        while (!(bits & (1u << first)))
            ++first;
        int last = ColumnCount - 1;
        while (!(bits & (1u << last)))
            --last;
        emitRowChanged(row, first, last);
    }

    // Insertions at the end, in the order given.
    QList<Alert> added;
    for (const Alert &a : alerts) {
        if (!m_rows.contains(a.fingerprint) &&
            std::none_of(added.cbegin(), added.cend(),
                         [&a](const Alert &b) { return b.fingerprint == a.fingerprint; }))
            added.append(a);
    }
    if (!added.isEmpty()) {
        const int first = int(m_alerts.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_alerts.append(added);
        rebuildRows();
        endInsertRows();
    }
}

void AlertModel::tick(qint64 nowMs)
{
    if (nowMs == m_nowMs)
        return;
    m_nowMs = nowMs;
    if (m_alerts.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, SinceColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

qint64 AlertModel::forMsOf(const Alert &alert) const
{
    const auto it = m_rules.constFind(alert.rule);
    return it == m_rules.cend() ? -1 : it->forMs;
}

QString AlertModel::stateText(const Alert &alert, qint64 forMs, qint64 nowMs)
{
    QStringList parts;
    if (alert.state == AlertState::Pending) {
        if (alert.stale || forMs < 0) {
            parts.append(tr("pending"));
        } else {
            const qint64 left = alert.activeSinceMs + forMs - nowMs;
            parts.append(left > 0
                             ? tr("pending, fires in %1").arg(AlertText::durationText(left, true))
                             : tr("pending, fires now"));
        }
    } else if (alert.state == AlertState::Firing) {
        parts.append(tr("firing"));
    } else {
        parts.append(tr("resolved")); // the detail pane of an alert that went away
    }
    if (alert.stale)
        parts.append(tr("stale"));
    if (alert.acknowledged)
        parts.append(tr("acknowledged"));
    if (!alert.silencedBy.isEmpty())
        parts.append(tr("silenced"));
    return parts.join(QStringLiteral(", "));
}

QString AlertModel::rowText(int row) const
{
    const Alert &a = m_alerts.at(row);
    QStringList parts{a.rule};
    const QString labels = AlertText::labelsText(a.labels);
    if (!labels.isEmpty())
        parts.append(u'{' + labels + u'}');
    parts.append(formatValue(a.value, unitOf(a)));
    parts.append(AlertText::severityText(a.severity).toLower());
    parts.append(stateText(a, forMsOf(a), m_nowMs));
    if (sinceMs(a) > 0)
        parts.append(tr("since %1").arg(AlertText::absoluteTimeText(sinceMs(a))));
    return parts.join(QStringLiteral("  "));
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::display(const Alert &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return AlertText::severityText(a.severity);
    case NameColumn:
        return a.rule;
    case LabelsColumn:
        return AlertText::labelsText(a.labels);
    case ValueColumn:
        return formatValue(a.value, unitOf(a));
    case StateColumn:
        return stateText(a, forMsOf(a), m_nowMs);
    case SinceColumn:
        return sinceMs(a) > 0 ? AlertText::relativeTimeText(sinceMs(a), m_nowMs) : QString();
    }
    return {};
}

QVariant AlertModel::toolTip(const Alert &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return a.state == AlertState::Pending
                   ? tr("%1, pending: not notified until it fires")
                         .arg(AlertText::severityText(a.severity))
                   : tr("%1, firing").arg(AlertText::severityText(a.severity));
    case NameColumn:
        return a.summary.isEmpty() ? a.rule : a.summary;
    case LabelsColumn:
        return AlertText::labelsToolTip(a.labels);
    case ValueColumn: {
        const Unit unit = unitOf(a);
        QString tip = tr("Threshold: %1").arg(formatValue(a.threshold, unit));
        if (a.lastSampleMs > 0)
            tip += u'\n' + tr("Last sample: %1").arg(AlertText::absoluteTimeText(a.lastSampleMs));
        return tip;
    }
    case StateColumn: {
        QStringList lines;
        if (a.stale)
            lines.append(tr("Stale: no new samples, so the alert keeps its state."));
        if (a.acknowledged)
            lines.append(tr("Acknowledged: no repeat notifications until it resolves."));
        if (!a.silencedBy.isEmpty())
            lines.append(tr("Silenced: notifications muted by silence %1.").arg(a.silencedBy));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case SinceColumn:
        return sinceMs(a) > 0 ? AlertText::absoluteTimeText(sinceMs(a)) : QString();
    }
    return {};
}

QVariant AlertModel::sortKey(const Alert &a, int column) const
{
    switch (column) {
    case SeverityColumn: {
        // Rank first, then the oldest first among equals (a larger key sorts first descending).
        constexpr qint64 span = Q_INT64_C(10000000000000); // > any epoch ms we will see
        return qint64(severityRank(a)) * span +
               (span - 1 - std::clamp<qint64>(sinceMs(a), 0, span - 1));
    }
    case NameColumn:
        return a.rule.toLower();
    case LabelsColumn:
        return AlertText::labelsText(a.labels).toLower();
    case ValueColumn:
        return a.value;
    case StateColumn:
        return stateRank(a);
    case SinceColumn:
        return sinceMs(a);
    }
    return {};
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case Qt::ToolTipRole:
        return toolTip(a, index.column());
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return dot(a.severity, a.state != AlertState::Firing);
        return {};
    case Qt::ForegroundRole:
        if (a.stale)
            return QBrush(Qt::gray);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FingerprintRole:
        return a.fingerprint;
    case SortRole:
        return sortKey(a, index.column());
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NameColumn:
        return tr("Alert");
    case LabelsColumn:
        return tr("Labels");
    case ValueColumn:
        return tr("Value");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

QHash<int, QByteArray> AlertModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FingerprintRole, "fingerprint");
    names.insert(SortRole, "sort");
    return names;
}

QIcon AlertModel::dot(Severity severity, bool hollow) const
{
    const int key = int(severity) * 2 + (hollow ? 1 : 0);
    auto it = m_dots.find(key);
    if (it == m_dots.end())
        it = m_dots.insert(key, AlertText::severityDot(severity, hollow));
    return *it;
}

} // namespace vigil
