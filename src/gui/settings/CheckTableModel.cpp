#include "CheckTableModel.h"

#include "NamedList.h"

#include "checks/CheckText.h"
#include "config/Duration.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace vigil {

CheckTableModel::CheckTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CheckSpec &c = m_checks.at(index.row());
    switch (role) {
    case CheckNameRole:
        return c.name;
    case ProblemRole:
        return problem(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case TypeColumn:
            return CheckText::typeText(c.type);
        case TargetColumn:
            return c.target();
        case IntervalColumn:
            return formatDuration(c.intervalMs);
        }
        return QVariant();
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return c.enabled ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IntervalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (!c.enabled) // kept but not run
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
            return c.enabled ? tr("Enabled: this check runs")
                             : tr("Disabled: this check is kept but does not run");
        if (index.column() == TargetColumn)
            return c.target();
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool CheckTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    CheckSpec &c = m_checks[index.row()];
    if (c.enabled != enabled) {
        c.enabled = enabled;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1),
                           {Qt::CheckStateRole, Qt::ToolTipRole, Qt::ForegroundRole});
    }
    return true;
}

Qt::ItemFlags CheckTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount ||
        role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Target");
    case IntervalColumn:
        return tr("Interval");
    case EnabledColumn:
        return tr("Enabled");
    }
    return QVariant();
}

void CheckTableModel::allRowsChanged()
{
    if (!m_checks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CheckTableModel::setChecks(const QList<CheckSpec> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void CheckTableModel::setCheck(int row, const CheckSpec &check)
{
    Q_ASSERT(row >= 0 && row < m_checks.size());
    if (m_checks.at(row) == check)
        return;
    const bool renamed = m_checks.at(row).name != check.name;
    m_checks[row] = check;
    if (renamed) // a rename can create or end a duplicate elsewhere
        allRowsChanged();
    else
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckTableModel::insertCheck(int row, const CheckSpec &check)
{
    row = qBound(0, row, int(m_checks.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_checks.insert(row, check);
    endInsertRows();
    if (std::count_if(m_checks.cbegin(), m_checks.cend(),
                      [&](const CheckSpec &c) { return c.name == check.name; }) > 1)
        allRowsChanged();
}

void CheckTableModel::removeCheck(int row)
{
    Q_ASSERT(row >= 0 && row < m_checks.size());
    const QString name = m_checks.at(row).name;
    beginRemoveRows(QModelIndex(), row, row);
    m_checks.removeAt(row);
    endRemoveRows();
    if (rowOfName(name) >= 0) // the surviving namesake is no longer a duplicate
        allRowsChanged();
}

int CheckTableModel::rowOfName(const QString &name) const
{
    return namedlist::rowOfName(m_checks, name);
}

QString CheckTableModel::uniqueName(const QString &base) const
{
    return namedlist::uniqueName(m_checks, base);
}

QString CheckTableModel::problem(int row) const
{
    const CheckSpec &c = m_checks.at(row);
    const QList<CheckProblem> problems = validateCheck(c);
    if (!problems.isEmpty())
        return c.name + QStringLiteral(" — ") + problemText(problems.first());
    if (namedlist::isDuplicate(m_checks, row))
        return tr("%1 — Name: more than one check has this name").arg(c.name);
    return QString();
}

QStringList CheckTableModel::problems() const
{
    return namedlist::distinctProblems(rowCount(), [this](int row) { return problem(row); });
}

QString CheckTableModel::fieldTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("interval"), QT_TR_NOOP("Interval")},
        {QStringLiteral("timeout"), QT_TR_NOOP("Timeout")},
        {QStringLiteral("retries"), QT_TR_NOOP("Retries")},
        {QStringLiteral("recover_after"), QT_TR_NOOP("Recover after")},
        {QStringLiteral("backoff_base"), QT_TR_NOOP("Backoff base")},
        {QStringLiteral("backoff_cap"), QT_TR_NOOP("Backoff cap")},
        {QStringLiteral("url"), QT_TR_NOOP("URL")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("headers"), QT_TR_NOOP("Headers")},
        {QStringLiteral("expected_status"), QT_TR_NOOP("Expected status")},
        {QStringLiteral("body_regex"), QT_TR_NOOP("Body regex")},
        {QStringLiteral("json_field"), QT_TR_NOOP("JSON field")},
        {QStringLiteral("degraded_latency"), QT_TR_NOOP("Degraded above")},
        {QStringLiteral("cert_critical_days"), QT_TR_NOOP("Certificate critical")},
        {QStringLiteral("max_redirects"), QT_TR_NOOP("Redirects")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("port"), QT_TR_NOOP("Port")},
        {QStringLiteral("query"), QT_TR_NOOP("Query")},
        {QStringLiteral("server"), QT_TR_NOOP("Server")},
        {QStringLiteral("expect_address"), QT_TR_NOOP("Expected address")},
        {QStringLiteral("process"), QT_TR_NOOP("Process")},
        {QStringLiteral("cmdline"), QT_TR_NOOP("Command line")},
        {QStringLiteral("min_count"), QT_TR_NOOP("Minimum count")},
        {QStringLiteral("max_count"), QT_TR_NOOP("Maximum count")},
        {QStringLiteral("path"), QT_TR_NOOP("Path")},
        {QStringLiteral("max_age"), QT_TR_NOOP("Max age")},
        {QStringLiteral("max_size"), QT_TR_NOOP("Max size")},
        {QStringLiteral("pattern"), QT_TR_NOOP("Pattern")},
        {QStringLiteral("min_level"), QT_TR_NOOP("Minimum level")},
        {QStringLiteral("max_per_minute"), QT_TR_NOOP("Max per minute")},
        {QStringLiteral("allow"), QT_TR_NOOP("Allow")},
        {QStringLiteral("deny"), QT_TR_NOOP("Deny")},
        {QStringLiteral("max_series"), QT_TR_NOOP("Max series")},
    };
    const auto it = titles.constFind(key);
    return it == titles.cend() ? key : tr(*it);
}

QString CheckTableModel::problemText(const CheckProblem &problem)
{
    return fieldTitle(problem.key) + QStringLiteral(": ") + problem.message;
}

} // namespace vigil
