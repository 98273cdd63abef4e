#include "alerts/MatcherSet.h"
#include "alerts/Selector.h"

#include <QTest>

using namespace vigil;

namespace {

SeriesId fs(const QString &mount, const QString &fstype = QString())
{
    Labels labels{{QStringLiteral("mount"), mount}};
    if (!fstype.isNull())
        labels.append({QStringLiteral("fstype"), fstype});
    return SeriesId(QStringLiteral("filesystem_used_percent"), labels);
}

} // namespace

class TestSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("matchers");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("name") << "memory_used_percent"
                              << "memory_used_percent" << 0 << "memory_used_percent";
        QTest::newRow("empty braces") << "load1{}"
                                      << "load1" << 0 << "load1";
        QTest::newRow("all four") << "fs{a=\"x\",b!=\"y\",c=~\"re\",d!~\"re\"}"
                                  << "fs" << 4 << "fs{a=\"x\",b!=\"y\",c=~\"re\",d!~\"re\"}";
        QTest::newRow("spaces") << "  fs { a = \"x\" , b !~ \"y\" , }  "
                                << "fs" << 2 << "fs{a=\"x\",b!~\"y\"}";
        QTest::newRow("escapes") << "fs{mount=\"a\\\"b\\\\c\\nd\"}"
                                 << "fs" << 1 << "fs{mount=\"a\\\"b\\\\c\\nd\"}";
        QTest::newRow("colon in name") << "job:cpu:rate5m"
                                       << "job:cpu:rate5m" << 0 << "job:cpu:rate5m";
        QTest::newRow("same label twice") << "fs{a=~\"x.*\",a!=\"xy\"}"
                                          << "fs" << 2 << "fs{a=~\"x.*\",a!=\"xy\"}";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, metric);
        QFETCH(int, matchers);
        QFETCH(QString, canonical);
        QString error;
        const auto s = Selector::parse(text, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->metric(), metric);
        QCOMPARE(s->matchers().size(), matchers);
        QCOMPARE(s->toString(), canonical);
        const auto again = Selector::parse(s->toString());
        QVERIFY(again);
        QCOMPARE(again->matchers(), s->matchers());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown matcher") << "fs{fstype~=\"vfat\"}"
                                         << "unknown matcher \"~=\"";
        QTest::newRow("double equals") << "fs{a==\"x\"}"
                                       << "unknown matcher \"==\"";
        QTest::newRow("bad regex") << "fs{a=~\"(\"}"
                                   << "invalid regular expression \"(\": missing closing "
                                      "parenthesis";
        QTest::newRow("bad negated regex") << "fs{a!~\"[z-a]\"}"
                                           << "invalid regular expression \"[z-a]\": ";
        QTest::newRow("empty") << "  "
                               << "empty selector; expected a series name like "
                                  "cpu_usage_percent{cpu=\"total\"}";
        QTest::newRow("no name") << "{a=\"x\"}"
                                 << "missing series name before '{'";
        QTest::newRow("bad name") << "1cpu"
                                  << "invalid series name \"1cpu\"";
        QTest::newRow("unclosed") << "fs{a=\"x\""
                                  << "missing closing '}'";
        QTest::newRow("no operator") << "fs{a}"
                                     << "expected a matcher (=, !=, =~ or !~) "
                                        "after label \"a\"";
        QTest::newRow("unquoted") << "fs{a=x}"
                                  << "expected '\"' to open the value of label \"a\"";
        QTest::newRow("unterminated") << "fs{a=\"x}"
                                      << "unterminated value of label \"a\"";
        QTest::newRow("bad escape") << "fs{a=\"\\q\"}"
                                    << "invalid escape \"\\q\" in the value of label \"a\"";
        QTest::newRow("bad label") << "fs{9a=\"x\"}"
                                   << "invalid label name \"9a\"";
        QTest::newRow("missing comma") << "fs{a=\"x\" b=\"y\"}"
                                       << "expected ',' or '}' after the value of label \"a\"";
        QTest::newRow("no label") << "fs{,a=\"x\"}"
                                  << "expected a label name at \",a=\\\"x\\\"\"";
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!Selector::parse(text, &got));
        QVERIFY2(got.startsWith(error), qPrintable(got));
        QVERIFY(!Selector::parse(text)); // no error pointer: still fails, no crash
    }

    void matches_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<SeriesId>("series");
        QTest::addColumn<bool>("expected");
        const SeriesId root = fs(QStringLiteral("/"), QStringLiteral("ext4"));
        const SeriesId boot = fs(QStringLiteral("/boot/efi"), QStringLiteral("vfat"));
        const SeriesId bare = fs(QStringLiteral("/data")); // no fstype label
        QTest::newRow("name only") << "filesystem_used_percent" << root << true;
        QTest::newRow("other name") << "memory_used_percent" << root << false;
        QTest::newRow("= hit") << "filesystem_used_percent{mount=\"/\"}" << root << true;
        QTest::newRow("= miss") << "filesystem_used_percent{mount=\"/\"}" << boot << false;
        QTest::newRow("!= hit") << "filesystem_used_percent{fstype!=\"vfat\"}" << root << true;
        QTest::newRow("!= miss") << "filesystem_used_percent{fstype!=\"vfat\"}" << boot << false;
        QTest::newRow("=~ hit") << "filesystem_used_percent{fstype=~\"ext.|xfs\"}" << root << true;
        QTest::newRow("=~ miss") << "filesystem_used_percent{fstype=~\"ext.|xfs\"}" << boot
                                 << false;
        QTest::newRow("!~ hit") << "filesystem_used_percent{mount!~\"/boot.*\"}" << root << true;
        QTest::newRow("!~ miss") << "filesystem_used_percent{mount!~\"/boot.*\"}" << boot << false;
        // Anchored at both ends, as in Prometheus: a regex must match the whole value.
        QTest::newRow("anchored start")
            << "filesystem_used_percent{mount=~\"boot.*\"}" << boot << false;
        QTest::newRow("anchored end")
            << "filesystem_used_percent{mount=~\"/boot\"}" << boot << false;
        QTest::newRow("anchored alternation")
            << "filesystem_used_percent{fstype=~\"ext4|x\"}" << boot << false;
        QTest::newRow("!~ anchored") << "filesystem_used_percent{mount!~\"/boot\"}" << boot << true;
        // A missing label equals "".
        QTest::newRow("missing = empty") << "filesystem_used_percent{fstype=\"\"}" << bare << true;
        QTest::newRow("missing != empty")
            << "filesystem_used_percent{fstype!=\"\"}" << bare << false;
        QTest::newRow("missing != vfat")
            << "filesystem_used_percent{fstype!=\"vfat\"}" << bare << true;
        QTest::newRow("missing =~ .*") << "filesystem_used_percent{fstype=~\".*\"}" << bare << true;
        QTest::newRow("missing =~ .+")
            << "filesystem_used_percent{fstype=~\".+\"}" << bare << false;
        QTest::newRow("missing !~ .+") << "filesystem_used_percent{fstype!~\".+\"}" << bare << true;
        QTest::newRow("present = empty") << "filesystem_used_percent{fstype=\"\"}" << root << false;
        QTest::newRow("all must hold")
            << "filesystem_used_percent{mount=\"/\",fstype=\"vfat\"}" << root << false;
        QTest::newRow("escaped value")
            << "filesystem_used_percent{mount=\"a\\\"b\"}" << fs(QStringLiteral("a\"b")) << true;
    }

    void matches()
    {
        QFETCH(QString, selector);
        QFETCH(SeriesId, series);
        QFETCH(bool, expected);
        QString error;
        const auto s = Selector::parse(selector, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->matches(series), expected);
    }

    void copiesShareCompiledRegexes()
    {
        std::optional<Selector> copy;
        {
            const auto original = Selector::parse(QStringLiteral("fs{m=~\"a+\"}"));
            QVERIFY(original);
            copy = *original;
        }
        QVERIFY(copy->matches(
            SeriesId(QStringLiteral("fs"), {{QStringLiteral("m"), QStringLiteral("aaa")}})));
        QVERIFY(!copy->matches(
            SeriesId(QStringLiteral("fs"), {{QStringLiteral("m"), QStringLiteral("ab")}})));
    }

    void matcherSetOnLabels()
    {
        // Silences use the same matchers on an alert's labels.
        QString error;
        const auto parsed =
            MatcherSet::parse(QStringLiteral("alertname=\"cpu_high\", cpu=~\"tot.*\""), &error);
        QVERIFY2(parsed, qPrintable(error));
        const auto set = MatcherSet::compile(*parsed, &error);
        QVERIFY2(set, qPrintable(error));
        QVERIFY(set->matches({{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
                              {QStringLiteral("cpu"), QStringLiteral("total")}}));
        QVERIFY(!set->matches({{QStringLiteral("alertname"), QStringLiteral("cpu_high")}}));
        QVERIFY(MatcherSet().matches({})); // no matcher: everything
        QVERIFY(!MatcherSet::compile(
            {{QStringLiteral("a"), LabelMatcher::Op::Regex, QStringLiteral("(")}}, &error));
        QVERIFY(error.startsWith(QLatin1String("invalid regular expression \"(\"")));
    }

    void tenThousandSeries()
    {
        // 10 000 file systems; the expected count is computed without regexes.
        const QStringList types{QStringLiteral("ext4"), QStringLiteral("xfs"),
                                QStringLiteral("vfat"), QStringLiteral("tmpfs")};
        QList<SeriesId> all;
        int expected = 0;
        for (int i = 0; i < 10000; ++i) {
            const QString type = types[i % types.size()];
            all.append(fs(QStringLiteral("/m%1").arg(i), type));
            const bool startsWith1 = QString::number(i).startsWith(u'1');
            if (startsWith1 && type != QLatin1String("vfat") && type != QLatin1String("tmpfs"))
                ++expected;
        }
        all.append(SeriesId(QStringLiteral("memory_used_percent")));
        const auto s = Selector::parse(QStringLiteral(
            "filesystem_used_percent{mount=~\"/m1[0-9]*\",fstype!=\"vfat\",fstype!~\"tmp.*\"}"));
        QVERIFY(s);
        int matched = 0;
        for (const SeriesId &id : std::as_const(all))
            matched += s->matches(id) ? 1 : 0;
        QCOMPARE(expected, 555); // of the 1111 numbers starting with 1, those with i % 4 < 2
        QCOMPARE(matched, expected);
    }
};

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
