#pragma once

#include "alerts/AlertTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <optional>

namespace vigil {

// The active (pending and firing) alerts as a table. Updated in place by fingerprint each tick:
// rows are inserted, removed, or get dataChanged with explicit roles; never a reset per tick.
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)

public:
    enum Column {
        SeverityColumn,
        NameColumn,
        LabelsColumn,
        ValueColumn,
        StateColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role {
        FingerprintRole = Qt::UserRole + 1,
        SortRole, // numbers or lower-case text; the severity column sorts worst first, then oldest
    };

    explicit AlertModel(QObject *parent = nullptr);
    ~AlertModel() override;

    // The rules give the pending countdown (`for`) and the thresholds of the detail pane.
    void setRules(const QList<AlertRule> &rules);
    std::optional<AlertRule> rule(const QString &name) const;

    void setAlerts(const QList<Alert> &alerts, qint64 nowMs);
    // Refreshes the countdowns and relative times.
    void tick(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    std::optional<Alert> alert(const QString &fingerprint) const;
    int rowOf(const QString &fingerprint) const { return m_rows.value(fingerprint, -1); }

    // "pending, fires in 1m 20s", "firing, acknowledged, silenced", ... (forMs < 0: unknown).
    static QString stateText(const Alert &alert, qint64 forMs, qint64 nowMs);
    // "cpu_high  cpu=total  97.0 %  firing": what Copy puts on the clipboard.
    QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Drawn once: data() runs for every painted cell.
    QIcon dot(Severity severity, bool hollow) const;
    QVariant display(const Alert &alert, int column) const;
    QVariant toolTip(const Alert &alert, int column) const;
    QVariant sortKey(const Alert &alert, int column) const;
    qint64 forMsOf(const Alert &alert) const;
    void rebuildRows();
    void emitRowChanged(int row, int firstColumn, int lastColumn);

    QList<Alert> m_alerts;
    QHash<QString, int> m_rows; // fingerprint -> row
    QHash<QString, AlertRule> m_rules;
    qint64 m_nowMs = 0;
    mutable QHash<int, QIcon> m_dots;
};

} // namespace vigil
