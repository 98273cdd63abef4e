// The history writer on the real storage thread: buffered writes, queries that include what is
// not written yet, maintenance by the injected clock, a damaged file moved aside, history off,
// and an Engine restarted on the same data directory showing the previous hour.
#include "FakeClock.h"
#include "HistorySamples.h"

#include "collect/SystemSources.h"
#include "engine/Engine.h"
#include "storage/HistoryWriter.h"
#include "storage/StorageThread.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace vigil;
using test::cpuBatch;
using test::cpuTotal;

namespace {

constexpr int kWaitMs = 10000;

// A writer on its own storage thread, driven by queued calls like the engine does.
struct Harness
{
    explicit Harness(const Clock &clock)
        : thread(clock)
        , writer(thread.history())
        , opened(writer, &HistoryWriter::opened)
        , recovered(writer, &HistoryWriter::databaseRecovered)
        , errors(writer, &HistoryWriter::storageError)
        , flushed(writer, &HistoryWriter::flushed)
        , maintained(writer, &HistoryWriter::maintained)
        , ready(writer, &HistoryWriter::historyReady)
    {}
    template<typename F> void call(F f)
    {
        QMetaObject::invokeMethod(
            writer, [w = writer, f] { f(w); }, Qt::QueuedConnection);
    }
    bool open(const QString &dir, HistorySettings settings = {})
    {
        settings.flushIntervalMs = 3600 * 1000; // the test flushes by hand
        call([dir, settings](HistoryWriter *w) { w->open(dir, settings); });
        return QTest::qWaitFor([&] { return !opened.isEmpty(); }, kWaitMs) &&
               opened.last().at(0).toBool();
    }
    std::optional<HistoryResult> query(const HistoryQuery &q)
    {
        const qsizetype before = ready.size();
        call([q](HistoryWriter *w) { w->query(7, {q}); });
        if (!QTest::qWaitFor([&] { return ready.size() > before; }, kWaitMs))
            return std::nullopt;
        const auto results = ready.last().at(1).value<QList<HistoryResult>>();
        if (ready.last().at(0).toULongLong() != 7 || results.size() != 1)
            return std::nullopt;
        return results.first();
    }

    StorageThread thread;
    HistoryWriter *writer;
    QSignalSpy opened;
    QSignalSpy recovered;
    QSignalSpy errors;
    QSignalSpy flushed;
    QSignalSpy maintained;
    QSignalSpy ready;
};

} // namespace

