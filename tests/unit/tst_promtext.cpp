#include "checks/PromText.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace vigil;
using namespace vigil::promtext;

namespace {

const PromSample *findSample(const ParseResult &r, const SeriesId &id)
{
    for (const Family &f : r.families) {
        for (const PromSample &s : f.samples) {
            if (s.id == id)
                return &s;
        }
    }
    return nullptr;
}

SeriesId sid(const char *name, Labels labels = {})
{
    return SeriesId(QString::fromLatin1(name), std::move(labels));
}

Label label(const char *name, const QString &value)
{
    return {QString::fromLatin1(name), value};
}

} // namespace

class TestPromText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validExposition()
    {
        QFile file(QStringLiteral(VIGIL_FIXTURES_DIR "/promtext/valid.prom"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ParseResult r = parse(file.readAll());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));

        QStringList names;
        for (const Family &f : r.families)
            names << f.name;
        QCOMPARE(names,
                 QStringList(
                     {QStringLiteral("http_requests_total"), QStringLiteral("temperature_celsius"),
                      QStringLiteral("request_duration_seconds"),
                      QStringLiteral("rpc_duration_seconds"), QStringLiteral("legacy_thing")}));
        QCOMPARE(r.sampleCount(), 17);

        const Family *requests = r.family(u"http_requests_total");
        QVERIFY(requests);
        QCOMPARE(requests->type, MetricType::Counter);
        QCOMPARE(requests->help, QStringLiteral("Requests served.\nSecond line \\ backslash."));
        const PromSample *get =
            findSample(r, sid("http_requests_total", {label("code", QStringLiteral("200")),
                                                      label("method", QStringLiteral("GET"))}));
        QVERIFY(get);
        QCOMPARE(get->value, 1027.0);
        QCOMPARE(get->timestampMs, std::optional<qint64>(1395066363000));
        const PromSample *odd = findSample(
            r, sid("http_requests_total", {label("path", QStringLiteral("C:\\dir\\\"q\"\nend"))}));
        QVERIFY2(odd, "escaped label value \\\\ \\\" \\n decoded");
        QCOMPARE(odd->value, 3.0);
        QCOMPARE(odd->timestampMs, std::optional<qint64>());

        const Family *temp = r.family(u"temperature_celsius");
        QCOMPARE(temp->type, MetricType::Gauge);
        QCOMPARE(temp->help,
                 QStringLiteral("Temp\u00e9rature \u2603, gauges with special values."));
        QCOMPARE(temp->samples.size(), 4);
        QVERIFY(std::isnan(temp->samples[0].value));
        QCOMPARE(temp->samples[1].value, qInf());
        QCOMPARE(temp->samples[2].value, -qInf());
        QCOMPARE(temp->samples[3].value, -1.5e-3);
        QCOMPARE(temp->samples[3].timestampMs, std::optional<qint64>(-5));

        const Family *hist = r.family(u"request_duration_seconds");
        QCOMPARE(hist->type, MetricType::Histogram);
        QCOMPARE(hist->samples.size(), 5); // 3 buckets, _sum, _count
        QCOMPARE(hist->samples[2].id,
                 sid("request_duration_seconds_bucket", {label("le", QStringLiteral("+Inf"))}));
        QCOMPARE(hist->samples[4].id.name(), QStringLiteral("request_duration_seconds_count"));

        const Family *summary = r.family(u"rpc_duration_seconds");
        QCOMPARE(summary->type, MetricType::Summary);
        QCOMPARE(metricTypeName(summary->type), QStringLiteral("summary"));
        QCOMPARE(summary->samples.size(), 4);
        QCOMPARE(r.family(u"legacy_thing")->type, MetricType::Untyped);
        QCOMPARE(r.family(u"legacy_thing")->samples[0].value, 12.0);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        const auto ok = [](const char *t, double v) {
            QTest::newRow(t) << QByteArray(t) << true << v;
        };
        const auto bad = [](const char *t) { QTest::newRow(t) << QByteArray(t) << false << 0.0; };
        ok("1", 1);
        ok("-1.5e3", -1500);
        ok(".5", 0.5);
        ok("5.", 5);
        ok("+3", 3);
        ok("1E2", 100);
        ok("007", 7);
        ok("+Inf", qInf());
        ok("-Inf", -qInf());
        ok("inf", qInf());
        ok("-infinity", -qInf());
        ok("1e-400", 0); // Go: underflow is 0, not an error
        ok("1.7976931348623157e308", 1.7976931348623157e308);
        bad("abc");
        bad("0x10");
        bad("0x1p3");
        bad("1_000");
        bad("+NaN");
        bad("1e");
        bad("e5");
        bad(".");
        bad("--1");
        bad("1.2.3");
        bad("1,5");
        bad("Infinit");
    }

    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const ParseResult r = parse(QByteArray("m " + text + '\n'));
        QCOMPARE(r.ok(), valid);
        QCOMPARE(r.sampleCount(), valid ? 1 : 0);
        if (valid)
            QCOMPARE(r.families[0].samples[0].value, expected);
        else
            QCOMPARE(
                r.errors,
                QStringList(
                    QStringLiteral("line 1: invalid value \"%1\"").arg(QString::fromLatin1(text))));
    }

    void nanValue()
    {
        for (const char *t : {"NaN", "nan", "NAN"}) {
            const ParseResult r = parse(QByteArray(QByteArray("m ") + t + '\n'));
            QVERIFY(r.ok());
            QVERIFY(std::isnan(r.families[0].samples[0].value));
        }
        QCOMPARE(parse("m 1e400\n").errors,
                 QStringList(QStringLiteral("line 1: value \"1e400\" out of range")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("kept"); // samples still returned
        const auto row = [](const char *name, const QByteArray &text, const char *error, int kept) {
            QTest::newRow(name) << text << QString::fromUtf8(error) << kept;
        };
        row("bad escape", "m{a=\"x\\ty\"} 1\nok 1\n",
            "line 1: invalid escape \\t in the value of label \"a\"", 1);
        row("duplicate series", "m{a=\"1\"} 1\nm{a=\"1\"} 2\n",
            "line 2: duplicate series \"m{a=\\\"1\\\"}\"", 1);
        row("duplicate, labels reordered", "m{a=\"1\",b=\"2\"} 1\nm{b=\"2\",a=\"1\"} 2\n",
            "line 2: duplicate series \"m{a=\\\"1\\\",b=\\\"2\\\"}\"", 1);
        row("missing final newline", "a 1\nb 2", "line 2: missing final newline", 1);
        row("TYPE after samples", "a 1\n# TYPE a counter\n",
            "line 2: TYPE line for \"a\" after its samples", 1);
        row("second TYPE", "# TYPE a counter\n# TYPE a gauge\na 1\n",
            "line 2: second TYPE line for \"a\"", 1);
        row("second HELP", "# HELP a x\n# HELP a y\na 1\n", "line 2: second HELP line for \"a\"",
            1);
        row("unknown type", "# TYPE a counters\na 1\n", "line 1: unknown metric type \"counters\"",
            1);
        row("TYPE without type", "# TYPE a\n", "line 1: TYPE line for \"a\" without a type", 0);
        row("HELP bad escape", "# HELP a x\\ty\n", "line 1: invalid escape \\t in HELP text", 0);
        row("invalid metric name", "1abc 1\nok 1\n", "line 1: invalid metric name \"1abc\"", 1);
        row("invalid metric name dash", "a-b 1\n", "line 1: invalid metric name \"a-b\"", 0);
        row("unterminated label value", "m{a=\"x} 1\nok 2\n",
            "line 1: unterminated value of label \"a\"", 1);
        row("bad value", "m abc\n", "line 1: invalid value \"abc\"", 0);
        row("missing value", "m{a=\"1\"}\n", "line 1: missing value for \"m\"", 0);
        row("invalid label name", "m{1a=\"x\"} 1\n", "line 1: invalid label name \"1a\"", 0);
        row("reserved label", "m{__name__=\"x\"} 1\n",
            "line 1: label name \"__name__\" is reserved", 0);
        row("label twice", "m{a=\"1\",a=\"2\"} 1\n", "line 1: label \"a\" given twice", 0);
        row("missing brace", "m{a=\"1\" 1\n",
            "line 1: expected \",\" or \"}\" after the value of label \"a\"", 0);
        row("missing equals", "m{a \"1\"} 1\n", "line 1: expected \"=\" after label \"a\"", 0);
        row("unquoted label value", "m{a=1} 1\n",
            "line 1: expected '\"' to start the value of label \"a\"", 0);
        row("bad timestamp", "m 1 12.5\n", "line 1: invalid timestamp \"12.5\"", 0);
        row("text after timestamp", "m 1 12 x\n", "line 1: unexpected \"x\" after the timestamp",
            0);
        row("CRLF", "m 1\r\nok 1\n",
            "line 1: carriage return before the line end (only \"\\n\" ends a line)", 1);
        row("invalid UTF-8", "m{a=\"\xff\"} 1\nok 1\n", "line 1: invalid UTF-8", 1);
        row("overlong UTF-8", "m{a=\"\xc0\xaf\"} 1\n", "line 1: invalid UTF-8", 0);
        row("UTF-16 surrogate in UTF-8", "# \xed\xa0\x80\n", "line 1: invalid UTF-8", 0);
        row("bucket without le", "# TYPE h histogram\nh_bucket 1\nh_count 1\n",
            "line 2: histogram bucket \"h_bucket\" without a numeric \"le\" label", 1);
        row("histogram without suffix", "# TYPE h histogram\nh 1\n",
            "line 2: histogram sample \"h\" needs a _bucket, _sum or _count suffix", 0);
        row("summary without quantile", "# TYPE s summary\ns 1\ns_sum 1\n",
            "line 2: summary sample \"s\" without a numeric \"quantile\" label", 1);
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QFETCH(int, kept);
        const ParseResult r = parse(text);
        QCOMPARE(r.errors, QStringList(error));
        QVERIFY(!r.ok());
        QCOMPARE(r.sampleCount(), kept);
    }

    void firstDuplicateKept()
    {
        const ParseResult r = parse("m{a=\"1\"} 1\nm{a=\"1\"} 2\n");
        QCOMPARE(r.families[0].samples[0].value, 1.0);
    }

    void emptyInput()
    {
        for (const QByteArray &text :
             {QByteArray(), QByteArray("\n\n  \n"), QByteArray("# just a comment\n#\n")}) {
            const ParseResult r = parse(text);
            QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
            QVERIFY(r.families.isEmpty());
        }
    }

    void emptyLabelValueIsNoLabel()
    {
        const ParseResult r = parse("m{a=\"\",b=\"x\",} 1\n");
        QVERIFY(r.ok());
        QCOMPARE(r.families[0].samples[0].id, sid("m", {label("b", QStringLiteral("x"))}));
        QCOMPARE(parse("m{a=\"\"} 1\nm 2\n").errors,
                 QStringList(QStringLiteral("line 2: duplicate series \"m\"")));
    }

    void childrenJoinTheirFamily()
    {
        const ParseResult r = parse("x_count 1\n" // no TYPE for x: its own family
                                    "# TYPE s summary\n"
                                    "s_count 2\ns_created 3\n"
                                    "s_bucket 4\n"                   // not a summary child
                                    "g 1\nother 1\ng{a=\"b\"} 2\n"); // non-adjacent group merged
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(r.families.size(), 5);
        QCOMPARE(r.family(u"x_count")->samples.size(), 1);
        QCOMPARE(r.family(u"s")->samples.size(), 2);
        QCOMPARE(r.family(u"s_bucket")->type, MetricType::Untyped);
        QCOMPARE(r.family(u"g")->samples.size(), 2);
    }

    void errorsQuoteLittleUserText()
    {
        const QByteArray name = "9" + QByteArray(1000, 'x');
        const ParseResult r = parse(QByteArray(name + " 1\n"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].size() < 120, qPrintable(r.errors[0]));
        QVERIFY(r.errors[0].endsWith(QStringLiteral("x\u2026\"")));
    }

    void errorCountIsBounded()
    {
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += "bad line " + QByteArray::number(i) + '\n';
        text += "good 1\n";
        const ParseResult r = parse(text);
        QCOMPARE(r.errors.size(), MaxErrors + 1);
        QCOMPARE(r.errors.last(), QStringLiteral("900 more errors not shown"));
        QCOMPARE(r.sampleCount(), 1);
    }

    void maxSamples()
    {
        QByteArray text;
        for (int i = 0; i < 10; ++i)
            text += "m{i=\"" + QByteArray::number(i) + "\"} 1\n";
        const ParseResult limited = parse(text, 5);
        QCOMPARE(limited.sampleCount(), 5);
        QCOMPARE(limited.errors, QStringList(QStringLiteral("line 6: more than 5 samples")));
        QVERIFY(parse(text, 10).ok());
        QCOMPARE(parse(text, 0).errors, QStringList(QStringLiteral("line 1: more than 0 samples")));
    }

    void hugeLine()
    {
        const QByteArray huge = "m{a=\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"} 1\nok 1\n";
        QElapsedTimer timer;
        timer.start();
        ParseResult r = parse(huge);
        QCOMPARE(r.errors,
                 QStringList(QStringLiteral("line 1: longer than %1 bytes").arg(MaxLineBytes)));
        QCOMPARE(r.sampleCount(), 1);

        r = parse(QByteArray(10 * 1024 * 1024, 'a')); // no newline at all
        QCOMPARE(r.errors, QStringList(QStringLiteral("line 1: missing final newline")));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

        const QByteArray justFits = "m{a=\"" + QByteArray(MaxLineBytes - 10, 'y') + "\"} 1\n";
        QVERIFY(parse(justFits).ok());
    }

    void randomBytesDoNotCrash()
    {
        QRandomGenerator rng(20240611);
        static const char *const pieces[] = {
            "m",         "_sum",    "_bucket", "{",        "}", "\"",     "\\",     "=",
            ",",         " ",       "\t",      "\n",       "#", " TYPE ", " HELP ", "counter",
            "histogram", "summary", "le",      "quantile", "1", "-",      "+Inf",   "NaN",
            "e",         ".",       "\xff",    "\xc3\xa9", "\r"};
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 300; ++round) {
            QByteArray text;
            const int size = int(rng.bounded(1, 16 * 1024));
            if (round % 2 == 0) {
                text.resize(size);
                for (char &c : text)
                    c = char(rng.bounded(256));
            } else {
                while (text.size() < size)
                    text += pieces[rng.bounded(int(std::size(pieces)))];
            }
            const ParseResult r = parse(text, 1000);
            QVERIFY(r.errors.size() <= MaxErrors + 2);
            QVERIFY(r.sampleCount() <= 1000);
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPromText)
#include "tst_promtext.moc"
