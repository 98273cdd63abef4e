#pragma once

#include "CheckEditorDialog.h"
#include "SettingsPage.h"

#include <QPointer>

#include <memory>

namespace Ui {
class ChecksSettingsPage;
}

namespace vigil {

class CheckTableModel;

// Every service check in a table, with Add / Edit / Duplicate / Remove and the check editor.
// The editor's Test goes out through testRequested(); the answer comes back to
// showTestResult() (GuiSession connects both to the engine).
class ChecksSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksSettingsPage)

public:
    explicit ChecksSettingsPage(QWidget *parent = nullptr);
    ~ChecksSettingsPage() override;

    QString title() const override;
    void load(const Config &config) override;
    void save(Config &config) const override;
    QStringList validate() const override;

    CheckTableModel *model() const { return m_checks; }
    // The open check editor (window-modal, opened with open()), or null.
    CheckEditorDialog *editor() const { return m_editor; }
    // Opens the editor on a new check.
    void addCheck();
    // Opens the editor on a new check prefilled from `spec` (its name made unique).
    void addCheck(const CheckSpec &spec);
    // Selects the named check and opens the editor on it; false when there is no such check.
    bool editCheck(const QString &name);

public Q_SLOTS:
    void showTestResult(quint64 requestId, const vigil::CheckResult &result);

Q_SIGNALS:
    void testRequested(quint64 requestId, const vigil::CheckSpec &spec);

private:
    void editSelected();
    void duplicateCheck();
    void removeCheck();
    void openEditor(const CheckSpec &spec, int row);
    void onEditorFinished(const CheckEditorDialog *editor, int result);
    int currentRow() const;
    void selectRow(int row);
    void updateButtons();

    std::unique_ptr<Ui::ChecksSettingsPage> m_ui;
    CheckTableModel *m_checks;
    QPointer<CheckEditorDialog> m_editor;
    int m_editedRow = -1; // -1: the editor adds a check
};

} // namespace vigil
