#include "settings/GeneralSettingsPage.h"
#include "settings/RuleEditorDialog.h"
#include "settings/RuleTableModel.h"
#include "settings/RulesSettingsPage.h"
#include "settings/SettingsDialog.h"

#include "alerts/AlertTypes.h"
#include "config/Config.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace vigil;

namespace {

QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(which);
}

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Replaces the text of an input the way a user does: select all, type.
void typeInto(QWidget *w, const QString &text)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(w, Qt::Key_Delete);
    else
        QTest::keyClicks(w, text);
}

int ruleIndex(const Config &config, const QString &name)
{
    for (int i = 0; i < config.rules.size(); ++i) {
        if (config.rules.at(i).name == name)
            return int(i);
    }
    return -1;
}

QString visibleText(const QLabel *label)
{
    return label->isVisibleTo(label->window()) ? label->text() : QString();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(ruleIndex(Config(), QStringLiteral("cpu_high")) >= 0);
    }

    void changeCpuWarningAndPressOk()
    {
        const Config original;
        SettingsDialog dialog(original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);

        auto *spin = child<QDoubleSpinBox>(dialog, "cpuWarningSpinBox");
        QCOMPARE(spin->value(), 80.0);
        typeInto(spin, QStringLiteral("75"));
        QTest::keyClick(spin, Qt::Key_Tab);
        QCOMPARE(spin->value(), 75.0);
        QVERIFY(dialog.problems().isEmpty());

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const auto got = accepted.at(0).at(0).value<Config>();
        Config expected = original;
        expected.rules[ruleIndex(expected, QStringLiteral("cpu_high"))].warning = 75;
        QVERIFY(got == expected); // the new threshold and nothing else
        QCOMPARE(got.rules.at(ruleIndex(got, QStringLiteral("cpu_high"))).warning, 75.0);

        // OK waits for the save before closing.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isSaving());
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        dialog.showSaveResult(true, QString());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void invalidEntryKeepsOkDisabled_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("statusLabel");
        QTest::addColumn<QString>("reason");

        QTest::newRow("warning above critical")
            << "cpuWarningSpinBox"
            << "99"
            << "cpuStatusLabel"
            << "Critical (95) must be at least warning (99) for operator \">=\"";
        QTest::newRow("critical below warning")
            << "filesystemCriticalSpinBox"
            << "50"
            << "filesystemStatusLabel"
            << "Critical (50) must be at least warning (80) for operator \">=\"";
        QTest::newRow("warning below its clear threshold")
            << "cpuWarningSpinBox"
            << "60"
            << "cpuStatusLabel"
            << "Warning clear: 70 must be below warning (60) for operator \">=\"";
        QTest::newRow("duration fast") << "memoryForLineEdit"
                                       << "fast"
                                       << "memoryStatusLabel"
                                       << "For: expected a number, got \"fast\"";
        QTest::newRow("duration without unit")
            << "filesystemForLineEdit"
            << "90"
            << "filesystemStatusLabel"
            << "For: missing unit after \"90\"; use ms, s, m, h or d";
        QTest::newRow("interval too short") << "samplingIntervalLineEdit"
                                            << "50ms"
                                            << "samplingIntervalStatusLabel"
                                            << "50ms is out of range; allowed 100ms to 1h";
        QTest::newRow("interval fast") << "samplingIntervalLineEdit"
                                       << "fast"
                                       << "samplingIntervalStatusLabel"
                                       << "expected a number, got \"fast\"";
    }

    void invalidEntryKeepsOkDisabled()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, statusLabel);
        QFETCH(QString, reason);

        SettingsDialog dialog{Config()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        auto *status = dialog.findChild<QLabel *>(statusLabel);
        QVERIFY(status);
        QVERIFY(!status->isVisible());

        auto *field = dialog.findChild<QWidget *>(input);
        QVERIFY(field);
        typeInto(field, text);

        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        // Next to the field, and in the list at the bottom of the dialog.
        QVERIFY2(status->isVisible(), qPrintable(statusLabel));
        QVERIFY2(status->text().contains(reason.toHtmlEscaped()), qPrintable(status->text()));
        const QString bottom = visibleText(child<QLabel>(dialog, "problemsLabel"));
        QVERIFY2(bottom.contains(reason.section(QStringLiteral(": "), -1).toHtmlEscaped()),
                 qPrintable(bottom));
        QVERIFY(!dialog.problems().isEmpty());

        // Pressing OK anyway (Enter is the default button) does nothing.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
    }

    void duplicateRuleNameBlocksOk()
    {
        Config config;
        AlertRule twin = config.rules.at(ruleIndex(config, QStringLiteral("memory_high")));
        twin.series = QStringLiteral("swap_used_percent");
        config.rules.append(twin);
        SettingsDialog dialog(config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        const QString reason =
            QStringLiteral("memory_high — Name: more than one rule has this name");
        QVERIFY(dialog.problems().contains(reason));
        QVERIFY(child<QLabel>(dialog, "problemsLabel")->text().contains(reason));
        QVERIFY(child<QLabel>(dialog, "memoryStatusLabel")->text().contains(reason));

        // Renaming the copy in the rule editor fixes it.
        auto *tabs = child<QTabWidget>(dialog, "pagesTabWidget");
        tabs->setCurrentWidget(dialog.rulesPage());
        auto *view = child<QTableView>(dialog, "rulesTableView");
        view->selectRow(int(config.rules.size()) - 1);
        QTest::mouseClick(child<QPushButton>(dialog, "editPushButton"), Qt::LeftButton);
        RuleEditorDialog *editor = dialog.rulesPage()->editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        typeInto(child<QLineEdit>(*editor, "nameLineEdit"), QStringLiteral("swap_high"));
        QTest::mouseClick(
            child<QDialogButtonBox>(*editor, "buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.problems().isEmpty());
        QCOMPARE(dialog.config().rules.last().name, QStringLiteral("swap_high"));
    }

    void applyEmitsWithoutClosing()
    {
        const Config original;
        SettingsDialog dialog(original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        QPushButton *apply = button(dialog, QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled()); // nothing changed yet

        typeInto(child<QLineEdit>(dialog, "samplingIntervalLineEdit"), QStringLiteral("500ms"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        Config expected = original;
        expected.sampling.intervalMs = 500;
        QVERIFY(accepted.at(0).at(0).value<Config>() == expected);
        QVERIFY(!apply->isEnabled()); // while saving
        dialog.showSaveResult(true, QString());
        QVERIFY(dialog.isVisible());
        QVERIFY(!apply->isEnabled()); // saved: nothing new to apply
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        // OK after a successful Apply has nothing left to save: it closes without emitting.
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void cancelEmitsNothing()
    {
        SettingsDialog dialog{Config()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        typeInto(child<QDoubleSpinBox>(dialog, "memoryCriticalSpinBox"), QStringLiteral("97"));
        QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void failedSaveKeepsDialogOpen()
    {
        SettingsDialog dialog{Config()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        typeInto(child<QDoubleSpinBox>(dialog, "filesystemWarningSpinBox"), QStringLiteral("85"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);

        dialog.showSaveResult(false, QStringLiteral("/home/me/.config/vigil: No space left"));
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(dialog, "saveErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("No space left")));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "filesystemWarningSpinBox")->value(), 85.0);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 2);
        QVERIFY(!error->isVisible());
        dialog.showSaveResult(true, QString());
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
