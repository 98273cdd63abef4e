#include "checks/CheckFilterProxy.h"
#include "checks/CheckModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 3600 * kSecond;

CheckState httpState(const QString &name, CheckStatus status, std::optional<double> latency,
                     std::optional<double> uptime)
{
    CheckState s;
    s.spec.name = name;
    s.spec.type = CheckType::Http;
    s.spec.http.url = QStringLiteral("https://%1.example/health").arg(name);
    s.status = status;
    s.uptimePercent = uptime;
    s.uptimeSinceMs = t0 - 30 * kHour; // a full day covered
    CheckResult r;
    r.check = name;
    r.timeMs = t0;
    r.status = r.attemptStatus = status;
    r.latencySeconds = latency;
    r.httpStatus = 200;
    r.message = QStringLiteral("HTTP 200 in %1 ms").arg(latency.value_or(0) * 1000);
    s.last = r;
    return s;
}

CheckState tcpState(const QString &name)
{
    CheckState s;
    s.spec.name = name;
    s.spec.type = CheckType::Tcp;
    s.spec.tcp.host = QStringLiteral("db.internal");
    s.spec.tcp.port = 5432;
    return s; // never ran
}

CheckResult result(const QString &check, qint64 timeMs, double latency)
{
    CheckResult r;
    r.check = check;
    r.timeMs = timeMs;
    r.attemptStatus = r.status = CheckStatus::Healthy;
    r.latencySeconds = latency;
    return r;
}

QVariant cell(const CheckModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role);
}

} // namespace

class TestCheckModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void resetRowUpdatesAndResultsUnderTester()
    {
        CheckModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy added(&model, &CheckModel::resultAdded);

        model.setStates({httpState(QStringLiteral("api"), CheckStatus::Healthy, 0.012, 99.95),
                         tcpState(QStringLiteral("db")),
                         httpState(QStringLiteral("web"), CheckStatus::Degraded, 1.5, 100)});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CheckModel::ColumnCount));
        QCOMPARE(model.rowOf(QStringLiteral("db")), 1);

        // One check changes: its row only, every column, explicit roles; no reset.
        CheckState db = tcpState(QStringLiteral("db"));
        db.status = CheckStatus::Unhealthy;
        db.last = result(QStringLiteral("db"), t0, 0.002);
        db.last->attemptStatus = db.last->status = CheckStatus::Unhealthy;
        db.last->message = QStringLiteral("connection refused");
        model.updateState(db);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(changes.size(), 1);
        const QModelIndex from = changes.first().at(0).toModelIndex();
        const QModelIndex to = changes.first().at(1).toModelIndex();
        QCOMPARE(from.row(), 1);
        QCOMPARE(to.row(), 1);
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), int(CheckModel::ColumnCount) - 1);
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
        QCOMPARE(cell(model, 1, CheckModel::MessageColumn).toString(),
                 QStringLiteral("connection refused"));
        QCOMPARE(cell(model, 1, 0, CheckModel::StatusRole).toInt(), int(CheckStatus::Unhealthy));

        // Results: kept per check, oldest first, at most MaxResults.
        for (int i = 0; i < CheckModel::MaxResults + 10; ++i)
            model.addResult(result(QStringLiteral("api"), t0 + i * kSecond, 0.01));
        model.addResult(result(QStringLiteral("db"), t0, 0.002));
        QCOMPARE(added.size(), CheckModel::MaxResults + 11);
        QCOMPARE(added.last().at(0).toString(), QStringLiteral("db"));
        const QList<CheckResult> api = model.results(QStringLiteral("api"));
        QCOMPARE(api.size(), CheckModel::MaxResults);
        QCOMPARE(api.first().timeMs, t0 + 10 * kSecond);
        QCOMPARE(api.last().timeMs, t0 + (CheckModel::MaxResults + 9) * kSecond);
        QCOMPARE(model.rowCount(), 3); // results do not change the table

        // A new set of checks: reset; results of checks that went away are dropped.
        model.setStates({httpState(QStringLiteral("api"), CheckStatus::Healthy, 0.012, 99.95)});
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.results(QStringLiteral("api")).size(), CheckModel::MaxResults);
        QVERIFY(model.results(QStringLiteral("db")).isEmpty());

        // A state for a check no reset announced is appended rather than lost.
        model.updateState(tcpState(QStringLiteral("late")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("late")), 1);
    }

    void displayTexts()
    {
        CheckModel model;
        CheckState pending = httpState(QStringLiteral("api"), CheckStatus::Pending, 0.0004, 99.5);
        pending.last->attempt = 1; // the first retry failed: the second is next
        pending.uptimeSinceMs = t0 - 2 * kHour;
        CheckState disabled = httpState(QStringLiteral("old"), CheckStatus::Unknown, {}, {});
        disabled.spec.enabled = false;
        disabled.last.reset();
        model.setStates({pending, tcpState(QStringLiteral("db")), disabled,
                         httpState(QStringLiteral("web"), CheckStatus::Healthy, 0.1234, 99.951)});

        QCOMPARE(cell(model, 0, CheckModel::StatusColumn).toString(),
                 QStringLiteral("pending (retry 2)"));
        QVERIFY(
            !cell(model, 0, CheckModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(model, 2, CheckModel::StatusColumn).toString(), QStringLiteral("disabled"));
        QCOMPARE(cell(model, 1, CheckModel::StatusColumn).toString(), QStringLiteral("unknown"));
        QCOMPARE(cell(model, 1, CheckModel::TypeColumn).toString(), QStringLiteral("TCP"));
        QCOMPARE(cell(model, 1, CheckModel::TargetColumn).toString(),
                 QStringLiteral("db.internal:5432"));

        QCOMPARE(cell(model, 0, CheckModel::LatencyColumn).toString(), QStringLiteral("0.4 ms"));
        QCOMPARE(cell(model, 3, CheckModel::LatencyColumn).toString(), QStringLiteral("123 ms"));
        QCOMPARE(cell(model, 1, CheckModel::LatencyColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(model, 3, CheckModel::UptimeColumn).toString(), QStringLiteral("99.95 %"));
        QCOMPARE(cell(model, 1, CheckModel::UptimeColumn).toString(), QStringLiteral("—"));
        // Less than 24 hours of attempts: the tooltip says since when.
        const QString since =
            QDateTime::fromMSecsSinceEpoch(t0 - 2 * kHour).toString(QStringLiteral("HH:mm"));
        QCOMPARE(cell(model, 0, CheckModel::UptimeColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("since ") + since);
        QVERIFY(!cell(model, 3, CheckModel::UptimeColumn, Qt::ToolTipRole)
                     .toString()
                     .startsWith(QLatin1String("since")));

        // Relative "last checked", moved by tick() on that column only.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.tick(t0 + 12 * kSecond);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().column(), int(CheckModel::LastCheckedColumn));
        QCOMPARE(changes.first().at(1).toModelIndex().column(), int(CheckModel::LastCheckedColumn));
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 3);
        QCOMPARE(cell(model, 3, CheckModel::LastCheckedColumn).toString(),
                 QStringLiteral("12s ago"));
        QCOMPARE(cell(model, 1, CheckModel::LastCheckedColumn).toString(),
                 QStringLiteral("not yet"));
        model.tick(t0 + 12 * kSecond);
        QCOMPARE(changes.size(), 1); // same time: nothing to say

        const QString copied = model.rowText(3);
        QVERIFY2(copied.contains(QLatin1String("web")) &&
                     copied.contains(QLatin1String("123 ms")) &&
                     copied.contains(QLatin1String("99.95 %")),
                 qPrintable(copied));
    }

    void sortRolesAreRealValues()
    {
        CheckModel model;
        CheckState down = httpState(QStringLiteral("down"), CheckStatus::Unhealthy, 2.0, 50);
        down.last->timeMs = t0 - 5 * kSecond;
        model.setStates({httpState(QStringLiteral("api"), CheckStatus::Healthy, 0.012, 99.95),
                         tcpState(QStringLiteral("db")), down,
                         httpState(QStringLiteral("slow"), CheckStatus::Degraded, 0.9, 100)});
        const QVariant latency = cell(model, 0, CheckModel::LatencyColumn, CheckModel::SortRole);
        QCOMPARE(latency.typeId(), QMetaType::Double);
        QCOMPARE(latency.toDouble(), 0.012);
        QCOMPARE(cell(model, 1, CheckModel::LatencyColumn, CheckModel::SortRole).toDouble(), -1.0);
        QCOMPARE(cell(model, 0, CheckModel::UptimeColumn, CheckModel::SortRole).toDouble(), 99.95);
        const QVariant time = cell(model, 2, CheckModel::LastCheckedColumn, CheckModel::SortRole);
        QCOMPARE(time.typeId(), QMetaType::LongLong);
        QCOMPARE(time.toLongLong(), t0 - 5 * kSecond);
        QCOMPARE(cell(model, 0, CheckModel::NameColumn, CheckModel::SortRole).toString(),
                 QStringLiteral("api"));

        CheckFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CheckModel::SortRole);
        auto order = [&proxy] {
            QStringList names;
            for (int row = 0; row < proxy.rowCount(); ++row)
                names.append(proxy.index(row, 0).data(CheckModel::NameRole).toString());
            return names;
        };
        proxy.sort(CheckModel::StatusColumn, Qt::DescendingOrder); // worst first
        QCOMPARE(order(), (QStringList{QStringLiteral("down"), QStringLiteral("slow"),
                                       QStringLiteral("api"), QStringLiteral("db")}));
        proxy.sort(CheckModel::LatencyColumn, Qt::AscendingOrder); // numbers, not text
        QCOMPARE(order(), (QStringList{QStringLiteral("db"), QStringLiteral("api"),
                                       QStringLiteral("slow"), QStringLiteral("down")}));

        proxy.setStatus(CheckFilterProxy::NotHealthy);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(CheckFilterProxy::AllStatuses);
        proxy.setText(QStringLiteral("DB.INTERNAL")); // the target, any case
        QCOMPARE(order(), QStringList{QStringLiteral("db")});
    }
};

QTEST_MAIN(TestCheckModel)
#include "tst_checkmodel.moc"
