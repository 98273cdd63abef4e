#pragma once

#include "alerts/AlertTypes.h"
#include "series/Unit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace vigil {

// Stored alert events (transitions) as a table, oldest row first; views sort through a proxy.
// A query result replaces the rows; live events are inserted as they happen.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        KindColumn,
        SeverityColumn,
        RuleColumn,
        LabelsColumn,
        ValueColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, EventIdRole };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Units of the values: each rule's series decides them.
    void setRules(const QList<AlertRule> &rules);
    void setEvents(const QList<AlertEvent> &events);
    // Inserts in time order; events already present (same non-zero id) are skipped. Beyond the
    // limit the oldest rows go.
    void appendEvents(const QList<AlertEvent> &events);
    void setLimit(int limit);
    int limit() const { return m_limit; }

    const QList<AlertEvent> &events() const { return m_events; }
    const AlertEvent &eventAt(int row) const { return m_events.at(row); }
    Unit unitOf(const AlertEvent &event) const;

    // Whether an event passes a query's filters (for live events; storage filters the rest, the
    // same way: severity is the level the event leads to, healthy for a resolution).
    static bool matches(const EventQuery &query, const AlertEvent &event);
    // The severity shown for an event: the new level, or the level that resolved.
    static Severity severityOf(const AlertEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Drawn once: data() runs for every painted cell.
    QIcon dot(Severity severity, bool hollow) const;
    QVariant display(const AlertEvent &event, int column) const;
    QVariant sortKey(const AlertEvent &event, int column) const;
    void trimToLimit();

    QList<AlertEvent> m_events;
    QHash<QString, Unit> m_unitByRule;
    int m_limit = 10000;
    mutable QHash<int, QIcon> m_dots;
};

} // namespace vigil
