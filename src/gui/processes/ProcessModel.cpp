#include "ProcessModel.h"

#include "series/Unit.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace vigil {

namespace {
// A process is its pid and its start time: a reused pid is another process (another row).
quint64 keyOf(const ProcessInfo &p)
{
    return (quint64(p.pid) << 40) ^ p.startTicks;
}
} // namespace

ProcessModel::ProcessModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProcessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcessModel::cpuText(const ProcessInfo &process)
{
    return process.hasCpu() ? QLocale().toString(process.cpuPercent, 'f', 1) + QStringLiteral(" %")
                            : QStringLiteral("—");
}

QString ProcessModel::rateText(double bytesPerSecond)
{
    return std::isnan(bytesPerSecond) ? QStringLiteral("—")
                                      : formatValue(bytesPerSecond, Unit::BytesPerSecond);
}

QString ProcessModel::startedText(qint64 startMs, qint64 nowMs)
{
    if (startMs <= 0)
        return QStringLiteral("—");
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs);
    if (start.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return start.toString(QStringLiteral("HH:mm:ss"));
    return start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ProcessModel::commandText(const ProcessInfo &process)
{
    return process.commandLine.isEmpty() ? u'[' + process.name + u']' : process.commandLine;
}

QVariant ProcessModel::display(const ProcessInfo &p, int column) const
{
    switch (column) {
    case PidColumn:
        return QString::number(p.pid);
    case NameColumn:
        return p.name;
    case UserColumn:
        return p.user.isEmpty() ? QStringLiteral("—") : p.user;
    case CpuColumn:
        return cpuText(p);
    case MemoryColumn:
        return formatValue(double(p.residentBytes), Unit::Bytes);
    case ReadColumn:
        return rateText(p.readBytesPerSecond);
    case WriteColumn:
        return rateText(p.writeBytesPerSecond);
    case StartedColumn:
        return startedText(p.startTimeMs, m_snapshot.timeMs);
    case CommandColumn:
        return commandText(p);
    }
    return {};
}

QVariant ProcessModel::sortValue(const ProcessInfo &p, int column) const
{
    // Unknown numbers sort below every known one.
    const auto number = [](double v) { return std::isnan(v) ? -1.0 : v; };
    switch (column) {
    case PidColumn:
        return p.pid;
    case NameColumn:
        return p.name.toLower();
    case UserColumn:
        return p.user.toLower();
    case CpuColumn:
        return number(p.cpuPercent);
    case MemoryColumn:
        return double(p.residentBytes);
    case ReadColumn:
        return number(p.readBytesPerSecond);
    case WriteColumn:
        return number(p.writeBytesPerSecond);
    case StartedColumn:
        return p.startTimeMs;
    case CommandColumn:
        return commandText(p);
    }
    return {};
}

QVariant ProcessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessInfo &p = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(p, column);
    case SortRole:
        return sortValue(p, column);
    case PidRole:
        return p.pid;
    case UidRole:
        return p.uid;
    case TopByCpuRole:
        return p.topByCpu;
    case TopByMemoryRole:
        return p.topByMemory;
    case Qt::TextAlignmentRole:
        if (column == PidColumn || (column >= CpuColumn && column <= WriteColumn))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == CpuColumn && !p.hasCpu())
            return tr("Known from the next refresh: CPU use is measured between two looks");
        if ((column == ReadColumn || column == WriteColumn) && !p.hasIo())
            return tr("Unknown: the kernel shows disk activity only for your own processes, "
                      "and a rate needs two refreshes");
        if (column == CommandColumn || column == StartedColumn)
            return column == CommandColumn
                       ? commandText(p)
                       : QDateTime::fromMSecsSinceEpoch(p.startTimeMs).toString(Qt::ISODate);
        return {};
    default:
        return {};
    }
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PidColumn:
            return tr("PID");
        case NameColumn:
            return tr("Name");
        case UserColumn:
            return tr("User");
        case CpuColumn:
            return tr("CPU");
        case MemoryColumn:
            return tr("Memory");
        case ReadColumn:
            return tr("Disk read");
        case WriteColumn:
            return tr("Disk write");
        case StartedColumn:
            return tr("Started");
        case CommandColumn:
            return tr("Command line");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CpuColumn:
            return tr("CPU use since the last refresh, per core: 200 % is two cores busy");
        case MemoryColumn:
            return tr("Resident memory (RSS)");
        case ReadColumn:
        case WriteColumn:
            return tr("Bytes per second that reached the disk since the last refresh");
        }
    }
    return {};
}

int ProcessModel::rowOfPid(qint64 pid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).pid == pid)
            return row;
    }
    return -1;
}

void ProcessModel::setSnapshot(const ProcessSnapshot &snapshot)
{
    QHash<quint64, qsizetype> incoming;
    incoming.reserve(snapshot.processes.size());
    for (qsizetype i = 0; i < snapshot.processes.size(); ++i)
        incoming.insert(keyOf(snapshot.processes.at(i)), i);

    // Gone: removed bottom-up, in runs, so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(keyOf(m_rows.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(keyOf(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Still there: updated in place. New: appended.
    QList<bool> placed(snapshot.processes.size(), false);
    for (ProcessInfo &row : m_rows) {
        const qsizetype i = incoming.value(keyOf(row));
        row = snapshot.processes.at(i);
        placed[i] = true;
    }
    m_snapshot = snapshot;
    m_snapshot.processes.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    const int added = int(placed.count(false));
    if (added > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + added - 1);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            if (!placed.at(i))
                m_rows.append(snapshot.processes.at(i));
        }
        endInsertRows();
    }
}

} // namespace vigil
