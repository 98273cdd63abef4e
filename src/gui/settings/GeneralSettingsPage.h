#pragma once

#include "SettingsPage.h"

#include <array>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Ui {
class GeneralSettingsPage;
}

namespace vigil {

class LanguageChooser;
class RuleTableModel;
struct AlertRule;

// The thresholds of the three shipped rules, desktop notifications and the sampling interval.
// Threshold edits go straight into the shared RuleTableModel (so the Alert rules page shows
// them at once); the rest is written by save().
class GeneralSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(RuleTableModel *rules, QWidget *parent = nullptr);
    ~GeneralSettingsPage() override;

    QString title() const override;
    void load(const Config &config) override;
    void save(Config &config) const override;
    QStringList validate() const override;

    LanguageChooser *languageChooser() const { return m_language; }

private:
    struct Row
    {
        QString rule; // cpu_high, memory_high, filesystem_full
        QString what; // "total CPU usage"
        QCheckBox *enabled = nullptr;
        QDoubleSpinBox *warning = nullptr;
        QDoubleSpinBox *critical = nullptr;
        QLineEdit *forEdit = nullptr;
        QLabel *status = nullptr;
        QList<QWidget *> fields; // everything disabled when the rule is gone
    };

    void setUpRow(Row &row);
    void refreshRows();
    void refreshRow(Row &row);
    void writeRow(Row &row, QObject *source);
    void updateRowStatus(Row &row);
    QString forProblem(const Row &row) const;
    QString intervalProblem() const;
    void updateIntervalStatus();
    void restoreRule(const QString &name);

    std::unique_ptr<Ui::GeneralSettingsPage> m_ui;
    RuleTableModel *m_rules;
    LanguageChooser *m_language = nullptr;
    std::array<Row, 3> m_rows;
    qint64 m_historyMs = 0;
    bool m_updating = false; // widgets being filled from the model: not a user edit
    bool m_writing = false;  // this page is writing to the model: no refresh from it
};

} // namespace vigil
