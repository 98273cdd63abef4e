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
#include <QDir>
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

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

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

} // namespace

class TestSettingsGeneral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void notificationsAndIntervalAreSaved()
    {
        const Config original;
        SettingsDialog dialog(original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        auto *enabled = child<QCheckBox>(dialog, "notificationsEnabledCheckBox");
        auto *severity = child<QComboBox>(dialog, "minimumSeverityComboBox");
        QVERIFY(enabled->isChecked());
        severity->setCurrentIndex(severity->findText(QStringLiteral("Critical")));
        QTest::mouseClick(enabled, Qt::LeftButton);
        QVERIFY(!severity->isEnabled());
        typeInto(child<QLineEdit>(dialog, "samplingIntervalLineEdit"), QStringLiteral("2s"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);

        Config expected = original;
        expected.notifications.desktop.enabled = false;
        expected.notifications.desktop.minSeverity = Severity::Critical;
        expected.sampling.intervalMs = 2000;
        QVERIFY(accepted.at(0).at(0).value<Config>() == expected);
    }

    void thresholdOffAndDisable()
    {
        const Config original;
        SettingsDialog dialog(original);
        auto *warning = child<QDoubleSpinBox>(dialog, "memoryWarningSpinBox");
        warning->setValue(warning->minimum());
        QCOMPARE(warning->text(), QStringLiteral("off"));
        child<QCheckBox>(dialog, "filesystemEnabledCheckBox")->setChecked(false);
        child<QLineEdit>(dialog, "cpuForLineEdit")->setText(QStringLiteral("1h30m"));

        const Config edited = dialog.config();
        Config expected = original;
        expected.rules[ruleIndex(expected, QStringLiteral("memory_high"))].warning.reset();
        expected.rules[ruleIndex(expected, QStringLiteral("filesystem_full"))].enabled = false;
        expected.rules[ruleIndex(expected, QStringLiteral("cpu_high"))].forMs = 90 * 60 * 1000;
        QVERIFY(edited == expected);
        QVERIFY(dialog.problems().isEmpty());
    }

    void pagesShareTheRules()
    {
        SettingsDialog dialog{Config()};
        RuleTableModel *model =
            qobject_cast<RuleTableModel *>(child<QTableView>(dialog, "rulesTableView")->model());
        QVERIFY(model);
        const int row = model->rowOfName(QStringLiteral("cpu_high"));
        const QModelIndex warningCell = model->index(row, RuleTableModel::WarningColumn);

        child<QDoubleSpinBox>(dialog, "cpuWarningSpinBox")->setValue(72.5);
        QCOMPARE(warningCell.data().toString(), QStringLiteral("72.5 %"));

        AlertRule rule = model->rule(row);
        rule.critical = 91;
        rule.forMs = 30000;
        model->setRule(row, rule);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "cpuCriticalSpinBox")->value(), 91.0);
        QCOMPARE(child<QLineEdit>(dialog, "cpuForLineEdit")->text(), QStringLiteral("30s"));
    }

    void removedDefaultRuleRow()
    {
        Config config;
        config.rules.removeAt(ruleIndex(config, QStringLiteral("memory_high")));
        SettingsDialog dialog(config);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *status = child<QLabel>(dialog, "memoryStatusLabel");
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("was removed from the rule list")));
        QVERIFY(!child<QDoubleSpinBox>(dialog, "memoryWarningSpinBox")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "memoryEnabledCheckBox")->isEnabled());
        QVERIFY(child<QDoubleSpinBox>(dialog, "cpuWarningSpinBox")->isEnabled());
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled()); // a removed rule is fine
        QVERIFY(dialog.config() == config);

        Q_EMIT status->linkActivated(QStringLiteral("restore"));
        QVERIFY(child<QDoubleSpinBox>(dialog, "memoryWarningSpinBox")->isEnabled());
        QVERIFY(!status->isVisible());
        QCOMPARE(dialog.config().rules, Config().rules);
    }

    void everyInputHasMnemonicAndTooltip()
    {
        SettingsDialog dialog{Config()};
        for (SettingsPage *page : dialog.pages()) {
            QSet<QWidget *> buddies;
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->buddy()) {
                    QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName()));
                    buddies.insert(label->buddy());
                }
            }
            const QList<QWidget *> inputs = page->findChildren<QWidget *>();
            for (QWidget *w : inputs) {
                const bool input = qobject_cast<QAbstractSpinBox *>(w) ||
                                   qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w);
                if (!input || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                    qobject_cast<QComboBox *>(w->parentWidget()))
                    continue; // the line edit inside a spin or combo box
                // A labelled field, or one in a threshold row (reached with the row's key and Tab),
                // which then needs its own accessible name.
                QVERIFY2(buddies.contains(w) || !w->accessibleName().isEmpty(),
                         qPrintable(w->objectName()));
                QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
            }
            for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
                if (qobject_cast<QPushButton *>(b) || qobject_cast<QCheckBox *>(b))
                    QVERIFY2(b->text().contains(u'&'), qPrintable(b->objectName()));
            }
        }
        for (const char *name :
             {"cpuWarningSpinBox", "cpuCriticalSpinBox", "memoryWarningSpinBox",
              "memoryCriticalSpinBox", "filesystemWarningSpinBox", "filesystemCriticalSpinBox"})
            QVERIFY(child<QDoubleSpinBox>(dialog, name)->toolTip().contains(QStringLiteral("for")));
    }

    void tabOrderFollowsRows()
    {
        SettingsDialog dialog{Config()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QCheckBox>(dialog, "cpuEnabledCheckBox")->setFocus();
        const QStringList expected = strings(
            {"cpuWarningSpinBox", "cpuCriticalSpinBox", "cpuForLineEdit", "memoryEnabledCheckBox",
             "memoryWarningSpinBox", "memoryCriticalSpinBox", "memoryForLineEdit",
             "filesystemEnabledCheckBox", "filesystemWarningSpinBox", "filesystemCriticalSpinBox",
             "filesystemForLineEdit", "notificationsEnabledCheckBox", "minimumSeverityComboBox",
             "samplingIntervalLineEdit"});
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            // A spin box's focus lands on its inner line edit.
            const QString got = qobject_cast<QAbstractSpinBox *>(focus->parentWidget())
                                    ? focus->parentWidget()->objectName()
                                    : focus->objectName();
            QCOMPARE(got, name);
        }
    }

    void mnemonicsMoveFocus()
    {
        SettingsDialog dialog{Config()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "samplingIntervalLineEdit"));
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        QCOMPARE(child<QTabWidget>(dialog, "pagesTabWidget")->currentWidget(), dialog.rulesPage());
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), child<QTableView>(dialog, "rulesTableView"));
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(child<QTabWidget>(dialog, "pagesTabWidget")->currentWidget(),
                 dialog.generalPage());
    }

    // Not a check: VIGIL_SCREENSHOT_DIR=docs/screenshots saves the pages for the docs.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set VIGIL_SCREENSHOT_DIR to save screenshots");
        Config config;
        AlertRule disk;
        disk.name = QStringLiteral("disk_busy");
        disk.series = QStringLiteral("disk_busy_percent{device=~\"sd.|nvme.n.\"}");
        disk.warning = 90;
        disk.forMs = 5 * 60 * 1000;
        config.rules.append(disk);
        AlertRule temp;
        temp.name = QStringLiteral("cpu_hot");
        temp.series = QStringLiteral("temperature_celsius{sensor=\"coretemp\"}");
        temp.warning = 80;
        temp.critical = 95;
        temp.warningClear = 75;
        temp.forMs = 30000;
        config.rules.append(temp);
        AlertRule swap;
        swap.name = QStringLiteral("swap_in_use");
        swap.series = QStringLiteral("swap_used_percent");
        swap.warning = 50;
        swap.enabled = false;
        config.rules.append(swap);

        SettingsDialog dialog(config);
        dialog.resize(820, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QDir().mkpath(dir));
        typeInto(child<QDoubleSpinBox>(dialog, "memoryWarningSpinBox"), QStringLiteral("96"));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-validation.png")));
        typeInto(child<QDoubleSpinBox>(dialog, "memoryWarningSpinBox"), QStringLiteral("90"));
        child<QCheckBox>(dialog, "cpuEnabledCheckBox")->setFocus();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-general.png")));
        child<QTabWidget>(dialog, "pagesTabWidget")->setCurrentWidget(dialog.rulesPage());
        child<QTableView>(dialog, "rulesTableView")->selectRow(3);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-rules.png")));

        QList<SeriesId> known;
        known.append(SeriesId(QStringLiteral("cpu_usage_percent"),
                              {{QStringLiteral("cpu"), QStringLiteral("total")}}));
        known.append(SeriesId(QStringLiteral("disk_busy_percent"),
                              {{QStringLiteral("device"), QStringLiteral("vda")}}));
        known.append(SeriesId(QStringLiteral("temperature_celsius"),
                              {{QStringLiteral("sensor"), QStringLiteral("acpitz")}}));
        dialog.setKnownSeries(known);
        QTest::mouseClick(child<QPushButton>(dialog, "editPushButton"), Qt::LeftButton);
        RuleEditorDialog *editor = dialog.rulesPage()->editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QVERIFY(editor->grab().save(dir + QStringLiteral("/settings-rule-editor.png")));
        editor->reject();
    }
};

QTEST_MAIN(TestSettingsGeneral)
#include "tst_settingsgeneral.moc"
