#pragma once

// Shared by the AlertStore tests: a store on its real thread, its signals relayed into the test
// thread (QSignalSpy is not thread-safe against a sender in another thread), and comparisons.

#include "FakeClock.h"
#include "storage/AlertStore.h"
#include "storage/StorageThread.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace vigil::test {

// Re-emits the store's signals in the test thread (queued connections).
class StoreSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreSignals)

public:
    explicit StoreSignals(AlertStore *store)
    {
        connect(store, &AlertStore::opened, this, &StoreSignals::opened);
        connect(store, &AlertStore::databaseRecovered, this, &StoreSignals::databaseRecovered);
        connect(store, &AlertStore::storageError, this, &StoreSignals::storageError);
        connect(store, &AlertStore::storageResumed, this, &StoreSignals::storageResumed);
        connect(store, &AlertStore::eventsAppended, this, &StoreSignals::eventsAppended);
        connect(store, &AlertStore::stateLoaded, this, &StoreSignals::stateLoaded);
        connect(store, &AlertStore::eventsReady, this, &StoreSignals::eventsReady);
        connect(store, &AlertStore::pruned, this, &StoreSignals::pruned);
    }

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void databaseRecovered(const QString &userMessage);
    void storageError(const QString &message);
    void storageResumed(const QString &message);
    void eventsAppended(const QList<vigil::AlertEvent> &events);
    void stateLoaded(const QList<vigil::Alert> &active, const QList<vigil::Silence> &silences);
    void eventsReady(quint64 requestId, const QList<vigil::AlertEvent> &events);
    void pruned(int deletedEvents);
};

constexpr int kWaitMs = 10000;

// One store on its own "vigil-storage" thread, as the engine runs it.
class Harness final
{
public:
    explicit Harness(const Clock &clock)
        : m_thread(clock)
        , relay(m_thread.store())
    {}
    Q_DISABLE_COPY_MOVE(Harness)

    AlertStore *store() const { return m_thread.store(); }
    QThread *thread() const { return m_thread.thread(); }

    // Runs f(store) in the storage thread, after every call queued before it.
    template<typename F> void call(F f)
    {
        AlertStore *s = store();
        QMetaObject::invokeMethod(
            s, [s, f] { f(s); }, Qt::QueuedConnection);
    }

    bool open(const QString &dir)
    {
        const qsizetype before = opened.size();
        call([dir](AlertStore *s) { s->open(dir); });
        return QTest::qWaitFor([&] { return opened.size() > before; }, kWaitMs) &&
               opened.last().at(0).toBool();
    }

    QList<AlertEvent> append(const QList<AlertEvent> &events)
    {
        const qsizetype before = appended.size();
        call([events](AlertStore *s) { s->appendEvents(events); });
        if (!QTest::qWaitFor([&] { return appended.size() > before; }, kWaitMs))
            return {};
        return appended.last().at(0).value<QList<AlertEvent>>();
    }

    std::optional<QList<AlertEvent>> query(const EventQuery &q)
    {
        const quint64 id = ++m_requestId;
        call([id, q](AlertStore *s) { s->queryEvents(id, q); });
        const auto answered = [&] {
            return !ready.isEmpty() && ready.last().at(0).toULongLong() == id;
        };
        if (!QTest::qWaitFor(answered, kWaitMs))
            return std::nullopt;
        return ready.last().at(1).value<QList<AlertEvent>>();
    }

    bool loadState(QList<Alert> *active, QList<Silence> *silences)
    {
        const qsizetype before = loaded.size();
        call([](AlertStore *s) { s->loadState(); });
        if (!QTest::qWaitFor([&] { return loaded.size() > before; }, kWaitMs))
            return false;
        *active = loaded.last().at(0).value<QList<Alert>>();
        *silences = loaded.last().at(1).value<QList<Silence>>();
        return true;
    }

private:
    StorageThread m_thread;

public:
    StoreSignals relay;
    QSignalSpy opened{&relay, &StoreSignals::opened};
    QSignalSpy recovered{&relay, &StoreSignals::databaseRecovered};
    QSignalSpy errors{&relay, &StoreSignals::storageError};
    QSignalSpy resumed{&relay, &StoreSignals::storageResumed};
    QSignalSpy appended{&relay, &StoreSignals::eventsAppended};
    QSignalSpy loaded{&relay, &StoreSignals::stateLoaded};
    QSignalSpy ready{&relay, &StoreSignals::eventsReady};
    QSignalSpy pruned{&relay, &StoreSignals::pruned};

private:
    quint64 m_requestId = 0;
};

inline bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Field by field, so a failure names the field. Callers check QTest::currentTestFailed().
inline void compareEvent(const AlertEvent &a, const AlertEvent &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.timeMs, b.timeMs);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.fingerprint, b.fingerprint);
    QCOMPARE(a.rule, b.rule);
    QCOMPARE(a.labels, b.labels);
    QCOMPARE(a.fromState, b.fromState);
    QCOMPARE(a.toState, b.toState);
    QCOMPARE(a.fromSeverity, b.fromSeverity);
    QCOMPARE(a.toSeverity, b.toSeverity);
    QVERIFY2(sameDouble(a.value, b.value), qPrintable(QString::number(a.value)));
    QVERIFY2(sameDouble(a.threshold, b.threshold), qPrintable(QString::number(a.threshold)));
    QCOMPARE(a.firingSinceMs, b.firingSinceMs);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.runbook, b.runbook);
    QCOMPARE(a.notify, b.notify);
    QCOMPARE(a.silencedBy, b.silencedBy);
}

inline void compareAlert(const Alert &a, const Alert &b)
{
    QCOMPARE(a.fingerprint, b.fingerprint);
    QCOMPARE(a.rule, b.rule);
    QCOMPARE(a.labels, b.labels);
    QCOMPARE(a.series, b.series);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.severity, b.severity);
    QVERIFY(sameDouble(a.value, b.value));
    QVERIFY(sameDouble(a.threshold, b.threshold));
    QCOMPARE(a.activeSinceMs, b.activeSinceMs);
    QCOMPARE(a.firingSinceMs, b.firingSinceMs);
    QCOMPARE(a.lastSampleMs, b.lastSampleMs);
    QCOMPARE(a.lastNotifiedMs, b.lastNotifiedMs);
    QCOMPARE(a.notifiedFiring, b.notifiedFiring);
    QCOMPARE(a.stale, b.stale);
    QCOMPARE(a.acknowledged, b.acknowledged);
    QCOMPARE(a.silencedBy, b.silencedBy);
    QCOMPARE(a.summary, b.summary);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.runbook, b.runbook);
}

inline void compareSilence(const Silence &a, const Silence &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.matchers, b.matchers);
    QCOMPARE(a.startsAtMs, b.startsAtMs);
    QCOMPARE(a.endsAtMs, b.endsAtMs);
    QCOMPARE(a.comment, b.comment);
    QCOMPARE(a.createdBy, b.createdBy);
}

inline QList<qint64> idsOf(const QList<AlertEvent> &events)
{
    QList<qint64> ids;
    for (const AlertEvent &e : events)
        ids.append(e.id);
    return ids;
}

} // namespace vigil::test
