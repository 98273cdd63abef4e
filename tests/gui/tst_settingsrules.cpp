#include "settings/RuleEditorDialog.h"
#include "settings/RuleTableModel.h"
#include "settings/RulesSettingsPage.h"

#include "config/Config.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QStringList names(const RuleTableModel &model)
{
    QStringList out;
    for (const AlertRule &r : model.rules())
        out.append(r.name);
    return out;
}

AlertRule rule(const QString &name, const QString &series, double warning)
{
    AlertRule r;
    r.name = name;
    r.series = series;
    r.warning = warning;
    return r;
}

} // namespace

class TestSettingsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void modelUnderTester()
    {
        RuleTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(defaultAlertRules());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RuleTableModel::ColumnCount));
        model.insertRule(0, rule(QStringLiteral("load_high"), QStringLiteral("load1"), 4));
        model.insertRule(99, rule(QStringLiteral("swap"), QStringLiteral("swap_used_percent"), 50));
        QCOMPARE(names(model), (strings({"load_high", "cpu_high", "memory_high", "filesystem_full",
                                         "check_failing", "swap"})));
        model.setRule(1, rule(QStringLiteral("swap"), QStringLiteral("cpu_usage_percent"), 1));
        QCOMPARE(model.problem(1), QStringLiteral("swap — Name: more than one rule has this name"));
        QCOMPARE(model.problem(5), QStringLiteral("swap — Name: more than one rule has this name"));
        model.removeRule(5);
        QCOMPARE(model.problem(1), QString());
        QVERIFY(model.setData(model.index(0, RuleTableModel::EnabledColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(!model.rule(0).enabled);
        QVERIFY(!model.setData(model.index(0, RuleTableModel::NameColumn), QStringLiteral("x"),
                               Qt::EditRole));
        model.removeRule(0);
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void display_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << int(RuleTableModel::NameColumn) << "cpu_high";
        QTest::newRow("series") << int(RuleTableModel::SeriesColumn)
                                << "cpu_usage_percent{cpu=\"total\"}";
        QTest::newRow("operator") << int(RuleTableModel::OperatorColumn) << ">=";
        QTest::newRow("warning") << int(RuleTableModel::WarningColumn) << "80 %";
        QTest::newRow("critical") << int(RuleTableModel::CriticalColumn) << "95 %";
        QTest::newRow("for") << int(RuleTableModel::ForColumn) << "2m";
        QTest::newRow("enabled") << int(RuleTableModel::EnabledColumn) << "";
    }

    void display()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        RuleTableModel model;
        model.setRules(defaultAlertRules());
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(Qt::CheckStateRole).isValid(), column == RuleTableModel::EnabledColumn);
        QVERIFY(!index.data(Qt::DecorationRole).isValid()); // valid rule: no warning sign
    }

    void thresholdUnitsAndBlanks()
    {
        RuleTableModel model;
        AlertRule net =
            rule(QStringLiteral("net"), QStringLiteral("network_receive_bytes_per_second"),
                 50.0 * 1024 * 1024);
        AlertRule load = rule(QStringLiteral("load"), QStringLiteral("load5"), 3.5);
        model.setRules({net, load});
        QCOMPARE(model.index(0, RuleTableModel::WarningColumn).data().toString(),
                 QStringLiteral("50.0 MiB/s"));
        QCOMPARE(model.index(0, RuleTableModel::CriticalColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(1, RuleTableModel::WarningColumn).data().toString(),
                 QStringLiteral("3.5"));
    }

    void invalidRowIsMarked()
    {
        RuleTableModel model;
        AlertRule bad =
            rule(QStringLiteral("bad"), QStringLiteral("cpu_usage_percent{cpu~=\"x\"}"), 1);
        model.setRules({defaultAlertRules().at(0), bad});
        const QModelIndex name = model.index(1, RuleTableModel::NameColumn);
        QVERIFY(name.data(Qt::DecorationRole).isValid());
        QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("bad — Series: ")));
        QCOMPARE(model.problems().size(), 1);
        QCOMPARE(model.uniqueName(QStringLiteral("bad")), QStringLiteral("bad_2"));
        QCOMPARE(model.uniqueName(QStringLiteral("good")), QStringLiteral("good"));
    }

    void pageButtons()
    {
        RuleTableModel model;
        RulesSettingsPage page(&model);
        Config config;
        page.load(config);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy changed(&page, &SettingsPage::changed);
        auto *view = child<QTableView>(page, "rulesTableView");
        auto *duplicate = child<QPushButton>(page, "duplicatePushButton");
        auto *remove = child<QPushButton>(page, "removePushButton");

        view->selectRow(1);
        QVERIFY(duplicate->isEnabled());
        QTest::mouseClick(duplicate, Qt::LeftButton);
        QCOMPARE(names(model), (strings({"cpu_high", "memory_high", "memory_high_copy",
                                         "filesystem_full", "check_failing"})));
        QCOMPARE(view->currentIndex().row(), 2);
        QVERIFY(changed.count() > 0);
        QVERIFY(page.validate().isEmpty());

        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(names(model),
                 (strings({"cpu_high", "memory_high", "filesystem_full", "check_failing"})));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(names(model), (strings({"cpu_high", "memory_high", "check_failing"})));

        Config saved;
        page.save(saved);
        QCOMPARE(saved.rules, model.rules());
    }

    void addRuleThroughEditor()
    {
        RuleTableModel model;
        RulesSettingsPage page(&model);
        page.load(Config());
        page.setKnownSeries({SeriesId(QStringLiteral("load1"))});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(child<QPushButton>(page, "addPushButton"), Qt::LeftButton);
        RuleEditorDialog *editor = page.editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QVERIFY(editor->isModal());
        QCOMPARE(editor->rule().name, QStringLiteral("new_rule"));
        QVERIFY(!editor->problems().isEmpty()); // no series and no threshold yet

        child<QComboBox>(*editor, "seriesComboBox")->setEditText(QStringLiteral("load1"));
        child<QLineEdit>(*editor, "warningLineEdit")->setText(QStringLiteral("4"));
        QVERIFY(editor->problems().isEmpty());
        QTest::mouseClick(
            child<QDialogButtonBox>(*editor, "buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!page.editor());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rules().last().series, QStringLiteral("load1"));
        QCOMPARE(model.rules().last().warning, 4.0);
        QCOMPARE(child<QTableView>(page, "rulesTableView")->currentIndex().row(), 4);
    }

    void cancelledEditChangesNothing()
    {
        RuleTableModel model;
        RulesSettingsPage page(&model);
        page.load(Config());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<AlertRule> before = model.rules();
        auto *view = child<QTableView>(page, "rulesTableView");
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Return); // Enter edits, like a double-click
        RuleEditorDialog *editor = page.editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->rule(), before.at(0));
        child<QLineEdit>(*editor, "warningLineEdit")->setText(QStringLiteral("81"));
        editor->reject();
        QTRY_VERIFY(!page.editor());
        QCOMPARE(model.rules(), before);
    }
};

QTEST_MAIN(TestSettingsRules)
#include "tst_settingsrules.moc"
