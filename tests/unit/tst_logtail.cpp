// LogTail: counting appended lines by pattern or JSON level across rotation, truncation,
// deletion, partial and oversized lines, with exact rates from injected monotonic times.
#include "checks/LogTail.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace vigil;

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;
const QString Rate = QStringLiteral("check_log_matches_per_minute{check=\"app\"}");
const QString Total = QStringLiteral("check_log_matches_total{check=\"app\"}");

QMap<QString, double> values(const ProbeOutcome &outcome)
{
    QMap<QString, double> map;
    for (const SeriesSample &sample : outcome.samples)
        map.insert(sample.id.toString(), sample.value);
    return map;
}

bool writeTo(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | mode) && file.write(bytes) == bytes.size();
}
bool append(const QString &path, const QByteArray &bytes)
{
    return writeTo(path, bytes, QIODevice::Append);
}
bool replace(const QString &path, const QByteArray &bytes)
{
    return writeTo(path, bytes, QIODevice::Truncate);
}

} // namespace

class TestLogTail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_monoNs = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("app.log")); }

    LogTail::Options options(const QString &pattern = QStringLiteral("error"),
                             bool fromStart = false) const
    {
        LogTail::Options o;
        o.check = QStringLiteral("app");
        o.path = path();
        o.pattern = pattern;
        o.fromStart = fromStart;
        return o;
    }
    // Runs one minute after the previous run.
    ProbeOutcome next(LogTail &tail)
    {
        m_monoNs += 60 * NsPerSecond;
        return tail.run(0, m_monoNs);
    }
    // The matches of one run, read back from the rate (one minute per run).
    double matches(LogTail &tail) { return values(next(tail)).value(Rate, -1); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral(".1"));
        m_monoNs = 0;
    }

    void validate_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("minLevel");
        QTest::addColumn<double>("maxPerMinute");
        QTest::addColumn<QString>("error");
        QTest::newRow("pattern") << QStringLiteral("ERR") << QString() << 0.0 << QString();
        QTest::newRow("level") << QString() << QStringLiteral("Warn") << 5.0 << QString();
        QTest::newRow("neither") << QString() << QString() << 0.0
                                 << QStringLiteral("either a pattern or a minimum level");
        QTest::newRow("bad pattern")
            << QStringLiteral("[") << QString() << 0.0 << QStringLiteral("invalid pattern");
        QTest::newRow("bad level") << QString() << QStringLiteral("loud") << 0.0
                                   << QStringLiteral("unknown level \"loud\"");
        QTest::newRow("negative rate")
            << QStringLiteral("x") << QString() << -1.0 << QStringLiteral("maximum rate");
    }
    void validate()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, minLevel);
        QFETCH(double, maxPerMinute);
        QFETCH(QString, error);
        LogTail::Options o = options(pattern);
        o.minLevel = minLevel;
        o.maxPerMinute = maxPerMinute;
        const QString result = LogTail::validate(o);
        QVERIFY2(error.isEmpty() ? result.isEmpty() : result.contains(error), qPrintable(result));
        if (!error.isEmpty())
            QCOMPARE(LogTail(o).run(0, 0).message, result);
    }

    void startsAtTheEnd()
    {
        QVERIFY(replace(path(), "error old\nerror half-writ"));
        LogTail tail(options());
        ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(outcome.message, QStringLiteral("0 matching lines (rate from the next run)"));
        QCOMPARE(values(outcome), (QMap<QString, double>{{Total, 0}}));

        // The rest of the line under way at the start is not counted; new lines are.
        QVERIFY(append(path(), "ten\nerror new\nfine\r\nerror again\r\n"));
        outcome = next(tail);
        QCOMPARE(outcome.message, QStringLiteral("2 matching lines in the last 60 s (2.0/min)"));
        QCOMPARE(values(outcome), (QMap<QString, double>{{Rate, 2}, {Total, 2}}));
        QCOMPARE(matches(tail), 0.0);
    }

    void fromStartCountsExistingLines()
    {
        QVERIFY(replace(path(), "error 1\nok\nerror 2\n"));
        LogTail tail(options(QStringLiteral("^error \\d$"), true));
        const ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.message, QStringLiteral("2 matching lines (rate from the next run)"));
        QCOMPARE(values(outcome).value(Total), 2.0);
        QCOMPARE(tail.totalMatches(), 2u);
    }

    void jsonLevelThreshold()
    {
        QVERIFY(replace(path(), {}));
        LogTail::Options o = options(QString());
        o.minLevel = QStringLiteral("warning");
        LogTail tail(o);
        next(tail);
        QVERIFY(append(path(), "{\"level\":\"info\",\"msg\":\"error in text only\"}\n"
                               "{\"level\":\"WARN\"}\n"
                               "  {\"severity\":\"error\",\"n\":1}\n"
                               "{\"lvl\":\"Critical\"}\n"
                               "{\"level\":\"fatal\"}\n"
                               "ERROR plain text is not JSON\n"
                               "{\"msg\":\"no level\"}\n"
                               "{\"level\":\"debug\"}\n"
                               "{\"level\":50}\n"
                               "{broken json, level: error\n"
                               "[\"error\"]\n"));
        QCOMPARE(matches(tail), 4.0);
    }

    void patternAndLevelTogether()
    {
        QVERIFY(replace(path(), {}));
        LogTail::Options o = options(QStringLiteral("database"));
        o.minLevel = QStringLiteral("error");
        LogTail tail(o);
        next(tail);
        QVERIFY(append(path(), "{\"level\":\"error\",\"msg\":\"database down\"}\n"
                               "{\"level\":\"info\",\"msg\":\"database up\"}\n"
                               "{\"level\":\"error\",\"msg\":\"disk full\"}\n"));
        QCOMPARE(matches(tail), 1.0);
    }

    void rotationByRename()
    {
        QVERIFY(replace(path(), "start\n"));
        LogTail tail(options());
        next(tail);
        QVERIFY(append(path(), "error 1\n"));
        const QString rotated = path() + QStringLiteral(".1");
        QVERIFY(QFile::rename(path(), rotated));
        QVERIFY(append(rotated, "error 2\nerror 3 unfinished")); // before the writer reopens
        QVERIFY(replace(path(), "error 4\nerror 5\n"));
        ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.message,
                 QStringLiteral("5 matching lines in the last 60 s (5.0/min); rotated"));
        QCOMPARE(values(outcome).value(Total), 5.0);

        QVERIFY(append(rotated, "error too late\n")); // the old file is no longer followed
        QVERIFY(append(path(), "error 6\n"));
        QCOMPARE(matches(tail), 1.0);
        QCOMPARE(tail.totalMatches(), 6u);
    }

    void copyTruncate()
    {
        QVERIFY(replace(path(), "error 1\nerror 2\n"));
        LogTail tail(options(QStringLiteral("error"), true));
        next(tail);
        QVERIFY(replace(path(), "error 3\n")); // shorter than what was read
        const ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(outcome.message, QStringLiteral("1 matching line in the last 60 s (1.0/min); "
                                                 "truncated, reading from the start"));
        QVERIFY(append(path(), "error 4\n"));
        QCOMPARE(matches(tail), 1.0);
        QCOMPARE(tail.totalMatches(), 4u);
    }

    void removedThenRecreated()
    {
        QVERIFY(replace(path(), "start\n"));
        LogTail tail(options());
        next(tail);
        QVERIFY(append(path(), "error 1\n"));
        QVERIFY(QFile::remove(path()));
        ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        // The open descriptor still had one line to give.
        QCOMPARE(outcome.message, path() + QStringLiteral(": not found; 1 matching line in the "
                                                          "last 60 s (1.0/min)"));
        outcome = next(tail);
        QCOMPARE(outcome.message, path() + QStringLiteral(": not found"));
        QCOMPARE(values(outcome), (QMap<QString, double>{{Rate, 0}, {Total, 1}}));

        QVERIFY(replace(path(), "error 2\nerror 3\n")); // back: read from its start
        outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(values(outcome), (QMap<QString, double>{{Rate, 2}, {Total, 3}}));
    }

    void missingAtStartIsReadFromItsStart()
    {
        LogTail tail(options());
        QCOMPARE(next(tail).message, path() + QStringLiteral(": not found"));
        QVERIFY(replace(path(), "error 1\n"));
        QCOMPARE(matches(tail), 1.0);
    }

    void notARegularFile()
    {
        LogTail::Options o = options();
        o.path = m_dir.path();
        LogTail tail(o);
        const ProbeOutcome outcome = tail.run(0, 0);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, m_dir.path() + QStringLiteral(": not a regular file"));
    }

    void partialLineCompletedLater()
    {
        QVERIFY(replace(path(), {}));
        LogTail tail(options(QStringLiteral("^error partial$")));
        next(tail);
        QVERIFY(append(path(), "error par"));
        QCOMPARE(matches(tail), 0.0);
        QCOMPARE(tail.bufferedBytes(), 9);
        QVERIFY(append(path(), "tial\nerror"));
        QCOMPARE(matches(tail), 1.0);
        QCOMPARE(tail.bufferedBytes(), 5);
        QVERIFY(append(path(), " partial\n"));
        QCOMPARE(matches(tail), 1.0);
        QCOMPARE(tail.bufferedBytes(), 0);
    }

    void hugeLineIsBounded()
    {
        QVERIFY(replace(path(), {}));
        LogTail tail(options(QStringLiteral("^error")));
        next(tail);
        const QByteArray megabyte(1024 * 1024, 'a');
        QVERIFY(append(path(), "error " + megabyte));
        QCOMPARE(matches(tail), 0.0);
        QCOMPARE(tail.bufferedBytes(), LogTail::MaxLineBytes);
        QVERIFY(append(path(), megabyte));
        QCOMPARE(matches(tail), 0.0);
        QCOMPARE(tail.bufferedBytes(), LogTail::MaxLineBytes);
        QVERIFY(append(path(), "\nerror short\n"));
        const ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.message, QStringLiteral("2 matching lines in the last 60 s (2.0/min); "
                                                 "1 line over 64.0 KiB cut"));
        QCOMPARE(tail.bufferedBytes(), 0);
        QCOMPARE(tail.totalMatches(), 2u);
    }

    void readBudgetSkipsToCatchUp()
    {
        QVERIFY(replace(path(), {}));
        LogTail tail(options());
        next(tail);
        QByteArray line = "error " + QByteArray(57, '.') + '\n'; // 64 bytes
        QByteArray megabyte;
        for (int i = 0; i < 16 * 1024; ++i)
            megabyte += line;
        for (int i = 0; i < 9; ++i)
            QVERIFY(append(path(), megabyte));
        const ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Degraded);
        const double counted = LogTail::ReadBudgetBytes / 64;
        QCOMPARE(values(outcome).value(Rate), counted);
        QCOMPARE(outcome.message,
                 QStringLiteral("%1 matching lines in the last 60 s (%1.0/min); skipped 1.00 MiB "
                                "to catch up")
                     .arg(counted));
        QCOMPARE(matches(tail), 0.0);
    }

    void invalidUtf8()
    {
        QVERIFY(replace(path(), {}));
        LogTail::Options o = options(QStringLiteral("caf. error"));
        LogTail tail(o);
        next(tail);
        QVERIFY(append(path(), "\xff\xfe caf\xe9 error \xc3\x28\nplain\n"));
        QCOMPARE(matches(tail), 1.0);

        o.pattern.clear();
        o.minLevel = QStringLiteral("error");
        LogTail levels(o);
        next(levels);
        QVERIFY(append(path(), "{\"level\":\"error\",\"msg\":\"\xff\xfe\"}\n"));
        QCOMPARE(matches(levels), 1.0);
    }

    void rateUsesMonotonicTime()
    {
        QVERIFY(replace(path(), {}));
        LogTail tail(options());
        QCOMPARE(tail.run(1000, 10 * NsPerSecond).samples.size(), 1);
        QVERIFY(append(path(), "error\nerror\nerror\n"));
        ProbeOutcome outcome = tail.run(1000, 55 * NsPerSecond); // wall clock did not move
        QCOMPARE(values(outcome).value(Rate), 4.0);
        QCOMPARE(outcome.message, QStringLiteral("3 matching lines in the last 45 s (4.0/min)"));
        outcome = tail.run(1000, 55 * NsPerSecond); // no time passed: no rate
        QCOMPARE(values(outcome), (QMap<QString, double>{{Total, 3}}));
    }

    void unhealthyAboveMaxRate()
    {
        QVERIFY(replace(path(), {}));
        LogTail::Options o = options();
        o.maxPerMinute = 10;
        LogTail tail(o);
        next(tail);
        QVERIFY(append(path(), QByteArray("error\n").repeated(10)));
        ProbeOutcome outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy); // at the limit, not above
        QCOMPARE(outcome.message,
                 QStringLiteral("10 matching lines in the last 60 s (10.0/min, max 10/min)"));
        QVERIFY(append(path(), QByteArray("error\n").repeated(12)));
        outcome = next(tail);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message,
                 QStringLiteral("12 matching lines in the last 60 s (12.0/min, max 10/min)"));
    }

    void movedTailKeepsItsPlace()
    {
        QVERIFY(replace(path(), "error 1\n"));
        LogTail first(options(QStringLiteral("error"), true));
        next(first);
        LogTail moved(std::move(first));
        QVERIFY(append(path(), "error 2\n"));
        QCOMPARE(matches(moved), 1.0);
        QCOMPARE(moved.totalMatches(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
