#pragma once

#include "checks/CheckTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

#include <optional>

namespace vigil {

// The configured service checks as a table, one row per check in configuration order. A state
// change updates its row (dataChanged with explicit roles); only a new set of checks resets the
// model. Also keeps each check's recent results for the detail pane.
class CheckModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        TypeColumn,
        TargetColumn,
        LatencyColumn,
        UptimeColumn,
        LastCheckedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // QString: the check's name
        StatusRole,                  // int: CheckStatus
        SortRole,                    // numbers or lower-case text; status sorts worst first
    };
    static constexpr int MaxResults = 50; // per check

    explicit CheckModel(QObject *parent = nullptr);
    ~CheckModel() override;

    // A new set of checks (Engine::checkStatesReset): resets the model. Results of checks that
    // remain are kept.
    void setStates(const QList<CheckState> &states);
    // One check changed (Engine::checkStateChanged): its row only.
    void updateState(const CheckState &state);
    // One attempt finished (Engine::checkResult): kept for the detail pane.
    void addResult(const CheckResult &result);
    // Refreshes the relative "last checked" times.
    void tick(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }

    const CheckState &stateAt(int row) const { return m_states.at(row); }
    std::optional<CheckState> state(const QString &name) const;
    int rowOf(const QString &name) const { return m_rows.value(name, -1); }
    // Oldest first, at most MaxResults.
    QList<CheckResult> results(const QString &name) const { return m_results.value(name); }
    // "api  http  https://…  healthy  12 ms  99.95 %  HTTP 200": what Copy puts on the clipboard.
    QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void resultAdded(const QString &check);

private:
    QIcon dot(CheckStatus status) const;
    QVariant display(const CheckState &state, int column) const;
    QVariant toolTip(const CheckState &state, int column) const;
    QVariant sortKey(const CheckState &state, int column) const;
    void rebuildRows();

    QList<CheckState> m_states;
    QHash<QString, int> m_rows; // name -> row
    QHash<QString, QList<CheckResult>> m_results;
    qint64 m_nowMs = 0;
    mutable QHash<int, QIcon> m_dots;
};

} // namespace vigil
