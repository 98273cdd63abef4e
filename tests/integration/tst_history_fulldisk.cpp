// The history writer when its file system stops taking writes, on a real 8 MiB tmpfs (CTest runs
// this through tests/support/with_small_fs.sh, which mounts it in a private mount namespace): a
// full disk, and a file system that is read-only from the start. Vigil must keep the samples in
// a bounded memory buffer, answer queries from it, warn, and write everything once space or
// write access returns (retried by the writer itself).
#include "SmallFs.h"

#include "storage/HistoryWriter.h"
#include "storage/StorageThread.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using test::remount;

namespace {

constexpr int kWaitMs = 20000;

SampleBatch wideBatch(qint64 t, int series)
{
    SampleBatch b;
    b.timeMs = t;
    for (int i = 0; i < series; ++i)
        b.add(SeriesId(QStringLiteral("disk_read_bytes_per_second"),
                       {{QStringLiteral("device"), QStringLiteral("sd%1").arg(i)}}),
              double(t % 1000 + i));
    return b;
}

struct Harness
{
    Harness()
        : writer(thread.history())
        , opened(writer, &HistoryWriter::opened)
        , errors(writer, &HistoryWriter::storageError)
        , resumed(writer, &HistoryWriter::storageResumed)
        , flushed(writer, &HistoryWriter::flushed)
        , ready(writer, &HistoryWriter::historyReady)
    {}
    template<typename F> void call(F f)
    {
        QMetaObject::invokeMethod(
            writer, [w = writer, f] { f(w); }, Qt::QueuedConnection);
    }
    void open(const QString &dir)
    {
        HistorySettings s;
        s.flushIntervalMs = 3600 * 1000; // flushed by hand; retries on their own timer
        call([dir, s](HistoryWriter *w) {
            w->setRetryInterval(50);
            w->open(dir, s);
        });
    }
    qsizetype countPoints(const SeriesId &id, qint64 from, qint64 to)
    {
        const qsizetype before = ready.size();
        call([id, from, to](HistoryWriter *w) { w->query(1, {{id, from, to, 100000}}); });
        if (!QTest::qWaitFor([&] { return ready.size() > before; }, kWaitMs))
            return -1;
        return ready.last().at(1).value<QList<HistoryResult>>().value(0).points.size();
    }

    StorageThread thread;
    HistoryWriter *writer;
    QSignalSpy opened;
    QSignalSpy errors;
    QSignalSpy resumed;
    QSignalSpy flushed;
    QSignalSpy ready;
};

const SeriesId sd0(QStringLiteral("disk_read_bytes_per_second"),
                   {{QStringLiteral("device"), QStringLiteral("sd0")}});

} // namespace

class TestHistoryFullDisk : public QObject
{
    Q_OBJECT

private:
    QString m_fs;

private Q_SLOTS:
    void initTestCase()
    {
        m_fs = qEnvironmentVariable("VIGIL_TEST_SMALL_FS");
        if (m_fs.isEmpty())
            QFAIL("run through tests/support/with_small_fs.sh (CTest does), which provides "
                  "VIGIL_TEST_SMALL_FS");
    }

    void cleanup()
    {
        QFile::remove(m_fs + QStringLiteral("/filler"));
        remount(m_fs, "rw");
    }

    void fullDiskKeepsSamplesInMemoryAndWritesThemLater()
    {
        const QString dir = m_fs + QStringLiteral("/full");
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        Harness h;
        h.open(dir);
        QTRY_COMPARE_WITH_TIMEOUT(h.opened.size(), 1, kWaitMs);
        QVERIFY(h.opened.first().at(0).toBool());
        qint64 t = start;
        auto appendSome = [&](int batches) {
            for (int i = 0; i < batches; ++i, t += 1000)
                h.call([b = wideBatch(t, 50)](HistoryWriter *w) { w->append(b); });
            h.call([](HistoryWriter *w) { w->flush(); });
        };
        appendSome(20);
        QTRY_COMPARE_WITH_TIMEOUT(h.flushed.size(), 1, kWaitMs);
        QVERIFY(test::fillFileSystem(m_fs + QStringLiteral("/filler")));
        // Until SQLite runs out of pages it may still fit a few; it must fail soon.
        for (int round = 0; round < 200 && h.errors.isEmpty(); ++round) {
            appendSome(20);
            QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), kWaitMs);
        const QString message = h.errors.first().at(0).toString();
        QVERIFY2(message.contains(QLatin1String("kept")) ||
                     message.contains(QLatin1String("keeps")),
                 qPrintable(message));
        appendSome(20); // still accepted, in memory
        const qint64 last = t - 1000;
        // Queries still answer, from disk and from memory together.
        QCOMPARE(h.countPoints(sd0, start, last), qsizetype((last - start) / 1000 + 1));
        QVERIFY(QFile::remove(m_fs + QStringLiteral("/filler")));
        QTRY_VERIFY_WITH_TIMEOUT(!h.resumed.isEmpty(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(h.countPoints(sd0, start, last),
                                  qsizetype((last - start) / 1000 + 1), kWaitMs);
        // And they are in the file: a new writer reads them back.
        Harness again;
        again.open(dir);
        QTRY_COMPARE_WITH_TIMEOUT(again.opened.size(), 1, kWaitMs);
        QVERIFY(again.opened.first().at(0).toBool());
        QCOMPARE(again.countPoints(sd0, start, last), qsizetype((last - start) / 1000 + 1));
    }

    void readOnlyDirectoryRunsOnMemoryAndRecovers()
    {
        const QString dir = m_fs + QStringLiteral("/readonly");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(remount(m_fs, "ro"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        Harness h;
        h.call([](HistoryWriter *w) { w->setRetryInterval(3600 * 1000); }); // retried below
        h.open(dir);
        QTRY_COMPARE_WITH_TIMEOUT(h.opened.size(), 1, kWaitMs);
        QVERIFY(!h.opened.first().at(0).toBool());
        QVERIFY(!h.errors.isEmpty());
        QVERIFY2(h.errors.first().at(0).toString().contains(QLatin1String("memory")),
                 qPrintable(h.errors.first().at(0).toString()));
        for (int i = 0; i < 30; ++i)
            h.call([b = wideBatch(start + i * 1000, 5)](HistoryWriter *w) { w->append(b); });
        QCOMPARE(h.countPoints(sd0, start, start + 29000), qsizetype(30));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/history.db")));
        QVERIFY(remount(m_fs, "rw"));
        h.call([](HistoryWriter *w) { w->setRetryInterval(50); });
        QTRY_COMPARE_WITH_TIMEOUT(h.opened.size(), 2, kWaitMs);
        QVERIFY(h.opened.last().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!h.resumed.isEmpty(), kWaitMs);
        QVERIFY(QFile::exists(dir + QStringLiteral("/history.db")));
        QCOMPARE(h.countPoints(sd0, start, start + 29000), qsizetype(30));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFullDisk)
#include "tst_history_fulldisk.moc"
