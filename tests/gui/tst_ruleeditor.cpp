#include "settings/RuleEditorDialog.h"

#include "alerts/Selector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::AlertRule)

namespace {

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    QTest::keyClicks(w, text);
}

QPushButton *okButton(const RuleEditorDialog &editor)
{
    return child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Ok);
}

AlertRule fullRule()
{
    AlertRule r;
    r.name = QStringLiteral("root_full");
    r.series = QStringLiteral("filesystem_used_percent{mount=\"/\",fstype!~\"tmpfs|squashfs\"}");
    r.op = CompareOp::Greater;
    r.warning = 80.25;
    r.critical = 92.5;
    r.warningClear = 75;
    r.criticalClear = 90.125;
    r.forMs = 90 * 1000;
    r.keepFiringForMs = 2 * 60 * 1000 + 500;
    r.repeatMs = 24 * 3600 * 1000;
    r.labels = {{QStringLiteral("service"), QStringLiteral("büro \"disk\"")},
                {QStringLiteral("team"), QStringLiteral("ops")}};
    r.summary = QStringLiteral("{{ $labels.mount }} is {{ $value }} full");
    r.description = QStringLiteral("Line one.\nLine two with {{ $threshold }} and {{ $for }}.");
    r.runbook = QStringLiteral("https://wiki.example.org/runbooks/disk-full#root");
    r.enabled = false;
    return r;
}

