// ProcessTable: two fixture snapshots give exact CPU %, disk rates, names, users and start
// times; the top N by CPU and by memory; the real /proc with a child process; signals.
#include "collect/PidFiles.h"
#include "collect/ProcessTable.h"

#include "tst_collect_support.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace vigil;
using namespace vigil::testsupport;

namespace {

const ProcessInfo *findPid(const ProcessSnapshot &snapshot, qint64 pid)
{
    for (const ProcessInfo &info : snapshot.processes) {
        if (info.pid == pid)
            return &info;
    }
    return nullptr;
}

// Replaces dir/proc with a copy of a fixture tree's proc (processes come and go between the
// snapshots, so an overlay is not enough).
bool useTree(const QString &dir, const QString &tree)
{
    QDir proc(dir + QStringLiteral("/proc"));
    if (proc.exists() && !proc.removeRecursively())
        return false;
    return overlayTree(tree, dir);
}

// Starts `sleep 300` and reads the real /proc once; `found` points into `snapshot`.
bool startSleep(QProcess &child, ProcessTable &table, ProcessSnapshot &snapshot,
                const ProcessInfo *&found)
{
    child.start(QStringLiteral("sleep"), {QStringLiteral("300")});
    if (!child.waitForStarted())
        return false;
    // Sample until the child is seen as "sleep": on a loaded machine the first look may still
    // catch it between fork and exec (the name and command line of its parent).
    for (int attempt = 0; attempt < 50; ++attempt) {
        snapshot = table.sample(0, 0);
        found = findPid(snapshot, child.processId());
        if (found && found->name == QLatin1String("sleep"))
            return true;
        QThread::msleep(100);
    }
    if (found)
        qWarning() << "child seen as" << found->name << found->commandLine;
    return false;
}

quint64 pageSize()
{
    return quint64(sysconf(_SC_PAGESIZE));
}

} // namespace

class TestProcessTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseStatWithParenthesesInComm()
    {
        pidfiles::PidStat stat;
        QVERIFY(pidfiles::parseStat("7 (a) b (c)) S 1 7 7 0 -1 0 0 0 0 0 12 34 0 0 20 0 1 0 "
                                    "99 1000 55 0\n",
                                    stat));
        QCOMPARE(stat.comm, QByteArrayView("a) b (c)"));
        QCOMPARE(stat.state, 'S');
        QCOMPARE(stat.ppid, 1);
        QCOMPARE(stat.cpuTicks(), quint64(46));
        QCOMPARE(stat.startTime, quint64(99));
        QCOMPARE(stat.rssPages, quint64(55));
        QVERIFY(!pidfiles::parseStat("garbage\n", stat));
        QVERIFY(!pidfiles::parseStat("7 (x) S 1 7\n", stat)); // cut short
        QVERIFY(
            !pidfiles::parseStat("7 (x) S 1 7 7 0 -1 0 0 0 0 0 u 34 0 0 20 0 1 0 9 1 5\n", stat));
    }

    void parseStatusAndIo()
    {
        quint32 uid = 0;
        QVERIFY(pidfiles::parseStatusUid("Name:\tx\nUid:\t1000\t0\t0\t0\nGid:\t5\n", uid));
        QCOMPARE(uid, quint32(1000));
        QVERIFY(!pidfiles::parseStatusUid("Name:\tx\n", uid));
        quint64 read = 0, write = 0;
        QVERIFY(pidfiles::parseIo("rchar: 1\nread_bytes: 4096\nwrite_bytes: 8192\n", read, write));
        QCOMPARE(read, quint64(4096));
        QCOMPARE(write, quint64(8192));
        QVERIFY(!pidfiles::parseIo("rchar: 1\nread_bytes: 4096\n", read, write));
        QCOMPARE(pidfiles::joinCmdline(QByteArrayView("a\0b c\0\0", 7)), QStringLiteral("a b c"));
        QCOMPARE(pidfiles::argv0Basename(QByteArrayView("/usr/bin/x\0y\0", 13)),
                 QByteArrayView("x"));
    }

    void twoSnapshotsAreExact()
    {
        QTemporaryDir dir;
        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t0")));
        ProcessTable table(dir.path(), 50);
        const ProcessSnapshot first = table.sample(10 * NsPerSecond, 1000);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.totalProcesses, 6); // 909 has a malformed stat
        QCOMPARE(first.processes.size(), 6);
        for (const ProcessInfo &p : first.processes) {
            QVERIFY2(!p.hasCpu(), qPrintable(p.name)); // one snapshot: no CPU yet
            QVERIFY(!p.hasIo());
        }

        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t1")));
        const ProcessSnapshot second = table.sample(12 * NsPerSecond, 3000);
        QCOMPARE(second.timeMs, 3000);
        QCOMPARE(second.totalProcesses, 6);
        QVERIFY(!findPid(second, 505)); // exited
        QVERIFY(!findPid(second, 909));

        const ProcessInfo *init = findPid(second, 101);
        QVERIFY(init);
        QCOMPARE(init->name, QStringLiteral("systemd"));
        QCOMPARE(init->uid, 0);
        QCOMPARE(init->user, QStringLiteral("root"));
        QCOMPARE(init->ppid, 0);
        QCOMPARE(init->cpuPercent, 75.0);
        QCOMPARE(init->readBytesPerSecond, 204800.0);
        QCOMPARE(init->writeBytesPerSecond, 0.0);
        QCOMPARE(init->residentBytes, 3100 * pageSize());
        QCOMPARE(init->startTimeMs, 1765000000LL * 1000 + 50); // btime + 5 ticks
        QCOMPARE(init->commandLine, QStringLiteral("/sbin/init splash"));

        const ProcessInfo *daemon = findPid(second, 202);
        QVERIFY(daemon);
        QCOMPARE(daemon->name, QStringLiteral("python3-long-name-daemon")); // comm cut at 15
        QCOMPARE(daemon->user, QStringLiteral("nobody"));
        QCOMPARE(daemon->cpuPercent, 10.0);
        QVERIFY(!daemon->hasIo()); // unreadable io: unknown, not 0
        QVERIFY(std::isnan(daemon->writeBytesPerSecond));

        const ProcessInfo *kernel = findPid(second, 303);
        QVERIFY(kernel);
        QCOMPARE(kernel->name, QStringLiteral("kworker/0:1"));
        QCOMPARE(kernel->commandLine, QString());
        QCOMPARE(kernel->cpuPercent, 0.0);
        QCOMPARE(kernel->residentBytes, quint64(0));

        const ProcessInfo *weird = findPid(second, 404);
        QVERIFY(weird);
        QCOMPARE(weird->name, QStringLiteral("weird ) name"));
        QCOMPARE(weird->uid, 4242);
        QCOMPARE(weird->user, QStringLiteral("4242")); // no such user: the number
        QCOMPARE(weird->cpuPercent, 150.0);            // per core: more than one core busy
        QCOMPARE(weird->readBytesPerSecond, 0.0);
        QCOMPARE(weird->writeBytesPerSecond, 10240.0);

        const ProcessInfo *newcomer = findPid(second, 606);
        QVERIFY(newcomer);
        QVERIFY(!newcomer->hasCpu());
        QVERIFY(!newcomer->hasIo());
        const ProcessInfo *reused = findPid(second, 707);
        QVERIFY(reused);
        QVERIFY(!reused->hasCpu()); // another process under the same pid
        QCOMPARE(reused->commandLine, QStringLiteral("reused --new"));
    }

    void topByCpuAndByMemory()
    {
        QTemporaryDir dir;
        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t0")));
        ProcessTable table(dir.path(), 2);
        table.sample(0, 0);
        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t1")));
        const ProcessSnapshot snapshot = table.sample(2 * NsPerSecond, 2000);
        QCOMPARE(snapshot.top, 2);
        QCOMPARE(snapshot.totalProcesses, 6);
        QMap<qint64, QPair<bool, bool>> rows;
        for (const ProcessInfo &p : snapshot.processes)
            rows.insert(p.pid, {p.topByCpu, p.topByMemory});
        // CPU: 404 (150 %), 101 (75 %). Memory: 202 (12000 pages), 101 (3100).
        const QMap<qint64, QPair<bool, bool>> expected{
            {101, {true, true}}, {202, {false, true}}, {404, {true, false}}};
        QCOMPARE(rows, expected);
    }

    void resetForgetsCounters()
    {
        QTemporaryDir dir;
        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t0")));
        ProcessTable table(dir.path(), 50);
        table.sample(0, 0);
        table.reset();
        QVERIFY(useTree(dir.path(), QStringLiteral("processes-t1")));
        const ProcessSnapshot snapshot = table.sample(2 * NsPerSecond, 2000);
        const ProcessInfo *init = findPid(snapshot, 101);
        QVERIFY(init);
        QVERIFY(!init->hasCpu());
    }

    void missingProcDirIsAnError()
    {
        QTemporaryDir dir;
        ProcessTable table(dir.path(), 50);
        const ProcessSnapshot snapshot = table.sample(0, 0);
        QVERIFY(snapshot.processes.isEmpty());
        QCOMPARE(snapshot.error,
                 dir.path() + QStringLiteral("/proc: ") + QString::fromLocal8Bit(strerror(ENOENT)));
    }

    // The real /proc: our own process and a child with a known command line.
    void realProcShowsChild()
    {
        QProcess child;
        ProcessTable table(QStringLiteral("/"), 100000);
        ProcessSnapshot snapshot;
        const ProcessInfo *sleep = nullptr;
        QVERIFY(startSleep(child, table, snapshot, sleep));
        QVERIFY(snapshot.error.isEmpty());
        QCOMPARE(sleep->name, QStringLiteral("sleep"));
        QCOMPARE(sleep->commandLine, // QProcess runs the resolved path
                 QStandardPaths::findExecutable(QStringLiteral("sleep")) + QStringLiteral(" 300"));
        QCOMPARE(sleep->uid, qint64(getuid()));
        QVERIFY(sleep->residentBytes > 0);
        QVERIFY(sleep->startTimeMs > 0);
        const ProcessInfo *self = findPid(snapshot, QCoreApplication::applicationPid());
        QVERIFY(self);
        QCOMPARE(self->ppid, qint64(getppid()));
        child.kill();
        child.waitForFinished();
    }

    void signalChecksStartTime()
    {
        QProcess child;
        ProcessTable table(QStringLiteral("/"), 100000);
        ProcessSnapshot snapshot;
        const ProcessInfo *sleep = nullptr;
        QVERIFY(startSleep(child, table, snapshot, sleep));
        // A pid whose start time differs is another process: never signalled.
        QCOMPARE(table.sendSignal(sleep->pid, sleep->startTicks + 1, SIGTERM), ESRCH);
        QVERIFY(!child.waitForFinished(200));
        QCOMPARE(table.sendSignal(sleep->pid, sleep->startTicks, SIGTERM), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // died of the signal
        QCOMPARE(table.sendSignal(sleep->pid, sleep->startTicks, SIGTERM), ESRCH);
        QCOMPARE(table.sendSignal(0, 0, SIGTERM), EINVAL);
    }
};

QTEST_GUILESS_MAIN(TestProcessTable)
#include "tst_processtable.moc"
