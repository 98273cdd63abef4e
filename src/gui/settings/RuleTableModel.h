#pragma once

#include "alerts/AlertTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The rules being edited in the settings dialog, one row per rule. Shared by the General page
// (default thresholds) and the Alert rules page, so both always show the same values.
class RuleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTableModel)

public:
    enum Column {
        NameColumn,
        SeriesColumn,
        OperatorColumn,
        WarningColumn,
        CriticalColumn,
        ForColumn,
        EnabledColumn,
        ColumnCount
    };
    enum Role {
        RuleNameRole = Qt::UserRole + 1, // QString
        ProblemRole,                     // QString, empty when the rule is valid
    };

    explicit RuleTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<AlertRule> &rules() const { return m_rules; }
    void setRules(const QList<AlertRule> &rules);
    const AlertRule &rule(int row) const { return m_rules.at(row); }
    void setRule(int row, const AlertRule &rule);
    void insertRule(int row, const AlertRule &rule);
    void removeRule(int row);
    // First row with that name, -1 when there is none.
    int rowOfName(const QString &name) const;
    int countOfName(const QString &name) const;
    // A name not used by any rule: base, base_2, base_3, ...
    QString uniqueName(const QString &base) const;

    // Why a row cannot be saved (validateRule() or a duplicate name), empty when it can.
    QString problem(int row) const;
    QStringList problems() const;

private:
    QList<AlertRule> m_rules;
};

} // namespace vigil
