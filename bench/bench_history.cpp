// bench_history: the series history database (history.db). Not a test: prints figures, asserts
// nothing. bench/history_vs_python.sh runs it next to bench/history_peer.py (/usr/bin/python3
// sqlite3 writing the same rows with the same schema and transaction size).
//
//   bench_history insert DIR SERIES SECONDS FLUSH_S  samples/s of HistoryDatabase::write():
//       SERIES series sampled every second for SECONDS s, one transaction per FLUSH_S seconds
//       of samples (what HistoryWriter does every flush interval); value (s*7+i) % 1000 / 10
//   bench_history query DIR [RUNS]   a 30-day query of one series decimated to 2 000 points,
//       after seeding 30 days of minute rollups (+ hours) and 48 h of raw samples at 1 s;
//       the tier is chosen as the writer does; median and worst of RUNS (default 20)
//   bench_history size DIR SERIES    bytes per series per day: SERIES series at 1 s for one
//       day, raw alone, then with their minute and hour rollups
#include "storage/HistoryDatabase.h"
#include "storage/HistoryPlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vigil;

namespace {

constexpr qint64 kBase = 1795251600000; // 2026-11-21T09:00:00Z
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 3600 * 1000;

SeriesId benchSeries(int i)
{
    return SeriesId(QStringLiteral("bench_series"), {{QStringLiteral("n"), QString::number(i)}});
}

double benchValue(qint64 second, int series)
{
    return double((second * 7 + series) % 1000) / 10.0;
}

bool openFresh(HistoryDatabase &db, const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    const auto r = db.open(file);
    if (!r.ok())
        std::fprintf(stderr, "open %s: %s\n", qPrintable(file), qPrintable(r.message));
    return r.ok();
}

// Transactions of flushSeconds seconds of samples, each second one batch of all series.
std::vector<QList<SampleBatch>> makeTransactions(int series, int seconds, int flushSeconds,
                                                 qint64 startMs)
{
    std::vector<QList<SampleBatch>> out;
    QList<SeriesId> ids;
    for (int i = 0; i < series; ++i)
        ids.append(benchSeries(i));
    for (int s = 0; s < seconds; s += flushSeconds) {
        QList<SampleBatch> tx;
        for (int k = s; k < std::min(seconds, s + flushSeconds); ++k) {
            SampleBatch b;
            b.timeMs = startMs + qint64(k) * 1000;
            b.samples.reserve(series);
            for (int i = 0; i < series; ++i)
                b.samples.append({ids.at(i), benchValue(k, i)});
            tx.append(b);
        }
        out.push_back(tx);
    }
    return out;
}

bool writeAll(HistoryDatabase &db, const std::vector<QList<SampleBatch>> &txs)
{
    for (const QList<SampleBatch> &tx : txs) {
        const auto r = db.write(tx, {});
        if (!r.ok()) {
            std::fprintf(stderr, "write: %s\n", qPrintable(r.message));
            return false;
        }
    }
    return true;
}

int insert(const QString &dir, int series, int seconds, int flushSeconds)
{
    HistoryDatabase db(QStringLiteral("bench-insert"));
    if (!openFresh(db, dir + QStringLiteral("/insert.db")))
        return 1;
    const auto txs = makeTransactions(series, seconds, flushSeconds, kBase);
    QElapsedTimer timer;
    timer.start();
    if (!writeAll(db, txs))
        return 1;
    const double s = double(timer.nsecsElapsed()) / 1e9;
    const double samples = double(series) * seconds;
    std::printf("vigil insert: %.0f samples in %zu transactions, %.3f s, %.0f samples/s\n", samples,
                txs.size(), s, samples / s);
    return 0;
}

// Rows straight into the tables (the minute rollups of 30 days would take 2.6 M raw samples).
bool seedRollups(const QString &file, qint64 nowMs)
{
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        c.setDatabaseName(file);
        if (!c.open() || !c.transaction())
            return false;
        QSqlQuery q(c);
        bool ok = q.exec(QStringLiteral("INSERT OR IGNORE INTO series (id, name, labels, unit) "
                                        "VALUES (1, 'bench_series', '{\"n\":\"0\"}', '')"));
        ok = ok &&
             q.prepare(QStringLiteral("INSERT INTO minute_rollups VALUES (1, ?, ?, ?, ?, 60)"));
        for (qint64 t = nowMs - 30 * kDay; ok && t < nowMs - 2 * kDay; t += kMinute) {
            const double v = benchValue(t / 1000, 0);
            q.addBindValue(t);
            q.addBindValue(v - 1);
            q.addBindValue(v);
            q.addBindValue(v + 1);
            ok = q.exec();
        }
        ok = ok && q.exec(QStringLiteral("INSERT OR REPLACE INTO rollup_progress VALUES "
                                         "('minute', %1), ('hour', %1)")
                              .arg(nowMs - 2 * kDay));
        if (!ok || !c.commit())
            return false;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
    return true;
}

int query(const QString &dir, int runs)
{
    const QString file = dir + QStringLiteral("/query.db");
    const qint64 now = kBase + 30 * kDay;
    {
        HistoryDatabase db(QStringLiteral("bench-seed"));
        if (!openFresh(db, file))
            return 1;
        db.close();
        if (!seedRollups(file, now)) {
            std::fprintf(stderr, "seeding rollups failed\n");
            return 1;
        }
        if (!db.open(file).ok() ||
            !writeAll(db, makeTransactions(1, 2 * 24 * 3600, 3600, now - 2 * kDay)) ||
            !db.rollup(now).ok()) // the last 48 h: rolled up from the raw samples
            return 1;
    }
    HistoryDatabase db(QStringLiteral("bench-query"));
    if (!db.open(file).ok())
        return 1;
    const HistoryQuery q{benchSeries(0), now - 30 * kDay, now, 2000};
    const HistoryTier tier = historyplan::chooseTier(q, now, HistoryRetention(), 1000);
    // As HistoryWriter::query: every row of the chosen tier, then the buckets in C++.
    std::vector<double> ms;
    qsizetype points = 0;
    qsizetype rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QList<HistoryPoint> all;
        if (!db.read(tier, q.id, q.fromMs, q.toMs, &all).ok())
            return 1;
        const QList<HistoryPoint> out = historyplan::decimate(all, q.fromMs, q.toMs, q.maxPoints);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        rows = all.size();
        points = out.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("vigil query 30 d -> %lld points, tier %s, %lld rows read: median %.1f ms, "
                "worst %.1f ms over %d runs (budget 50 ms)\n",
                qlonglong(points), qPrintable(historyTierName(tier)), qlonglong(rows),
                ms[ms.size() / 2], ms.back(), runs);
    return 0;
}

qint64 fileBytes(HistoryDatabase &db, const QString &file)
{
    db.close(); // folds the WAL into the file
    return QFileInfo(file).size();
}

int size(const QString &dir, int series)
{
    const QString file = dir + QStringLiteral("/size.db");
    HistoryDatabase db(QStringLiteral("bench-size"));
    if (!openFresh(db, file))
        return 1;
    const qint64 empty = fileBytes(db, file);
    if (!db.open(file).ok() || !writeAll(db, makeTransactions(series, 24 * 3600, 5, kBase)))
        return 1;
    const qint64 raw = fileBytes(db, file) - empty;
    if (!db.open(file).ok() || !db.rollup(kBase + kDay).ok())
        return 1;
    const qint64 rolled = fileBytes(db, file) - empty - raw;
    const double rawDay = double(raw) / series;
    const double rollDay = double(rolled) / series; // 1 440 minute + 24 hour rows
    const double hourShare = rollDay * 24.0 / (1440 + 24);
    const double minuteShare = rollDay - hourShare;
    // Steady state at the default retention: 2 days raw, 30 days minutes, 400 days hours.
    const double steady = 2 * rawDay + 30 * minuteShare + 400 * hourShare;
    std::printf("vigil size: %d series x 1 day at 1 s: raw %.0f B per series per day "
                "(%.1f B per sample), rollups %.0f B per series per day; steady state at "
                "48h/30d/400d about %.1f MB per series\n",
                series, rawDay, rawDay / 86400, rollDay, steady / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 6 && args.at(1) == QLatin1String("insert"))
        return insert(args.at(2), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("query"))
        return query(args.at(2), args.size() > 3 ? args.at(3).toInt() : 20);
    if (args.size() >= 4 && args.at(1) == QLatin1String("size"))
        return size(args.at(2), args.at(3).toInt());
    std::fprintf(stderr, "usage: bench_history insert DIR SERIES SECONDS FLUSH_S | query DIR "
                         "[RUNS] | size DIR SERIES\n");
    return 2;
}
