#pragma once

#include "checks/CheckTypes.h"
#include "checks/CheckValidation.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The service checks being edited in the settings dialog, one row per check: name, type,
// target, interval and an "enabled" checkbox.
class CheckTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckTableModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        TargetColumn,
        IntervalColumn,
        EnabledColumn,
        ColumnCount
    };
    enum Role {
        CheckNameRole = Qt::UserRole + 1, // QString
        ProblemRole,                      // QString, empty when the check is valid
    };

    explicit CheckTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<CheckSpec> &checks() const { return m_checks; }
    void setChecks(const QList<CheckSpec> &checks);
    const CheckSpec &check(int row) const { return m_checks.at(row); }
    void setCheck(int row, const CheckSpec &check);
    void insertCheck(int row, const CheckSpec &check);
    void removeCheck(int row);
    // First row with that name, -1 when there is none.
    int rowOfName(const QString &name) const;
    // A name no check uses: base, base-2, base-3, ...
    QString uniqueName(const QString &base) const;

    // Why a row cannot be saved (validateCheck() or a duplicate name), empty when it can.
    QString problem(int row) const;
    QStringList problems() const;

    // "url" -> "URL", "expected_status" -> "Expected status": the editor's label of a key.
    static QString fieldTitle(const QString &key);
    // "URL: "x" is not an http:// or https:// URL with a host".
    static QString problemText(const CheckProblem &problem);

private:
    void allRowsChanged();

    QList<CheckSpec> m_checks;
};

} // namespace vigil
