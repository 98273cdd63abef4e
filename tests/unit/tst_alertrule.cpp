#include "alerts/AlertTypes.h"
#include "alerts/CompareOp.h"
#include "alerts/Selector.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace vigil;

using Edit = std::function<void(AlertRule &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

AlertRule validRule()
{
    AlertRule r;
    r.name = QStringLiteral("disk_busy");
    r.series = QStringLiteral("filesystem_used_percent{fstype!=\"vfat\"}");
    r.warning = 80;
    r.critical = 90;
    return r;
}

} // namespace

class TestAlertRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, Edit edit, const char *field, const char *error) {
            QTest::newRow(name) << edit << QString::fromUtf8(field) << QString::fromUtf8(error);
        };
        row(
            "valid", [](AlertRule &) {}, "", "");
        row(
            "only warning", [](AlertRule &r) { r.critical.reset(); }, "", "");
        row(
            "only critical", [](AlertRule &r) { r.warning.reset(); }, "", "");
        row(
            "equal thresholds", [](AlertRule &r) { r.critical = 80; }, "", "");
        row(
            "clears",
            [](AlertRule &r) {
                r.warningClear = 70;
                r.criticalClear = 85;
            },
            "", "");
        row(
            "below rule",
            [](AlertRule &r) {
                r.op = CompareOp::Less;
                r.warning = 20;
                r.critical = 10;
                r.warningClear = 25;
                r.criticalClear = 15;
            },
            "", "");
        row(
            "labels and runbook",
            [](AlertRule &r) {
                r.labels = {{QStringLiteral("team"), QStringLiteral("ops")}};
                r.runbook = QStringLiteral("https://wiki.example/disk");
            },
            "", "");
        row(
            "empty name", [](AlertRule &r) { r.name.clear(); }, "name", "must not be empty");
        row(
            "bad name", [](AlertRule &r) { r.name = QStringLiteral("disk-busy"); }, "name",
            "invalid rule name \"disk-busy\"; use letters, digits and _ (not a digit first)");
        row(
            "digit first", [](AlertRule &r) { r.name = QStringLiteral("1disk"); }, "name",
            "invalid rule name \"1disk\"; use letters, digits and _ (not a digit first)");
        row(
            "selector", [](AlertRule &r) { r.series = QStringLiteral("fs{a~=\"x\"}"); }, "series",
            "unknown matcher \"~=\"");
        row(
            "no threshold",
            [](AlertRule &r) {
                r.warning.reset();
                r.critical.reset();
            },
            "warning", "set a warning or a critical threshold (or both)");
        row(
            "not finite", [](AlertRule &r) { r.warning = std::nan(""); }, "warning",
            "must be a finite number");
        row(
            "unordered >", [](AlertRule &r) { r.critical = 70; }, "critical",
            "critical (70) must be at least warning (80) for operator \">\"");
        row(
            "unordered <",
            [](AlertRule &r) {
                r.op = CompareOp::LessEqual;
                r.warning = 10;
                r.critical = 20;
            },
            "critical", "critical (20) must be at most warning (10) for operator \"<=\"");
        row(
            "clear wrong side >", [](AlertRule &r) { r.warningClear = 85; }, "warning_clear",
            "85 must be below warning (80) for operator \">\"");
        row(
            "clear equal >", [](AlertRule &r) { r.criticalClear = 90; }, "critical_clear",
            "90 must be below critical (90) for operator \">\"");
        row(
            "clear wrong side <",
            [](AlertRule &r) {
                r.op = CompareOp::Less;
                r.warning = 20;
                r.critical = 10;
                r.criticalClear = 5;
            },
            "critical_clear", "5 must be above critical (10) for operator \"<\"");
        row(
            "clear without level",
            [](AlertRule &r) {
                r.warning.reset();
                r.warningClear = 1;
            },
            "warning_clear", "there is no warning threshold to clear");
        row(
            "negative for", [](AlertRule &r) { r.forMs = -1; }, "for", "must not be negative");
        row(
            "negative keep", [](AlertRule &r) { r.keepFiringForMs = -5; }, "keep_firing_for",
            "must not be negative");
        row(
            "negative repeat", [](AlertRule &r) { r.repeatMs = -5; }, "repeat",
            "must not be negative");
        row(
            "bad label name",
            [](AlertRule &r) {
                r.labels = {{QStringLiteral("a b"), QStringLiteral("x")}};
            },
            "labels.a b", "invalid label name; use letters, digits and _");
        row(
            "alertname label",
            [](AlertRule &r) {
                r.labels = {{QStringLiteral("alertname"), QStringLiteral("x")}};
            },
            "labels.alertname", "reserved: alertname is always the rule name");
        row(
            "relative runbook", [](AlertRule &r) { r.runbook = QStringLiteral("wiki/disk"); },
            "runbook", "expected an absolute URL like \"https://…\"");
    }

    void validate()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, field);
        QFETCH(QString, error);
        AlertRule rule = validRule();
        edit(rule);
        QString gotField;
        QString gotError;
        const bool ok = validateRule(rule, &gotField, &gotError);
        QCOMPARE(ok, field.isEmpty());
        QCOMPARE(gotField, field);
        QCOMPARE(gotError, error);
        QVERIFY(validateRule(rule, nullptr, nullptr) == ok); // null outputs are allowed
    }

    void defaults()
    {
        const QList<AlertRule> rules = defaultAlertRules();
        QCOMPARE(rules.size(), 4);
        for (const AlertRule &r : rules) {
            QString field;
            QString error;
            QVERIFY2(validateRule(r, &field, &error), qPrintable(r.name + u' ' + error));
            QVERIFY(r.enabled);
            QVERIFY(!r.summary.isEmpty());
            QCOMPARE(r.repeatMs, qint64(4 * 3600 * 1000));
        }
        const AlertRule &cpu = rules[0];
        QCOMPARE(cpu.name, QStringLiteral("cpu_high"));
        QCOMPARE(cpu.series, QStringLiteral("cpu_usage_percent{cpu=\"total\"}"));
        QCOMPARE(cpu.warning, 80.0);
        QCOMPARE(cpu.critical, 95.0);
        // A check degraded (1) warns, unhealthy (2) is critical, at once (docs/checks.md).
        const AlertRule &checks = rules[3];
        QCOMPARE(checks.name, QStringLiteral("check_failing"));
        QCOMPARE(checks.series, QStringLiteral("check_status"));
        QCOMPARE(checks.warning, 1.0);
        QCOMPARE(checks.critical, 2.0);
        QCOMPARE(checks.forMs, qint64(0));
        QCOMPARE(cpu.warningClear, 70.0);
        QCOMPARE(cpu.criticalClear, 85.0);
        QCOMPARE(cpu.forMs, qint64(120000));
        const AlertRule &memory = rules[1];
        QCOMPARE(memory.name, QStringLiteral("memory_high"));
        QCOMPARE(memory.series, QStringLiteral("memory_used_percent"));
        QCOMPARE(memory.warning, 85.0);
        QCOMPARE(memory.critical, 95.0);
        QCOMPARE(memory.forMs, qint64(120000));
        const AlertRule &fs = rules[2];
        QCOMPARE(fs.name, QStringLiteral("filesystem_full"));
        QCOMPARE(fs.series, QStringLiteral("filesystem_used_percent"));
        QCOMPARE(fs.warning, 80.0);
        QCOMPARE(fs.critical, 90.0);
        QCOMPARE(fs.forMs, qint64(60000));
        QVERIFY(fs.summary.contains(QLatin1String("{{ $labels.mount }}")));
    }

    void equality()
    {
        AlertRule a = validRule();
        AlertRule b = validRule();
        QVERIFY(a == b);
        b.labels = {{QStringLiteral("team"), QStringLiteral("ops")}};
        QVERIFY(!(a == b));
        b = a;
        b.enabled = false;
        QVERIFY(!(a == b));
        b = a;
        b.warningClear = 1;
        QVERIFY(!(a == b));
    }

    void names()
    {
        QCOMPARE(alertStateName(AlertState::Inactive), QStringLiteral("inactive"));
        QCOMPARE(alertStateName(AlertState::Pending), QStringLiteral("pending"));
        QCOMPARE(alertStateName(AlertState::Firing), QStringLiteral("firing"));
        QCOMPARE(alertEventKindName(AlertEventKind::Escalated), QStringLiteral("escalated"));
        QCOMPARE(alertEventKindName(AlertEventKind::Deescalated), QStringLiteral("deescalated"));
        QCOMPARE(alertEventKindName(AlertEventKind::Acknowledged), QStringLiteral("acknowledged"));
        QCOMPARE(alertEventKindName(AlertEventKind::Resolved), QStringLiteral("resolved"));
        QCOMPARE(alertEventKindName(AlertEventKind::Repeat), QStringLiteral("repeat"));
    }

    void operators_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("breachesAt10");
        QTest::newRow(">") << ">" << 10.0 << false;
        QTest::newRow(">=") << ">=" << 10.0 << true;
        QTest::newRow("<") << "<" << 10.0 << false;
        QTest::newRow("<=") << "<=" << 10.0 << true;
    }

    void operators()
    {
        QFETCH(QString, symbol);
        QFETCH(double, value);
        QFETCH(bool, breachesAt10);
        const auto op = compareOpFromSymbol(symbol);
        QVERIFY(op);
        QCOMPARE(compareOpSymbol(*op), symbol);
        QCOMPARE(breaches(*op, value, 10), breachesAt10);
        QCOMPARE(breaches(*op, 11, 10), isUpward(*op));
        QCOMPARE(breaches(*op, 9, 10), !isUpward(*op));
        QVERIFY(!compareOpFromSymbol(u"=>"));
        QVERIFY(!compareOpFromSymbol(u""));
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
