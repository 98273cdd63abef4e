#pragma once

#include "collect/ProcessTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The rows of the last process snapshot. A new snapshot updates rows in place (a process is its
// pid and start time), removes those that are gone and appends new ones, so that selections and
// the proxy's sort survive refreshes. Display texts carry units; SortRole has raw numbers.
class ProcessModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessModel)

public:
    enum Column {
        PidColumn,
        NameColumn,
        UserColumn,
        CpuColumn,
        MemoryColumn,
        ReadColumn,
        WriteColumn,
        StartedColumn,
        CommandColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        PidRole,      // qint64
        UidRole,      // qint64, -1 unknown
        TopByCpuRole, // bool
        TopByMemoryRole,
    };

    explicit ProcessModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSnapshot(const ProcessSnapshot &snapshot);
    const ProcessSnapshot &snapshot() const { return m_snapshot; }
    const ProcessInfo &processAt(int row) const { return m_rows.at(row); }
    // -1 when the pid is not listed.
    int rowOfPid(qint64 pid) const;

    // "2.5 %", "12.0 MiB", "—" for unknown: shared with the copy texts of the view.
    static QString cpuText(const ProcessInfo &process);
    static QString rateText(double bytesPerSecond);
    // Time of day for processes started today (relative to nowMs), else date and time.
    static QString startedText(qint64 startMs, qint64 nowMs);
    // The command line, or the name in brackets for kernel threads (like ps).
    static QString commandText(const ProcessInfo &process);

private:
    QVariant display(const ProcessInfo &p, int column) const;
    QVariant sortValue(const ProcessInfo &p, int column) const;

    ProcessSnapshot m_snapshot; // without the rows, which are in m_rows
    QList<ProcessInfo> m_rows;
};

} // namespace vigil
