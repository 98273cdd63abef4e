#pragma once

#include "alerts/AlertTypes.h"
#include "series/SeriesId.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QLineEdit;

namespace Ui {
class RuleEditorDialog;
}

namespace vigil {

// Edits one alert rule: every field of AlertRule, a series picker over the known series, and
// inline validation (validateRule(), Selector::parse, unique names). OK stays disabled while
// anything is invalid; a selector that matches no known series only warns.
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)

public:
    explicit RuleEditorDialog(QWidget *parent = nullptr);
    ~RuleEditorDialog() override;

    // Offered in the series picker; also used for the "matches no series yet" warning.
    void setKnownSeries(const QList<SeriesId> &series);
    // Names of the other rules: using one of them is an error.
    void setTakenNames(const QStringList &names);

    void setRule(const AlertRule &rule);
    // The rule as edited. Fields whose text does not parse keep the value given to setRule().
    AlertRule rule() const;

    // Blocking problems, one sentence each; empty when OK is enabled.
    QStringList problems() const { return m_problems; }
    // The non-blocking note about the selector ("Matches no series yet ..."), or empty.
    QString seriesWarning() const { return m_seriesWarning; }

private:
    struct Parsed;
    Parsed parse() const;
    void revalidate();
    void updateUnits();
    void updateSeriesStatus(bool selectorValid);
    void fillSeriesPicker();
    void addLabelRow(const QString &name, const QString &value);
    QWidget *widgetForField(const QString &field) const;
    QList<QWidget *> checkedWidgets() const;

    std::unique_ptr<Ui::RuleEditorDialog> m_ui;
    AlertRule m_rule; // as given, for fields that do not parse
    QList<SeriesId> m_knownSeries;
    QStringList m_takenNames;
    QStringList m_problems;
    QString m_seriesWarning;
    bool m_filling = false;
};

} // namespace vigil
