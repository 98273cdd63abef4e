#pragma once

#include "checks/CheckTypes.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

class QLineEdit;
class QTimer;

namespace Ui {
class CheckEditorDialog;
}

namespace vigil {

// Edits one service check: the common settings, one form per check type, inline validation
// (validateCheck(), unique names) with OK disabled while anything is invalid, and a Test button
// that runs one attempt through whoever listens to testRequested() (the engine, via the page)
// and shows the answer given to showTestResult(). Holds no engine and touches no files.
class CheckEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckEditorDialog)

public:
    explicit CheckEditorDialog(QWidget *parent = nullptr);
    ~CheckEditorDialog() override;

    // Names of the other checks: using one of them is an error.
    void setTakenNames(const QStringList &names);
    void setCheck(const CheckSpec &spec);
    // The check as edited. Fields whose text does not parse keep the value given to setCheck();
    // the parts of other check types are left at their defaults.
    CheckSpec check() const;

    // Blocking problems, one sentence each; empty when OK is enabled.
    QStringList problems() const { return m_problems; }
    // A test was asked for and its answer has not come yet.
    bool isTesting() const { return m_testRequest != 0; }
    QString testResultText() const;

public Q_SLOTS:
    // The answer to testRequested(); answers to earlier requests are ignored.
    void showTestResult(quint64 requestId, const vigil::CheckResult &result);

Q_SIGNALS:
    void testRequested(quint64 requestId, const vigil::CheckSpec &spec);

private:
    struct Parsed
    {
        CheckSpec spec;
        QList<QPair<QWidget *, QString>> errors; // input that does not parse, with the reason
    };

    // CheckEditorFields.cpp: the per-type forms.
    void setupFields();
    void fill(const CheckSpec &spec);
    Parsed parse() const;
    QWidget *widgetForKey(const QString &key, CheckType type) const;

    void revalidate();
    void onTypeChanged();
    void onTest();
    void onTestTimeout();
    void browse(QLineEdit *target);
    void updateTestButton();

    std::unique_ptr<Ui::CheckEditorDialog> m_ui;
    CheckSpec m_spec; // as given, for fields that do not parse or are not shown
    QStringList m_takenNames;
    QStringList m_problems;
    QList<QWidget *> m_marked; // inputs shown as invalid
    QTimer *m_testTimer;
    quint64 m_testRequest = 0;
    bool m_filling = false;
};

} // namespace vigil
