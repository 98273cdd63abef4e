#pragma once

#include "config/Config.h"
#include "series/SeriesId.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace vigil {

class ChecksSettingsPage;
class NotificationsSettingsPage;
class GeneralSettingsPage;
class RuleTableModel;
class RulesSettingsPage;
class SettingsPage;

// The settings dialog: pages (General, Alert rules) over one Config. It never reads or writes
// files: OK and Apply emit configAccepted() with the edited config, and whoever saves it
// answers with showSaveResult(). OK closes only once the save succeeded.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const Config &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Series seen so far, for the rule editor's series picker.
    void setKnownSeries(const QList<SeriesId> &series);

    // The configuration as edited on every page (meaningful when problems() is empty).
    Config config() const;
    // Why OK and Apply are disabled; empty when the edits can be saved.
    QStringList problems() const { return m_problems; }
    // configAccepted() was emitted and showSaveResult() has not answered yet.
    bool isSaving() const { return m_pending != Pending::None; }

    QList<SettingsPage *> pages() const { return m_pages; }
    GeneralSettingsPage *generalPage() const { return m_general; }
    RulesSettingsPage *rulesPage() const { return m_rulesPage; }
    ChecksSettingsPage *checksPage() const { return m_checksPage; }
    NotificationsSettingsPage *notificationsPage() const { return m_notificationsPage; }
    void showPage(SettingsPage *page);

public Q_SLOTS:
    // The answer to configAccepted(): on success OK closes the dialog and Apply stays open; on
    // failure the error is shown and the dialog stays open with the edits.
    void showSaveResult(bool ok, const QString &error);

Q_SIGNALS:
    void configAccepted(const vigil::Config &config);

private:
    enum class Pending { None, Apply, Ok };

    void addPage(SettingsPage *page);
    void revalidate();
    void updateButtons();
    void submit(Pending kind);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    RuleTableModel *m_rules = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    RulesSettingsPage *m_rulesPage = nullptr;
    ChecksSettingsPage *m_checksPage = nullptr;
    NotificationsSettingsPage *m_notificationsPage = nullptr;
    QList<SettingsPage *> m_pages;
    Config m_saved;     // the configuration in effect (last successful save)
    Config m_submitted; // sent with configAccepted(), waiting for showSaveResult()
    Pending m_pending = Pending::None;
    QStringList m_problems;
};

} // namespace vigil
