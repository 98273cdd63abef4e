// ProcessModel and ProcessFilterProxy on the fixture snapshots (tests/fixtures/collect/
// processes-t0, -t1) under QAbstractItemModelTester: texts with units, updates in place,
// top by CPU / memory, only one user's processes, text filter and sorting.
#include "collect/ProcessTable.h"
#include "processes/ProcessFilterProxy.h"
#include "processes/ProcessModel.h"
#include "series/Unit.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vigil;

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;

bool useTree(const QString &dir, const QString &tree)
{
    QDir(dir + QStringLiteral("/proc")).removeRecursively();
    const QString from = QStringLiteral(VIGIL_FIXTURES_DIR "/collect/") + tree;
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = dir + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// The two fixture snapshots, as the collector thread would hand them over.
struct Snapshots
{
    ProcessSnapshot t0;
    ProcessSnapshot t1;
};

Snapshots fixtureSnapshots(int top)
{
    QTemporaryDir dir;
    ProcessTable table(dir.path(), top);
    Snapshots s;
    if (useTree(dir.path(), QStringLiteral("processes-t0")))
        s.t0 = table.sample(0, 1765000100000);
    if (useTree(dir.path(), QStringLiteral("processes-t1")))
        s.t1 = table.sample(2 * NsPerSecond, 1765000102000);
    return s;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        qputenv("TZ", "UTC");
    }

    void textsWithUnits()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Snapshots s = fixtureSnapshots(50);
        QCOMPARE(s.t1.processes.size(), 6);
        model.setSnapshot(s.t0);
        model.setSnapshot(s.t1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ProcessModel::ColumnCount));

        const int init = model.rowOfPid(101);
        QVERIFY(init >= 0);
        QCOMPARE(cell(model, init, ProcessModel::PidColumn), QStringLiteral("101"));
        QCOMPARE(cell(model, init, ProcessModel::NameColumn), QStringLiteral("systemd"));
        QCOMPARE(cell(model, init, ProcessModel::UserColumn), QStringLiteral("root"));
        QCOMPARE(cell(model, init, ProcessModel::CpuColumn), QStringLiteral("75.0 %"));
        QCOMPARE(cell(model, init, ProcessModel::ReadColumn),
                 formatValue(204800, Unit::BytesPerSecond));
        QCOMPARE(cell(model, init, ProcessModel::ReadColumn), QStringLiteral("200 KiB/s"));
        QCOMPARE(cell(model, init, ProcessModel::WriteColumn),
                 formatValue(0, Unit::BytesPerSecond));
        QCOMPARE(cell(model, init, ProcessModel::MemoryColumn),
                 formatValue(3100.0 * double(sysconf(_SC_PAGESIZE)), Unit::Bytes));
        // Started (boot + 0.05 s) on the day of the snapshot: the time of day only.
        QCOMPARE(cell(model, init, ProcessModel::StartedColumn), QStringLiteral("05:46:40"));
        QCOMPARE(cell(model, init, ProcessModel::CommandColumn),
                 QStringLiteral("/sbin/init splash"));
        QCOMPARE(model.index(init, ProcessModel::CpuColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));

        const int daemon = model.rowOfPid(202);
        QCOMPARE(cell(model, daemon, ProcessModel::ReadColumn), QStringLiteral("—"));
        QVERIFY(model.index(daemon, ProcessModel::ReadColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("your own processes")));
        const int kernel = model.rowOfPid(303);
        QCOMPARE(cell(model, kernel, ProcessModel::CommandColumn), QStringLiteral("[kworker/0:1]"));
        const int fresh = model.rowOfPid(606);
        QCOMPARE(cell(model, fresh, ProcessModel::CpuColumn), QStringLiteral("—"));
        QCOMPARE(model.index(fresh, ProcessModel::CpuColumn).data(ProcessModel::SortRole), -1.0);
        QCOMPARE(model.headerData(ProcessModel::MemoryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Memory"));
    }

    void updatesInPlace()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Snapshots s = fixtureSnapshots(50);
        model.setSnapshot(s.t0);
        QCOMPARE(model.rowCount(), 6);
        const QPersistentModelIndex init = model.index(model.rowOfPid(101), 0);
        const QPersistentModelIndex gone = model.index(model.rowOfPid(505), 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(s.t1);
        QCOMPARE(reset.size(), 0);
        // 505 exited and 707's pid now belongs to another process: two rows out, two in.
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(init.isValid()); // the same process keeps its row: selections stay
        QCOMPARE(init.data().toString(), QStringLiteral("101"));
        QVERIFY(!gone.isValid());
        int removedRows = 0;
        for (const auto &args : removed)
            removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(removedRows, 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOfPid(505), -1);
        QVERIFY(model.rowOfPid(606) >= 0);
        QCOMPARE(model.processAt(model.rowOfPid(707)).commandLine, QStringLiteral("reused --new"));
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyTopUserAndText()
    {
        ProcessModel model;
        ProcessFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Snapshots s = fixtureSnapshots(2);
        model.setSnapshot(s.t0);
        model.setSnapshot(s.t1);
        QCOMPARE(model.rowCount(), 3); // 101, 202, 404
        proxy.sort(ProcessModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2); // top 2 by CPU
        QCOMPARE(cell(proxy, 0, ProcessModel::PidColumn), QStringLiteral("404"));
        QCOMPARE(cell(proxy, 1, ProcessModel::PidColumn), QStringLiteral("101"));

        proxy.setTop(ProcessFilterProxy::Top::ByMemory);
        proxy.sort(ProcessModel::MemoryColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(cell(proxy, 0, ProcessModel::PidColumn), QStringLiteral("202"));
        QCOMPARE(cell(proxy, 1, ProcessModel::PidColumn), QStringLiteral("101"));

        proxy.setOnlyUid(65534);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ProcessModel::UserColumn), QStringLiteral("nobody"));
        proxy.setOnlyUid(-1);

        proxy.setText(QStringLiteral("SPLASH")); // command line, any case
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, ProcessModel::PidColumn), QStringLiteral("101"));
        proxy.setText(QStringLiteral("202")); // a pid
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        proxy.sort(ProcessModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, ProcessModel::NameColumn),
                 QStringLiteral("python3-long-name-daemon"));
    }

    void startedOnAnotherDay()
    {
        QCOMPARE(ProcessModel::startedText(0, 1000), QStringLiteral("—"));
        const qint64 day = 24 * 3600 * 1000LL;
        QCOMPARE(ProcessModel::startedText(1765000000000, 1765000000000 + 3 * day),
                 QStringLiteral("2025-12-06 05:46"));
    }
};

QTEST_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
