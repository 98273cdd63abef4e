#include "alerts/Template.h"

#include <QRegularExpression>
#include <QTest>

using namespace vigil;

namespace {

TemplateValues values(double value = 97.26, double threshold = 80, Unit unit = Unit::Percent)
{
    TemplateValues v;
    v.labels = {{QStringLiteral("alertname"), QStringLiteral("fs_full")},
                {QStringLiteral("device"), QStringLiteral("/dev/sda2")},
                {QStringLiteral("empty"), QString()},
                {QStringLiteral("mount"), QStringLiteral("/home")}};
    v.value = value;
    v.threshold = threshold;
    v.unit = unit;
    v.forMs = 120000;
    return v;
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "no placeholders"
                               << "no placeholders";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("value and threshold") << "CPU at {{ $value }} (threshold {{ $threshold }})"
                                             << "CPU at 97.3 % (threshold 80.0 %)";
        QTest::newRow("no spaces") << "{{$value}}/{{$threshold}}"
                                   << "97.3 %/80.0 %";
        QTest::newRow("many spaces") << "{{    $value \t }}"
                                     << "97.3 %";
        QTest::newRow("label") << "{{ $labels.mount }} is {{ $value }} full"
                               << "/home is 97.3 % full";
        QTest::newRow("label no spaces") << "{{$labels.device}}"
                                         << "/dev/sda2";
        QTest::newRow("label present but empty") << "[{{ $labels.empty }}]"
                                                 << "[]";
        QTest::newRow("for") << "for {{ $for }}"
                             << "for 2m";
        QTest::newRow("repeated") << "{{ $value }}{{ $value }}"
                                  << "97.3 %97.3 %";
        QTest::newRow("unclosed stays literal") << "{{ $value"
                                                << "{{ $value";
        QTest::newRow("single braces") << "{ $value }"
                                       << "{ $value }";
        QTest::newRow("closing only") << "a }} b"
                                      << "a }} b";
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const Template t(text, QStringLiteral("render"));
        QCOMPARE(t.render(values()), expected);
        QCOMPARE(t.isEmpty(), text.isEmpty());
    }

    void unitsOfTheSeries()
    {
        const Template t(QStringLiteral("{{ $value }} > {{ $threshold }}"),
                         QStringLiteral("units"));
        QCOMPARE(t.render(values(1610612736, 1073741824, Unit::Bytes)),
                 QStringLiteral("1.50 GiB > 1.00 GiB"));
        QCOMPARE(t.render(values(12582912, 1048576, Unit::BytesPerSecond)),
                 QStringLiteral("12.0 MiB/s > 1.00 MiB/s"));
        QCOMPARE(t.render(values(2.5, 2, Unit::None)), QStringLiteral("2.50 > 2.00"));
        QCOMPARE(Template::unitOf(QStringLiteral("cpu_usage_percent")), Unit::Percent);
        QCOMPARE(Template::unitOf(QStringLiteral("network_receive_bytes_per_second")),
                 Unit::BytesPerSecond);
        QCOMPARE(Template::unitOf(QStringLiteral("no_such_series")), Unit::None);
    }

    void unknownLabelRendersEmptyAndWarnsOnce()
    {
        const Template t(QStringLiteral("on {{ $labels.host }}!"), QStringLiteral("rule_a"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rule rule_a: .*label \"host\"")));
        QCOMPARE(t.render(values()), QStringLiteral("on !"));
        // The same (rule, label) again, even from another Template object: no second warning.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("label \"host\"")));
        QCOMPARE(t.render(values()), QStringLiteral("on !"));
        const Template again(QStringLiteral("{{ $labels.host }}"), QStringLiteral("rule_a"));
        QCOMPARE(again.render(values()), QString());
    }

    void unknownLabelWarnsPerRule()
    {
        const Template t(QStringLiteral("{{ $labels.host }}"), QStringLiteral("rule_b"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rule rule_b: .*label \"host\"")));
        QCOMPARE(t.render(values()), QString());
    }

    void unknownPlaceholderStaysLiteralAndWarnsOnce()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "rule rule_c: unknown placeholder \\{\\{ \\$valu \\}\\}")));
        const Template t(QStringLiteral("at {{ $valu }} ({{ $value }})"), QStringLiteral("rule_c"));
        QCOMPARE(t.render(values()), QStringLiteral("at {{ $valu }} (97.3 %)"));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("placeholder")));
        const Template again(QStringLiteral("{{ $valu }}"), QStringLiteral("rule_c"));
        QCOMPARE(again.render(values()), QStringLiteral("{{ $valu }}"));
        QCOMPARE(t.render(values()), QStringLiteral("at {{ $valu }} (97.3 %)"));
    }

    void labelsWithoutNameIsUnknown()
    {
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("rule rule_d: unknown placeholder")));
        const Template t(QStringLiteral("{{ $labels. }}"), QStringLiteral("rule_d"));
        QCOMPARE(t.render(values()), QStringLiteral("{{ $labels. }}"));
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