class TestHistoryWriter : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;

    qint64 now() const { return m_clock.nowMs(); }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath(QStringLiteral("data"));
    }

    void bufferedSamplesAreQueriedThenWrittenInOneFlush()
    {
        {
            Harness h(m_clock);
            QVERIFY(h.open(m_dir));
            QVERIFY(QFile::exists(m_dir + QStringLiteral("/history.db")));
            for (int i = 0; i < 10; ++i)
                h.call([b = cpuBatch(now() - 10000 + i * 1000, i)](HistoryWriter *w) {
                    w->append(b);
                });
            const auto pending = h.query({cpuTotal(), now() - 60000, now(), 2000});
            QVERIFY(pending);
            QCOMPARE(pending->tier, HistoryTier::Raw);
            QCOMPARE(pending->points.size(), 10); // not written yet, still answered
            QVERIFY(h.flushed.isEmpty());
            h.call([](HistoryWriter *w) { w->flush(); });
            QTRY_COMPARE_WITH_TIMEOUT(h.flushed.size(), 1, kWaitMs);
            QCOMPARE(h.flushed.first().at(0).value<qsizetype>(), 10);
        }
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const auto stored = h.query({cpuTotal(), now() - 60000, now(), 2000});
        QVERIFY(stored);
        QVERIFY2(stored->error.isEmpty(), qPrintable(stored->error));
        QCOMPARE(stored->points.size(), 10);
        QCOMPARE(stored->points.at(3).timeMs, now() - 7000);
        QCOMPARE(stored->points.at(3).max, 3.0);
    }

    void maintenanceRollsUpByTheInjectedClock()
    {
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const qint64 start = now(); // minute aligned
        for (int i = 0; i < 120; ++i)
            h.call([b = cpuBatch(start + i * 1000, i % 60)](HistoryWriter *w) { w->append(b); });
        m_clock.advance(3min);
        h.call([](HistoryWriter *w) { w->runMaintenance(); });
        QTRY_COMPARE_WITH_TIMEOUT(h.maintained.size(), 1, kWaitMs);
        // Three days on, raw samples are past their 48 h: the minute tier answers.
        m_clock.advance(72h);
        h.call([](HistoryWriter *w) { w->runMaintenance(); });
        QTRY_COMPARE_WITH_TIMEOUT(h.maintained.size(), 2, kWaitMs);
        QCOMPARE(h.maintained.last().at(0).toLongLong(), 120);
        const auto r = h.query({cpuTotal(), start, start + 5 * 60000, 2000});
        QVERIFY(r);
        QCOMPARE(r->tier, HistoryTier::Minute);
        QCOMPARE(r->points.size(), 2);
        for (const HistoryPoint &p : r->points) {
            QCOMPARE(p.min, 0.0);
            QCOMPARE(p.avg, 29.5);
            QCOMPARE(p.max, 59.0);
        }
    }

    void damagedFileIsMovedAsideAndReplaced()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFile f(m_dir + QStringLiteral("/history.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not an SQLite database\n").repeated(200));
        f.close();
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        QCOMPARE(h.recovered.size(), 1);
        const QString moved = m_dir + QStringLiteral("/history.db.corrupt-") +
                              QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC)
                                  .toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        QVERIFY2(h.recovered.first().at(0).toString().contains(moved),
                 qPrintable(h.recovered.first().at(0).toString()));
        QVERIFY(QFile::exists(moved));
        h.call([b = cpuBatch(now(), 42)](HistoryWriter *w) {
            w->append(b);
            w->flush();
        });
        QTRY_COMPARE_WITH_TIMEOUT(h.flushed.size(), 1, kWaitMs);
        const auto r = h.query({cpuTotal(), now() - 1000, now(), 2000});
        QVERIFY(r);
        QCOMPARE(r->points.size(), 1);
        QVERIFY(h.errors.isEmpty());
    }

    void turnedOffAnswersWithAnError()
    {
        Harness h(m_clock);
        HistorySettings off;
        off.enabled = false;
        QVERIFY(!h.open(m_dir, off));
        QVERIFY(!QFile::exists(m_dir + QStringLiteral("/history.db")));
        h.call([b = cpuBatch(now(), 1)](HistoryWriter *w) { w->append(b); });
        const auto r = h.query({cpuTotal(), now() - 1000, now(), 2000});
        QVERIFY(r);
        QVERIFY(r->points.isEmpty());
        QVERIFY(r->error.contains(QLatin1String("history.enabled")));
        QVERIFY(h.errors.isEmpty()); // off is a choice, not a storage problem
    }

    void restartedEngineReturnsThePreviousHour()
    {
        Config c;
        c.sampling.intervalMs = 3600 * 1000; // one collector tick at start: only these samples
        const QStringList sources = systemSourceNames();
        c.collectors.disabled = QSet<QString>(sources.begin(), sources.end());
        // Samples 10 s apart, the clock moving with them (no wall-clock jump warnings).
        FakeClock clock;
        const qint64 begin = clock.nowMs();
        {
            Engine engine(c, QStringLiteral("/"), clock);
            engine.setDataDir(m_dir);
            engine.setChecksEnabled(false);
            engine.setNotificationsEnabled(false);
            engine.start();
            for (int i = 0; i <= 360; ++i) {
                engine.ingest(cpuBatch(clock.nowMs(), i % 100));
                if (i < 360)
                    clock.advance(10s);
            }
            engine.stop(); // the writer's last flush runs before the storage thread ends
        }
        const qint64 end = clock.nowMs();
        Engine engine(c, QStringLiteral("/"), clock);
        engine.setDataDir(m_dir);
        engine.setChecksEnabled(false);
        engine.setNotificationsEnabled(false);
        QSignalSpy ready(&engine, &Engine::historyReady);
        engine.start();
        QVERIFY(engine.store().seriesIds().isEmpty()); // nothing in memory after the restart
        engine.queryHistory(11, {{cpuTotal(), begin, end, 2000},
                                 {SeriesId(QStringLiteral("never_seen")), end - 1000, end, 10}});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        QCOMPARE(ready.first().at(0).toULongLong(), 11u);
        const auto results = ready.first().at(1).value<QList<HistoryResult>>();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).id, cpuTotal());
        QCOMPARE(results.at(0).tier, HistoryTier::Raw);
        QVERIFY2(results.at(0).error.isEmpty(), qPrintable(results.at(0).error));
        QCOMPARE(results.at(0).points.size(), 361);
        QCOMPARE(results.at(0).points.first().timeMs, begin);
        QCOMPARE(results.at(0).points.last().timeMs, end);
        QCOMPARE(results.at(0).points.last().max, double(360 % 100));
        QVERIFY(results.at(1).points.isEmpty());
        QVERIFY(results.at(1).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
