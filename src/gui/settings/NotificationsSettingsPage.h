#pragma once

#include "ChannelEditorDialog.h"
#include "SettingsPage.h"

#include <QPointer>

#include <memory>

namespace Ui {
class NotificationsSettingsPage;
}

namespace vigil {

class ChannelTableModel;

// Every notification channel in a table, with Add / Edit / Duplicate / Remove and the channel
// editor. The editor's "Send test notification" goes out through testRequested(); the answer
// comes back to showTestResult() (GuiSession connects both to the engine).
class NotificationsSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsSettingsPage)

public:
    explicit NotificationsSettingsPage(QWidget *parent = nullptr);
    ~NotificationsSettingsPage() override;

    QString title() const override;
    void load(const Config &config) override;
    void save(Config &config) const override;
    QStringList validate() const override;

    ChannelTableModel *model() const { return m_channels; }
    ChannelEditorDialog *editor() const { return m_editor; }
    void addChannel();
    bool editChannel(const QString &name);

public Q_SLOTS:
    void showTestResult(quint64 requestId, int httpStatus, qint64 ms, const QString &error);

Q_SIGNALS:
    void testRequested(quint64 requestId, const vigil::ChannelSpec &spec);

private:
    void editSelected();
    void duplicateChannel();
    void removeChannel();
    void openEditor(const ChannelSpec &spec, int row);
    void onEditorFinished(const ChannelEditorDialog *editor, int result);
    int currentRow() const;
    void selectRow(int row);
    void updateButtons();

    std::unique_ptr<Ui::NotificationsSettingsPage> m_ui;
    ChannelTableModel *m_channels;
    QPointer<ChannelEditorDialog> m_editor;
    int m_editedRow = -1;
};

} // namespace vigil
