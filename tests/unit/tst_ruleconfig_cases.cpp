#include "tst_ruleconfig_cases.h"

#include <QTest>

// Kept apart from the test class: moc misreads raw string literals with an odd number of quotes.

namespace ruleconfigcases {

QByteArray goodRule()
{
    return R"({"name": "load_high", "series": "load1", "warning": 4})";
}

QByteArray otherRule()
{
    return R"({"name": "other", "series": "load15", "critical": 9})";
}

QByteArray unknownKeyRule()
{
    return R"({"name": "a", "series": "load1", "warning": 1, "colour": "red"})";
}

QByteArray everyKeyJson()
{
    return R"({"rules": [{
        "name": "disk_space_low",
        "series": "filesystem_free_percent{mount=~\"/(home|data)\",fstype!=\"vfat\"}",
        "operator": "<=", "warning": 10.5, "critical": 2.25,
        "warning_clear": 15, "critical_clear": 5,
        "for": "1m30s", "keep_firing_for": "5m", "repeat": "0s",
        "labels": {"team": "ops \"core\"", "page": "yes"},
        "summary": "{{ $labels.mount }} has {{ $value }} free",
        "description": "Below {{ $threshold }} for {{ $for }}.\nLine two \u00e9",
        "runbook": "https://wiki.example/runbooks/disk#low",
        "enabled": false}]})";
}

QByteArray sectionsJson()
{
    return R"({
            "alerts": {"history_retention": "30d", "x": 1},
            "notifications": {"desktop": {"enabled": false, "min_severity": "critical"}}})";
}

void addBadRuleRows()
{
    auto row = [](const char *name, const char *rule, const char *warning) {
        QTest::newRow(name) << QByteArray(rule) << QString::fromUtf8(warning);
    };
    row("selector", R"({"name": "a", "series": "fs{fstype~=\"vfat\"}", "warning": 1})",
        R"(rules[1].series: unknown matcher "~=")");
    row("regex", R"({"name": "a", "series": "fs{m=~\"(\"}", "warning": 1})",
        R"(rules[1].series: invalid regular expression "(": missing closing parenthesis)");
    row("not an object", "3", "rules[1]: expected a rule object, got 3");
    row("no name", R"({"series": "load1", "warning": 1})", "rules[1].name: required");
    row("no series", R"({"name": "a", "warning": 1})", "rules[1].series: required");
    row("bad name", R"({"name": "a-b", "series": "load1", "warning": 1})",
        R"(rules[1].name: invalid rule name "a-b"; use letters, digits and _ )"
        R"((not a digit first))");
    row("name type", R"({"name": 5, "series": "load1", "warning": 1})",
        "rules[1].name: expected a string, got 5");
    row("no threshold", R"({"name": "a", "series": "load1"})",
        "rules[1].warning: set a warning or a critical threshold (or both)");
    row("string threshold", R"({"name": "a", "series": "load1", "warning": "80"})",
        R"(rules[1].warning: expected a number or null, got "80")");
    row("operator", R"({"name": "a", "series": "load1", "warning": 1, "operator": "=>"})",
        R"(rules[1].operator: expected one of ">", ">=", "<", "<=", got "=>")");
    row("unordered", R"({"name": "a", "series": "load1", "warning": 80, "critical": 70})",
        R"(rules[1].critical: critical (70) must be at least warning (80) for operator ">")");
    row("clear side",
        R"({"name": "a", "series": "load1", "operator": "<", "warning": 20,
            "warning_clear": 10})",
        R"(rules[1].warning_clear: 10 must be above warning (20) for operator "<")");
    row("duration", R"({"name": "a", "series": "load1", "warning": 1, "for": "2 minutes"})",
        R"(rules[1].for: expected a duration like "2m", got "2 minutes")");
    row("duration number", R"({"name": "a", "series": "load1", "warning": 1, "repeat": 60})",
        R"(rules[1].repeat: expected a duration like "2m", got 60)");
    row("huge duration",
        R"({"name": "a", "series": "load1", "warning": 1,
            "keep_firing_for": "99999999999999999d"})",
        R"(rules[1].keep_firing_for: "99999999999999999d" is out of range)");
    row("labels type", R"({"name": "a", "series": "load1", "warning": 1, "labels": ["x"]})",
        "rules[1].labels: expected an object of strings, got an array");
    row("label value", R"({"name": "a", "series": "load1", "warning": 1,
            "labels": {"team": 3}})",
        "rules[1].labels.team: expected a string, got 3");
    row("reserved label", R"({"name": "a", "series": "load1", "warning": 1,
            "labels": {"alertname": "x"}})",
        "rules[1].labels.alertname: reserved: alertname is always the rule name");
    row("enabled", R"({"name": "a", "series": "load1", "warning": 1, "enabled": "no"})",
        R"(rules[1].enabled: expected true or false, got "no")");
    row("duplicate", R"({"name": "load_high", "series": "load5", "warning": 1})",
        R"(rules[1].name: duplicate rule name "load_high"; the first one is used)");
}

void addSectionErrorRows()
{
    QTest::newRow("rules not an array")
        << QByteArray(R"({"rules": {}})") << "rules: expected an array of rules, got an object";
    QTest::newRow("retention type") << QByteArray(R"({"alerts": {"history_retention": 90}})")
                                    << "alerts.history_retention: expected a duration like "
                                       "\"2m\", got 90";
    QTest::newRow("retention short") << QByteArray(R"({"alerts": {"history_retention": "5m"}})")
                                     << "alerts.history_retention: \"5m\" is out of range; "
                                        "allowed 1h to 3650d";
    QTest::newRow("alerts type") << QByteArray(R"({"alerts": []})")
                                 << "alerts: expected an object, got an array";
    QTest::newRow("desktop enabled")
        << QByteArray(R"({"notifications": {"desktop": {"enabled": 1}}})")
        << "notifications.desktop.enabled: expected true or false, got 1";
    QTest::newRow("min severity")
        << QByteArray(R"({"notifications": {"desktop": {"min_severity": "info"}}})")
        << "notifications.desktop.min_severity: expected \"warning\" or \"critical\", got "
           "\"info\"";
    QTest::newRow("desktop type") << QByteArray(R"({"notifications": {"desktop": true}})")
                                  << "notifications.desktop: expected an object, got true";
}

} // namespace ruleconfigcases
