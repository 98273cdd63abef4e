#pragma once

#include <QSortFilterProxyModel>

namespace vigil {

// The Log view's filter over a LogModel: a minimum level and a text (case-insensitive) found in
// the message, the category or a field value.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxy)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    ~LogFilterProxy() override;

    void setMinimumLevel(int level); // an int(LogLevel)
    int minimumLevel() const { return m_minimumLevel; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumLevel = 0;
    QString m_text;
};

} // namespace vigil
