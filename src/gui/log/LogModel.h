#pragma once

#include "log/LogEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace vigil {

class RecentLog;

// The Log view's rows: the entries of a RecentLog, oldest first, following it as it grows (and
// dropping its oldest rows past the tail's capacity). Reads memory only.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(LogLevel)
        SearchTextRole,               // message, category and field values, for the filter
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // Shows the tail's entries and follows it; null shows nothing.
    void setTail(RecentLog *tail);
    void setCapacity(int capacity) { m_capacity = std::max(capacity, 1); }
    const LogEntry &entry(int row) const { return m_entries.at(row); }

    static QString levelText(LogLevel level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void append(const QList<vigil::LogEntry> &entries);

private:
    QList<LogEntry> m_entries;
    QPointer<RecentLog> m_tail;
    QMetaObject::Connection m_connection;
    int m_capacity = 2000;
};

} // namespace vigil
