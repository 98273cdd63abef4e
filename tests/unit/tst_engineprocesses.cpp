// Engine and the Processes view: snapshots only while wanted, the wish surviving a collector
// restart, and signals sent from the collector thread to a real child process.
#include "engine/Engine.h"
#include "util/Clock.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace vigil;

namespace {

Config fastConfig()
{
    Config c;
    c.sampling.intervalMs = 100;
    c.rules.clear();
    return c;
}

void quietEngine(Engine &engine)
{
    engine.setStorageEnabled(false);
    engine.setChecksEnabled(false);
    engine.setNotificationsEnabled(false);
}

const ProcessInfo *findPid(const ProcessSnapshot &snapshot, qint64 pid)
{
    for (const ProcessInfo &info : snapshot.processes) {
        if (info.pid == pid)
            return &info;
    }
    return nullptr;
}

ProcessSnapshot lastSnapshot(const QSignalSpy &spy)
{
    return spy.last().at(0).value<ProcessSnapshot>();
}

// Lets `ticks` collector ticks pass (100 ms each): long enough for a 1 s process timer.
bool waitTicks(QSignalSpy &batches, int ticks)
{
    const qsizetype target = batches.size() + ticks;
    return QTest::qWaitFor([&] { return batches.size() >= target; }, 20000);
}

} // namespace

class TestEngineProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotsOnlyWhileWanted()
    {
        Engine engine(fastConfig(), QStringLiteral("/"), Clock::system());
        quietEngine(engine);
        QSignalSpy batches(&engine, &Engine::batchIngested);
        QSignalSpy snapshots(&engine, &Engine::processesUpdated);
        engine.start();
        QVERIFY(waitTicks(batches, 15));
        QCOMPARE(snapshots.size(), 0); // nobody asked: nothing read

        engine.setProcessesWanted(true);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 20000);
        const ProcessSnapshot snapshot = lastSnapshot(snapshots);
        QVERIFY(snapshot.error.isEmpty());
        QCOMPARE(snapshot.top, 50);
        QVERIFY(snapshot.totalProcesses >= 1);
        QVERIFY(findPid(snapshot, QCoreApplication::applicationPid()) ||
                snapshot.totalProcesses > 50);

        engine.setProcessesWanted(false);
        QVERIFY(waitTicks(batches, 2)); // the queued call has reached the collector
        snapshots.clear();
        QVERIFY(waitTicks(batches, 15));
        QCOMPARE(snapshots.size(), 0);
    }

    void wishSurvivesCollectorRestart()
    {
        Engine engine(fastConfig(), QStringLiteral("/"), Clock::system());
        quietEngine(engine);
        QSignalSpy snapshots(&engine, &Engine::processesUpdated);
        engine.setProcessesWanted(true); // before start: applied to the collector it creates
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 20000);
        Config changed = engine.config();
        changed.collectors.processes.top = 3;
        engine.applyConfig(changed); // restarts the collector
        QTRY_VERIFY_WITH_TIMEOUT(lastSnapshot(snapshots).top == 3, 20000);
        QVERIFY(lastSnapshot(snapshots).processes.size() <= 6);
    }

    void disabledSendsNothing()
    {
        Config c = fastConfig();
        c.collectors.processes.enabled = false;
        Engine engine(c, QStringLiteral("/"), Clock::system());
        quietEngine(engine);
        QSignalSpy batches(&engine, &Engine::batchIngested);
        QSignalSpy snapshots(&engine, &Engine::processesUpdated);
        QSignalSpy answers(&engine, &Engine::processSignalFinished);
        engine.setProcessesWanted(true);
        engine.start();
        QVERIFY(waitTicks(batches, 15));
        QCOMPARE(snapshots.size(), 0);
        engine.signalProcess(1, QCoreApplication::applicationPid(), 0, SIGTERM);
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first().at(3).toInt(), ECANCELED);
    }

    void signalGoesThroughTheCollector()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(child.waitForStarted());
        Engine engine(fastConfig(), QStringLiteral("/"), Clock::system());
        quietEngine(engine);
        Config c = engine.config();
        c.collectors.processes.top = 1000;
        engine.applyConfig(c);
        QSignalSpy snapshots(&engine, &Engine::processesUpdated);
        QSignalSpy answers(&engine, &Engine::processSignalFinished);
        engine.setProcessesWanted(true);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 20000);
        const ProcessInfo *sleep = findPid(lastSnapshot(snapshots), child.processId());
        QVERIFY(sleep);
        const quint64 start = sleep->startTicks;
        const qint64 pid = child.processId(); // 0 once the child is reaped

        engine.signalProcess(7, pid, start + 1, SIGTERM); // not that process
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).at(0).toULongLong(), quint64(7));
        QCOMPARE(answers.at(0).at(3).toInt(), ESRCH);
        QCOMPARE(child.state(), QProcess::Running);

        engine.signalProcess(8, pid, start, SIGTERM);
        QTRY_COMPARE(answers.size(), 2);
        QCOMPARE(answers.at(1).at(0).toULongLong(), quint64(8));
        QCOMPARE(answers.at(1).at(1).toLongLong(), pid);
        QCOMPARE(answers.at(1).at(2).toInt(), SIGTERM);
        QCOMPARE(answers.at(1).at(3).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 10000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // ended by the signal
    }

    void signalWithoutCollectorIsRefused()
    {
        Engine engine(fastConfig(), QStringLiteral("/"), Clock::system());
        QSignalSpy answers(&engine, &Engine::processSignalFinished);
        engine.signalProcess(3, 12345, 0, SIGKILL);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().at(3).toInt(), ECANCELED);
    }
};

QTEST_GUILESS_MAIN(TestEngineProcesses)
#include "tst_engineprocesses.moc"