QList<SeriesId> knownSeries()
{
    return {SeriesId(QStringLiteral("cpu_usage_percent"),
                     {{QStringLiteral("cpu"), QStringLiteral("total")}}),
            SeriesId(QStringLiteral("cpu_usage_percent"),
                     {{QStringLiteral("cpu"), QStringLiteral("0")}}),
            SeriesId(QStringLiteral("memory_used_percent")),
            SeriesId(QStringLiteral("my_custom_metric"),
                     {{QStringLiteral("job"), QStringLiteral("x")}})};
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void roundTrip_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::newRow("every field") << fullRule();
        AlertRule low;
        low.name = QStringLiteral("free_space_low");
        low.series = QStringLiteral("filesystem_avail_bytes");
        low.op = CompareOp::LessEqual;
        low.critical = 1073741824;
        low.repeatMs = 0;
        QTest::newRow("critical only, downward, repeat never") << low;
        AlertRule tiny;
        tiny.name = QStringLiteral("_x1");
        tiny.series = QStringLiteral("load1");
        tiny.op = CompareOp::GreaterEqual;
        tiny.warning = 0.000125;
        tiny.critical = 1e9;
        QTest::newRow("small and large numbers") << tiny;
        for (const AlertRule &r : defaultAlertRules())
            QTest::newRow(qPrintable(r.name)) << r;
    }

    void roundTrip()
    {
        QFETCH(AlertRule, rule);
        RuleEditorDialog editor;
        editor.setRule(rule);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
        QVERIFY(okButton(editor)->isEnabled());
        QVERIFY(editor.rule() == rule);
    }

    void editsEveryField()
    {
        RuleEditorDialog editor;
        editor.setRule(AlertRule());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const AlertRule want = fullRule();
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), want.name);
        auto *enabled = child<QCheckBox>(editor, "enabledCheckBox");
        enabled->setFocus();
        QTest::keyClick(enabled, Qt::Key_Space);
        typeInto(child<QComboBox>(editor, "seriesComboBox"), want.series);
        auto *op = child<QComboBox>(editor, "operatorComboBox");
        op->setCurrentIndex(op->findData(int(CompareOp::Greater)));
        typeInto(child<QLineEdit>(editor, "warningLineEdit"), QStringLiteral("80.25"));
        typeInto(child<QLineEdit>(editor, "criticalLineEdit"), QStringLiteral("92.5"));
        typeInto(child<QLineEdit>(editor, "warningClearLineEdit"), QStringLiteral("75"));
        typeInto(child<QLineEdit>(editor, "criticalClearLineEdit"), QStringLiteral("90.125"));
        typeInto(child<QLineEdit>(editor, "forLineEdit"), QStringLiteral("1m30s"));
        typeInto(child<QLineEdit>(editor, "keepFiringForLineEdit"), QStringLiteral("2m500ms"));
        typeInto(child<QLineEdit>(editor, "repeatLineEdit"), QStringLiteral("1d"));
        auto *labels = child<QTableWidget>(editor, "labelsTableWidget");
        // Entered out of order: the rule keeps labels sorted by name.
        for (const Label &l : {want.labels.at(1), want.labels.at(0)}) {
            QTest::mouseClick(child<QPushButton>(editor, "addLabelPushButton"), Qt::LeftButton);
            const int row = labels->rowCount() - 1;
            labels->item(row, 0)->setText(l.first);
            labels->item(row, 1)->setText(l.second);
        }
        typeInto(child<QLineEdit>(editor, "summaryLineEdit"), want.summary);
        auto *description = child<QPlainTextEdit>(editor, "descriptionPlainTextEdit");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Line one."));
        QTest::keyClick(description, Qt::Key_Return);
        QTest::keyClicks(description,
                         QStringLiteral("Line two with {{ $threshold }} and {{ $for }}."));
        typeInto(child<QLineEdit>(editor, "runbookLineEdit"), want.runbook);

        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
        QSignalSpy accepted(&editor, &QDialog::accepted);
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const AlertRule got = editor.rule();
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.enabled, want.enabled);
        QCOMPARE(got.series, want.series);
        QCOMPARE(got.op, want.op);
        QCOMPARE(got.warning, want.warning);
        QCOMPARE(got.critical, want.critical);
        QCOMPARE(got.warningClear, want.warningClear);
        QCOMPARE(got.criticalClear, want.criticalClear);
        QCOMPARE(got.forMs, want.forMs);
        QCOMPARE(got.keepFiringForMs, want.keepFiringForMs);
        QCOMPARE(got.repeatMs, want.repeatMs);
        QCOMPARE(got.labels, want.labels);
        QCOMPARE(got.summary, want.summary);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.runbook, want.runbook);
        QVERIFY(got == want);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");

        QString selectorError;
        QVERIFY(!Selector::parse(u"cpu_usage_percent{cpu~=\"x\"}", &selectorError));
        QTest::newRow("selector with an unknown matcher")
            << "seriesComboBox"
            << "cpu_usage_percent{cpu~=\"x\"}" << QStringLiteral("Series: ") + selectorError;
        QTest::newRow("empty selector") << "seriesComboBox"
                                        << ""
                                        << "Series: empty selector; expected a series name like "
                                           "cpu_usage_percent{cpu=\"total\"}";
        QTest::newRow("name with a space") << "nameLineEdit"
                                           << "cpu high"
                                           << "Name: invalid rule name \"cpu high\"; use letters, "
                                              "digits and _ (not a digit first)";
        QTest::newRow("warning not a number") << "warningLineEdit"
                                              << "eighty"
                                              << "Warning: “eighty” is not a number";
        QTest::newRow("critical below warning")
            << "criticalLineEdit"
            << "50"
            << "Critical (50) must be at least warning (80) for operator \">=\"";
        QTest::newRow("clear on the wrong side")
            << "warningClearLineEdit"
            << "85"
            << "Warning clear: 85 must be below warning (80) for operator \">=\"";
        QTest::newRow("duration fast") << "forLineEdit"
                                       << "fast"
                                       << "For: expected a number, got \"fast\"";
        QTest::newRow("repeat negative") << "repeatLineEdit"
                                         << "-1h"
                                         << "Repeat: negative durations are not allowed";
        QTest::newRow("runbook not a URL")
            << "runbookLineEdit"
            << "wiki page"
            << "Runbook URL: expected an absolute URL like \"https://…\"";
    }

    void invalidInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, reason);

        RuleEditorDialog editor;
        editor.setRule(defaultAlertRules().at(1)); // memory_high, >= 85/95
        AlertRule start = editor.rule();
        start.warning = 80;
        editor.setRule(start);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(okButton(editor)->isEnabled());

        auto *field = editor.findChild<QWidget *>(input);
        QVERIFY(field);
        typeInto(field, text);
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY2(editor.problems().contains(reason), qPrintable(editor.problems().join(u'\n')));
        auto *problems = child<QLabel>(editor, "problemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(reason.toHtmlEscaped()), qPrintable(problems->text()));
        // The field is highlighted and its tooltip says why.
        QVERIFY2(field->toolTip().contains(reason), qPrintable(field->toolTip()));
        QVERIFY(field->palette().color(QPalette::Base) != QPalette().color(QPalette::Base));

        QSignalSpy accepted(&editor, &QDialog::accepted);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(editor.isVisible());
    }

    void duplicateNameIsAnError()
    {
        RuleEditorDialog editor;
        editor.setTakenNames({QStringLiteral("cpu_high"), QStringLiteral("memory_high")});
        AlertRule rule = defaultAlertRules().at(0);
        rule.name = QStringLiteral("cpu_high_copy");
        editor.setRule(rule);
        QVERIFY(okButton(editor)->isEnabled());
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("memory_high"));
        QVERIFY(!okButton(editor)->isEnabled());
        QCOMPARE(editor.problems(),
                 QStringList{QStringLiteral("Name: another rule is already called “memory_high”")});
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("cpu_high_2"));
        QVERIFY(okButton(editor)->isEnabled());
    }

    void labelProblems_data()
    {
        QTest::addColumn<QString>("name1");
        QTest::addColumn<QString>("name2");
        QTest::addColumn<QString>("reason");
        QTest::newRow("duplicate") << "team"
                                   << "team"
                                   << "Labels: “team” is used more than once";
        QTest::newRow("no name") << "team"
                                 << ""
                                 << "Labels: the label with value “b” has no name";
        QTest::newRow("invalid name")
            << "team"
            << "my-label"
            << "Label “my-label”: invalid label name; use letters, digits and _";
        QTest::newRow("alertname")
            << "alertname"
            << "team"
            << "Label “alertname”: reserved: alertname is always the rule name";
    }

    void labelProblems()
    {
        QFETCH(QString, name1);
        QFETCH(QString, name2);
        QFETCH(QString, reason);
        RuleEditorDialog editor;
        editor.setRule(defaultAlertRules().at(0));
        auto *add = child<QPushButton>(editor, "addLabelPushButton");
        auto *labels = child<QTableWidget>(editor, "labelsTableWidget");
        add->click();
        QVERIFY(editor.problems().isEmpty()); // an empty new row is not a problem yet
        labels->item(0, 0)->setText(name1);
        labels->item(0, 1)->setText(QStringLiteral("a"));
        add->click();
        labels->item(1, 0)->setText(name2);
        labels->item(1, 1)->setText(QStringLiteral("b"));
        QVERIFY2(editor.problems().contains(reason), qPrintable(editor.problems().join(u'\n')));
        QVERIFY(!okButton(editor)->isEnabled());

        labels->setCurrentCell(1, 0);
        child<QPushButton>(editor, "removeLabelPushButton")->click();
        if (name1 != QLatin1String("alertname")) {
            QVERIFY(editor.problems().isEmpty());
            QCOMPARE(editor.rule().labels, (Labels{{name1, QStringLiteral("a")}}));
        }
    }

    void seriesMatchingNothingOnlyWarns_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("warns");
        QTest::newRow("exact id") << "cpu_usage_percent{cpu=\"total\"}"
                                  << "Matches 1 known series." << false;
        QTest::newRow("every cpu") << "cpu_usage_percent"
                                   << "Matches 2 known series." << false;
        QTest::newRow("regex") << "cpu_usage_percent{cpu=~\"[0-9]+\"}"
                               << "Matches 1 known series." << false;
        QTest::newRow("no such label value") << "cpu_usage_percent{cpu=\"7\"}"
                                             << "Matches no series yet" << true;
        QTest::newRow("not collected here") << "temperature_celsius"
                                            << "Matches no series yet" << true;
    }

    void seriesMatchingNothingOnlyWarns()
    {
        QFETCH(QString, series);
        QFETCH(QString, status);
        QFETCH(bool, warns);
        RuleEditorDialog editor;
        editor.setKnownSeries(knownSeries());
        AlertRule rule = defaultAlertRules().at(0);
        rule.series = series;
        editor.setRule(rule);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(okButton(editor)->isEnabled());
        QCOMPARE(!editor.seriesWarning().isEmpty(), warns);
        auto *label = child<QLabel>(editor, "seriesStatusLabel");
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(status), qPrintable(label->text()));
    }

    void seriesPicker()
    {
        RuleEditorDialog editor;
        editor.setKnownSeries(knownSeries());
        editor.setRule(defaultAlertRules().at(1));
        auto *combo = child<QComboBox>(editor, "seriesComboBox");
        QCOMPARE(combo->currentText(), QStringLiteral("memory_used_percent"));
        // Metric names (known and built in) and every known labelled series.
        QVERIFY(combo->findText(QStringLiteral("cpu_usage_percent{cpu=\"total\"}")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("my_custom_metric{job=\"x\"}")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("my_custom_metric")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("temperature_celsius")) >= 0);
        QVERIFY(combo->isEditable());
        QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);

        combo->setCurrentIndex(combo->findText(QStringLiteral("cpu_usage_percent{cpu=\"0\"}")));
        QCOMPARE(editor.rule().series, QStringLiteral("cpu_usage_percent{cpu=\"0\"}"));
        QCOMPARE(child<QLabel>(editor, "warningUnitLabel")->text(), QStringLiteral("%"));
        combo->setEditText(QStringLiteral("load1"));
        QCOMPARE(child<QLabel>(editor, "warningUnitLabel")->text(), QString());
    }

    void clearLabelsFollowTheOperator()
    {
        RuleEditorDialog editor;
        AlertRule rule = defaultAlertRules().at(0);
        editor.setRule(rule);
        QCOMPARE(child<QLabel>(editor, "warningClearLabel")->text(),
                 QStringLiteral("c&lears below"));
        auto *op = child<QComboBox>(editor, "operatorComboBox");
        op->setCurrentIndex(op->findData(int(CompareOp::Less)));
        QCOMPARE(child<QLabel>(editor, "warningClearLabel")->text(),
                 QStringLiteral("c&lears above"));
        // 80/95 with "<" is the wrong order now.
        QVERIFY(!okButton(editor)->isEnabled());
    }
};

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
