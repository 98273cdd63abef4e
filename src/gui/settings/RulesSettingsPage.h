#pragma once

#include "RuleEditorDialog.h"
#include "SettingsPage.h"
#include "series/SeriesId.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace Ui {
class RulesSettingsPage;
}

namespace vigil {

class RuleTableModel;
struct AlertRule;

// Every alert rule in a table, with Add / Edit / Duplicate / Remove and the rule editor.
class RulesSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesSettingsPage)

public:
    explicit RulesSettingsPage(RuleTableModel *rules, QWidget *parent = nullptr);
    ~RulesSettingsPage() override;

    QString title() const override;
    void load(const Config &config) override;
    void save(Config &config) const override;
    QStringList validate() const override;

    void setKnownSeries(const QList<SeriesId> &series);
    // The open rule editor (window-modal, opened with open()), or null.
    RuleEditorDialog *editor() const { return m_editor; }

private:
    void addRule();
    void editRule();
    void duplicateRule();
    void removeRule();
    void openEditor(const AlertRule &rule, int row);
    void onEditorFinished(const RuleEditorDialog *editor, int result);
    int currentRow() const;
    void selectRow(int row);
    void updateButtons();

    std::unique_ptr<Ui::RulesSettingsPage> m_ui;
    RuleTableModel *m_rules;
    QList<SeriesId> m_knownSeries;
    QPointer<RuleEditorDialog> m_editor;
    int m_editedRow = -1; // -1: the editor adds a rule
};

} // namespace vigil
