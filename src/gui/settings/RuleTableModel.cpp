#include "RuleTableModel.h"

#include "RuleText.h"
#include "alerts/CompareOp.h"
#include "config/Duration.h"

#include <QApplication>
#include <QStyle>

namespace vigil {

RuleTableModel::RuleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AlertRule &r = m_rules.at(index.row());
    if (role == RuleNameRole)
        return r.name;
    if (role == ProblemRole)
        return problem(index.row());
    const Unit unit = ruletext::unitOfSelector(r.series);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SeriesColumn:
            return r.series;
        case OperatorColumn:
            return compareOpSymbol(r.op);
        case WarningColumn:
            return ruletext::formatThreshold(r.warning, unit);
        case CriticalColumn:
            return ruletext::formatThreshold(r.critical, unit);
        case ForColumn:
            return formatDuration(r.forMs);
        }
        return QVariant();
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == WarningColumn || index.column() == CriticalColumn ||
            index.column() == ForColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == OperatorColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (!r.enabled) // kept but not evaluated
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
            return r.enabled ? tr("Enabled: this rule is evaluated")
                             : tr("Disabled: this rule is kept but not evaluated");
        if (index.column() == SeriesColumn)
            return r.series;
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool RuleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    AlertRule &r = m_rules[index.row()];
    if (r.enabled != enabled) {
        r.enabled = enabled;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    }
    return true;
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case SeriesColumn:
            return tr("Series");
        case OperatorColumn:
            return tr("Operator");
        case WarningColumn:
            return tr("Warning");
        case CriticalColumn:
            return tr("Critical");
        case ForColumn:
            return tr("For");
        case EnabledColumn:
            return tr("Enabled");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeriesColumn:
            return tr("Selector of the series the rule watches");
        case OperatorColumn:
            return tr("How a value is compared with the thresholds");
        case ForColumn:
            return tr("How long the condition must hold before the alert fires");
        default:
            break;
        }
    }
    return QVariant();
}

void RuleTableModel::setRules(const QList<AlertRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void RuleTableModel::setRule(int row, const AlertRule &rule)
{
    Q_ASSERT(row >= 0 && row < m_rules.size());
    if (m_rules.at(row) == rule)
        return;
    const bool renamed = m_rules.at(row).name != rule.name;
    m_rules[row] = rule;
    if (renamed) // a rename can create or end a duplicate elsewhere: every row's problem changes
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RuleTableModel::insertRule(int row, const AlertRule &rule)
{
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_rules.insert(row, rule);
    endInsertRows();
    if (countOfName(rule.name) > 1) // the new row makes a duplicate: its namesakes change too
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RuleTableModel::removeRule(int row)
{
    Q_ASSERT(row >= 0 && row < m_rules.size());
    const QString name = m_rules.at(row).name;
    beginRemoveRows(QModelIndex(), row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    if (rowOfName(name) >= 0) // the surviving namesake is no longer a duplicate
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RuleTableModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).name == name)
            return row;
    }
    return -1;
}

int RuleTableModel::countOfName(const QString &name) const
{
    int n = 0;
    for (const AlertRule &r : m_rules)
        n += r.name == name ? 1 : 0;
    return n;
}

QString RuleTableModel::uniqueName(const QString &base) const
{
    if (rowOfName(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'_' + QString::number(n);
        if (rowOfName(candidate) < 0)
            return candidate;
    }
}

QString RuleTableModel::problem(int row) const
{
    const AlertRule &r = m_rules.at(row);
    const QString invalid = ruletext::ruleProblem(r);
    if (!invalid.isEmpty())
        return invalid;
    for (int other = 0; other < m_rules.size(); ++other) {
        if (other != row && m_rules.at(other).name == r.name)
            return tr("%1 — Name: more than one rule has this name").arg(r.name);
    }
    return QString();
}

QStringList RuleTableModel::problems() const
{
    QStringList out;
    for (int row = 0; row < m_rules.size(); ++row) {
        const QString p = problem(row);
        if (!p.isEmpty() && !out.contains(p))
            out.append(p);
    }
    return out;
}

} // namespace vigil
