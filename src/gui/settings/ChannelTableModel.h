#pragma once

#include "notify/ChannelValidation.h"
#include "notify/NotifyTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The notification channels being edited in the settings dialog, one row per channel: name,
// type, destination (scheme and host only: the rest of a webhook URL is a secret), minimum
// severity and an "enabled" checkbox.
class ChannelTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelTableModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        DestinationColumn,
        SeverityColumn,
        EnabledColumn,
        ColumnCount
    };
    enum Role {
        ChannelNameRole = Qt::UserRole + 1, // QString
        ProblemRole,                        // QString, empty when the channel is valid
    };

    explicit ChannelTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<ChannelSpec> &channels() const { return m_channels; }
    void setChannels(const QList<ChannelSpec> &channels);
    const ChannelSpec &channel(int row) const { return m_channels.at(row); }
    void setChannel(int row, const ChannelSpec &channel);
    void insertChannel(int row, const ChannelSpec &channel);
    void removeChannel(int row);
    int rowOfName(const QString &name) const;
    QString uniqueName(const QString &base) const;

    // Why a row cannot be saved (validateChannel() or a duplicate name), empty when it can.
    QString problem(int row) const;
    QStringList problems() const;

    // "Slack", "Microsoft Teams", "Generic webhook": what the user picks from.
    static QString typeTitle(ChannelType type);
    // "url" -> "URL", "min_severity" -> "Minimum severity".
    static QString fieldTitle(const QString &key);
    static QString problemText(const ChannelProblem &problem);

private:
    void allRowsChanged();

    QList<ChannelSpec> m_channels;
};

} // namespace vigil
