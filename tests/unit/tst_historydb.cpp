// history.db itself: rollups with exact min/avg/max, late samples, retention, reads of each
// tier, and the pure tier choice and decimation (src/core/storage/History*). Real SQLite in a
// temporary directory; time is passed in explicitly, as the writer does from its clock.
#include "storage/HistoryDatabase.h"
#include "storage/HistoryPlan.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace vigil;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
// 2026-11-21T09:00:00Z, hour aligned.
constexpr qint64 kBase = 1795251600000;

const SeriesId &cpu()
{
    static const SeriesId id(QStringLiteral("cpu_usage_percent"),
                             {{QStringLiteral("cpu"), QStringLiteral("total")}});
    return id;
}
const SeriesId &load()
{
    static const SeriesId id(QStringLiteral("load1"));
    return id;
}

SampleBatch batch(qint64 t, double cpuValue, double loadValue = 0.5)
{
    SampleBatch b;
    b.timeMs = t;
    b.add(cpu(), cpuValue);
    b.add(load(), loadValue);
    return b;
}

HistoryPoint pt(qint64 t, double min, double avg, double max)
{
    return {t, min, avg, max};
}

} // namespace

class TestHistoryDb : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    int m_n = 0;

    QList<HistoryPoint> read(HistoryTier tier, const SeriesId &id, qint64 from, qint64 to)
    {
        QList<HistoryPoint> points;
        const auto r = m_db->read(tier, id, from, to, &points);
        if (!r.ok())
            qWarning() << r.message;
        return points;
    }
    void write(const QList<SampleBatch> &batches)
    {
        const auto r = m_db->write(batches, {{QStringLiteral("load1"), QString()}});
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    qint64 count(const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst-history-%1").arg(m_n)));
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<HistoryDatabase>(QStringLiteral("tst-history-%1").arg(++m_n));
        const auto r = m_db->open(m_dir.filePath(QStringLiteral("history-%1.db").arg(m_n)));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    void cleanup() { m_db.reset(); }

    void schemaVersionAndWal()
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst-history-%1").arg(m_n)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryDatabase::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT name, labels, unit FROM series")));
    }

    void rawSamplesRoundTrip()
    {
        write({batch(kBase, 1), batch(kBase + 1000, 2)});
        write({batch(kBase + 2000, std::numeric_limits<double>::quiet_NaN())}); // skipped
        QCOMPARE(read(HistoryTier::Raw, cpu(), kBase, kBase + kMin),
                 (QList<HistoryPoint>{pt(kBase, 1, 1, 1), pt(kBase + 1000, 2, 2, 2)}));
        QCOMPARE(read(HistoryTier::Raw, cpu(), kBase + 1, kBase + kMin).size(), 1);
        QVERIFY(read(HistoryTier::Raw, SeriesId(QStringLiteral("never")), 0, kBase * 2).isEmpty());
        QCOMPARE(count(QStringLiteral("series")), 2);
    }

    void minuteRollupHasExactMinAvgMaxAndCount()
    {
        // Minute 0: 1, 2, 3, 6 -> min 1, avg 3, max 6. Minute 1: 10, 20 -> 10, 15, 20.
        write({batch(kBase, 1), batch(kBase + 15000, 2), batch(kBase + 30000, 3),
               batch(kBase + 45000, 6), batch(kBase + kMin, 10), batch(kBase + kMin + 30000, 20),
               batch(kBase + 2 * kMin, 99)});
        const QList<HistoryPoint> expected{pt(kBase, 1, 3, 6), pt(kBase + kMin, 10, 15, 20)};
        // Before any rollup the minute tier is aggregated from the raw samples.
        QCOMPARE(read(HistoryTier::Minute, cpu(), kBase, kBase + kMin + 59999), expected);
        QVERIFY(m_db->rollup(kBase + 2 * kMin + 30000).ok()); // minute 2 is not complete
        QCOMPARE(m_db->minuteDoneMs(), kBase + 2 * kMin);
        QCOMPARE(count(QStringLiteral("minute_rollups")), 4); // 2 minutes x 2 series
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst-history-%1").arg(m_n)));
        QVERIFY(q.exec(QStringLiteral("SELECT m.count FROM minute_rollups m JOIN series s ON "
                                      "s.id = m.series_id WHERE s.name = 'cpu_usage_percent' "
                                      "ORDER BY m.t_ms")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(read(HistoryTier::Minute, cpu(), kBase, kBase + kMin + 59999), expected);
        // The minute still open comes from the raw samples.
        QCOMPARE(read(HistoryTier::Minute, cpu(), kBase, kBase + 3 * kMin).last(),
                 pt(kBase + 2 * kMin, 99, 99, 99));
    }

    void hourRollupWeighsMinutesBySampleCount()
    {
        write({batch(kBase, 1), batch(kBase + 15000, 2), batch(kBase + 30000, 3),
               batch(kBase + 45000, 6), batch(kBase + kMin, 10), batch(kBase + kMin + 30000, 20),
               batch(kBase + kHour, 7)});
        QVERIFY(m_db->rollup(kBase + kHour + kMin).ok());
        QCOMPARE(m_db->hourDoneMs(), kBase + kHour);
        // (1 + 2 + 3 + 6 + 10 + 20) / 6 = 7, not the mean of the minute averages (9).
        const QList<HistoryPoint> hours = read(HistoryTier::Hour, cpu(), kBase, kBase + 2 * kHour);
        QCOMPARE(hours, (QList<HistoryPoint>{pt(kBase, 1, 7, 20), pt(kBase + kHour, 7, 7, 7)}));
        QCOMPARE(count(QStringLiteral("hour_rollups")), 2);
    }

    void lateSamplesRollTheirMinuteUpAgain()
    {
        write({batch(kBase, 1), batch(kBase + 30000, 3)});
        QVERIFY(m_db->rollup(kBase + kHour + kMin).ok());
        QCOMPARE(read(HistoryTier::Minute, cpu(), kBase, kBase + kMin - 1),
                 (QList<HistoryPoint>{pt(kBase, 1, 2, 3)}));
        write({batch(kBase + 50000, 8)}); // held in memory while the disk was full, say
        QCOMPARE(m_db->minuteDoneMs(), kBase);
        QCOMPARE(m_db->hourDoneMs(), kBase);
        QVERIFY(m_db->rollup(kBase + kHour + kMin).ok());
        QCOMPARE(read(HistoryTier::Minute, cpu(), kBase, kBase + kMin - 1),
                 (QList<HistoryPoint>{pt(kBase, 1, 4, 8)}));
        QCOMPARE(read(HistoryTier::Hour, cpu(), kBase, kBase + kHour - 1),
                 (QList<HistoryPoint>{pt(kBase, 1, 4, 8)}));
    }

    void progressSurvivesReopening()
    {
        write({batch(kBase, 1), batch(kBase + kHour + 5000, 2)});
        QVERIFY(m_db->rollup(kBase + kHour + kMin).ok());
        const QString file = m_dir.filePath(QStringLiteral("history-%1.db").arg(m_n));
        m_db = std::make_unique<HistoryDatabase>(QStringLiteral("tst-history-%1").arg(m_n));
        QVERIFY(m_db->open(file).ok());
        QCOMPARE(m_db->minuteDoneMs(), kBase + kHour + kMin);
        QCOMPARE(m_db->hourDoneMs(), kBase + kHour);
    }

    void retentionDeletesEachTierAfterItsRollup()
    {
        // One sample per 10 minutes for 6 hours.
        QList<SampleBatch> batches;
        for (qint64 t = kBase; t < kBase + 6 * kHour; t += 10 * kMin)
            batches.append(batch(t, double((t - kBase) / kMin)));
        write(batches);
        const qint64 now = kBase + 6 * kHour;
        HistoryRetention keep{kHour, 2 * kHour, 3 * kHour};
        qint64 deleted = 0;
        // Nothing rolled up yet: raw samples are kept whatever their age.
        QVERIFY(m_db->prune(now, keep, &deleted).ok());
        QCOMPARE(deleted, 0);
        QCOMPARE(count(QStringLiteral("samples")), 72);
        QVERIFY(m_db->rollup(now).ok());
        QVERIFY(m_db->prune(now, keep, &deleted).ok());
        // Raw: the last hour (6 per series). Minutes: the last 2 h (12). Hours: the last 3 h.
        QCOMPARE(count(QStringLiteral("samples")), 12);
        QCOMPARE(count(QStringLiteral("minute_rollups")), 24);
        QCOMPARE(count(QStringLiteral("hour_rollups")), 6);
        QCOMPARE(deleted, qint64(72 - 12) + (72 - 24) + (12 - 6));
        QCOMPARE(read(HistoryTier::Raw, cpu(), 0, now).first().timeMs, now - kHour);
        QCOMPARE(read(HistoryTier::Minute, cpu(), 0, now).first().timeMs, now - 2 * kHour);
        const QList<HistoryPoint> hours = read(HistoryTier::Hour, cpu(), 0, now);
        QCOMPARE(hours.size(), 3);
        QCOMPARE(hours.first(), pt(now - 3 * kHour, 180, 205, 230));
    }

    void tierChoice_data()
    {
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("tier");
        const int raw = int(HistoryTier::Raw);
        const int minute = int(HistoryTier::Minute);
        const int hour = int(HistoryTier::Hour);
        QTest::newRow("5 min") << 5 * kMin << 5 * kMin << 2000 << raw;
        QTest::newRow("6 h at 1 s: 21 600 rows") << 6 * kHour << 6 * kHour << 2000 << raw;
        QTest::newRow("24 h at 1 s: too many rows") << kDay << kDay << 2000 << minute;
        QTest::newRow("24 h, 3 000 points") << kDay << kDay << 3000 << raw;
        QTest::newRow("an hour, 3 days ago: raw gone") << 3 * kDay << kHour << 2000 << minute;
        QTest::newRow("30 d") << 30 * kDay << 30 * kDay << 2000 << minute;
        QTest::newRow("31 d: minutes gone") << 31 * kDay << 31 * kDay << 2000 << hour;
        QTest::newRow("1 y") << 365 * kDay << 365 * kDay << 2000 << hour;
        QTest::newRow("older than every tier") << 500 * kDay << kDay << 2000 << hour;
        QTest::newRow("7 d, 100 points") << 7 * kDay << 7 * kDay << 100 << hour;
    }
    void tierChoice()
    {
        QFETCH(qint64, ago);
        QFETCH(qint64, span);
        QFETCH(int, maxPoints);
        QFETCH(int, tier);
        const qint64 now = kBase;
        const HistoryQuery q{cpu(), now - ago, now - ago + span, maxPoints};
        QCOMPARE(int(historyplan::chooseTier(q, now, HistoryRetention(), 1000)), tier);
    }

    void decimationKeepsExtremes()
    {
        QList<HistoryPoint> points;
        for (int i = 0; i < 1000; ++i)
            points.append(pt(i * 1000, 10, 10, 10));
        points[503] = pt(503000, -5, 2, 95); // one spike inside bucket 50
        const QList<HistoryPoint> out = historyplan::decimate(points, 0, 1000 * 1000, 100);
        QCOMPARE(out.size(), 100);
        QCOMPARE(out.at(50).timeMs, 500000);
        QCOMPARE(out.at(50).min, -5.0);
        QCOMPARE(out.at(50).max, 95.0);
        QCOMPARE(out.at(50).avg, (9 * 10 + 2) / 10.0);
        QCOMPARE(out.at(49), pt(490000, 10, 10, 10));
        QCOMPARE(historyplan::decimate(points.mid(0, 50), 0, 1000 * 1000, 100), points.mid(0, 50));
    }
};

QTEST_GUILESS_MAIN(TestHistoryDb)
#include "tst_historydb.moc"
