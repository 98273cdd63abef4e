// Dispatcher::runDueWork: the timers' work judged by the injected clock, which is how
// bench/bench_outbox.cpp drives hours of simulated time. A real outbox.db in a temporary
// directory, a FakeClock, no network (the items fail because their channel is not configured).

#include "FakeClock.h"

#include "notify/Dispatcher.h"
#include "notify/Outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using namespace std::chrono_literals;

namespace {

OutgoingRequest requestFor(const QString &channel, int n)
{
    OutgoingRequest r;
    r.channel = channel;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
    r.body = QByteArray("{\"n\":") + QByteArray::number(n) + '}';
    r.idempotencyKey = QStringLiteral("msg_%1_%2").arg(channel).arg(n);
    r.summary = QStringLiteral("item %1").arg(n);
    return r;
}

// Ids in the dispatcher's current list (refreshItems emits it synchronously).
QList<qint64> listedIds(Dispatcher &d, QSignalSpy &items)
{
    items.clear();
    d.refreshItems();
    QList<qint64> ids;
    if (items.isEmpty())
        return ids;
    for (const OutboxItem &i : items.constLast().at(0).value<QList<OutboxItem>>())
        ids.append(i.id);
    return ids;
}

} // namespace

class TestDispatcherDueWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A failed item outlives its 30 days until the next prune the clock allows, then goes.
    void prunesOnTheInjectedClock()
    {
        QCOMPARE(Outbox::FailedRetentionMs, 30LL * 24 * 3600 * 1000); // what the steps assume
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        FakeClock clock;
        Dispatcher::Options options;
        options.pruneIntervalMs = 2LL * 24 * 3600 * 1000; // every 2 simulated days
        Dispatcher d(clock, options, {});
        QSignalSpy failed(&d, &Dispatcher::deliveryFailed);
        QSignalSpy items(&d, &Dispatcher::itemsChanged);
        d.open(tmp.path()); // prunes once: the interval counts from here
        d.setChannels({});
        d.enqueue(requestFor(QStringLiteral("gone"), 1));
        QCOMPARE(failed.size(), 1); // "channel "gone" is not configured"
        const qint64 id = failed.at(0).at(0).toLongLong();
        QCOMPARE(listedIds(d, items), QList<qint64>{id});

        clock.advance(29 * 24h);
        d.runDueWork(); // prunes (2 days since open()), but the item is only 29 days old
        QCOMPARE(listedIds(d, items), QList<qint64>{id});

        clock.advance(25h);
        d.runDueWork(); // 30 days and 1 h old, but the last prune was 25 h ago (by the clock)
        QCOMPARE(listedIds(d, items), QList<qint64>{id});

        clock.advance(24h);
        d.runDueWork(); // 49 h since the last prune
        QVERIFY(listedIds(d, items).isEmpty());
    }

    // runDueWork sends what is due by the injected clock: a retry 5 simulated minutes away
    // starts only once the clock has moved on, with no real time passing.
    void startsRetriesDueOnTheInjectedClock()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        FakeClock clock;
        Dispatcher d(clock);
        QSignalSpy failed(&d, &Dispatcher::deliveryFailed);
        d.open(tmp.path());
        {
            Outbox outbox(clock); // a second connection, as another process would have
            QVERIFY(outbox.open(tmp.path()).ok());
            qint64 id = 0;
            QVERIFY(outbox.enqueue(requestFor(QStringLiteral("later"), 1), &id).ok());
            QVERIFY(outbox.markSending(id).ok());
            QVERIFY(
                outbox.markRetry(id, clock.nowMs() + 5 * 60 * 1000, QStringLiteral("HTTP 500"), 500)
                    .ok());
        }
        d.setChannels({}); // not configured: an attempt that starts fails at once, visibly
        QCOMPARE(failed.size(), 0);
        clock.advance(4min);
        d.runDueWork();
        QCOMPARE(failed.size(), 0);
        clock.advance(1min);
        d.runDueWork();
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDispatcherDueWork)
#include "tst_dispatcher_duework.moc"
