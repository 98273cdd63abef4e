#include "alerts/AlertModel.h"
#include "alerts/AlertText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

Alert makeAlert(const QString &fp, AlertState state, Severity severity, double value,
                qint64 activeSinceMs = t0, const QString &rule = QStringLiteral("cpu_high"))
{
    Alert a;
    a.fingerprint = fp;
    a.rule = rule;
    a.labels = {{QStringLiteral("alertname"), rule}, {QStringLiteral("cpu"), fp}};
    a.series = SeriesId(QStringLiteral("cpu_usage_percent"), {{QStringLiteral("cpu"), fp}});
    a.state = state;
    a.severity = severity;
    a.value = value;
    a.threshold = severity == Severity::Critical ? 95 : 80;
    a.activeSinceMs = activeSinceMs;
    a.firingSinceMs = state == AlertState::Firing ? activeSinceMs + 2 * kMinute : 0;
    a.lastSampleMs = t0 + 5 * kMinute;
    return a;
}

// "a:F:90 b:P:85": fingerprint, state (F firing, P pending), value; critical from 95.
QList<Alert> parseStep(const QString &step)
{
    QList<Alert> alerts;
    for (const QString &token : step.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList p = token.split(u':');
        const AlertState state =
            p.value(1, QStringLiteral("F")) == u"P" ? AlertState::Pending : AlertState::Firing;
        const double value = p.value(2, QStringLiteral("90")).toDouble();
        alerts.append(
            makeAlert(p.at(0), state, value >= 95 ? Severity::Critical : Severity::Warning, value));
    }
    return alerts;
}

AlertRule rule(const QString &name, qint64 forMs)
{
    AlertRule r;
    r.name = name;
    r.series = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
    r.warning = 80;
    r.critical = 95;
    r.forMs = forMs;
    return r;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

} // namespace

class TestAlertModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void updatesInPlace_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("insert into empty") << QStringList{QString(), QStringLiteral("a b:P")};
        QTest::newRow("remove middle")
            << QStringList{QStringLiteral("a b c"), QStringLiteral("a c")};
        QTest::newRow("remove runs")
            << QStringList{QStringLiteral("a b c d e f"), QStringLiteral("c f")};
        QTest::newRow("remove all") << QStringList{QStringLiteral("a b c"), QString()};
        QTest::newRow("update value and state")
            << QStringList{QStringLiteral("a:P:85 b"), QStringLiteral("a:F:97 b:F:91")};
        QTest::newRow("mixed") << QStringList{QStringLiteral("a b c d"),
                                              QStringLiteral("e b d:F:99 f"), QStringLiteral("f a"),
                                              QString()};
        QTest::newRow("input order changes")
            << QStringList{QStringLiteral("a b c"), QStringLiteral("c b a")};
        QTest::newRow("duplicate in input")
            << QStringList{QStringLiteral("a a b"), QStringLiteral("b b")};
    }

    void updatesInPlace()
    {
        QFETCH(QStringList, steps);
        AlertModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        qint64 now = t0 + 10 * kMinute;
        for (const QString &step : std::as_const(steps)) {
            const QList<Alert> alerts = parseStep(step);
            model.setAlerts(alerts, now);
            now += kSecond;
            QSet<QString> expected;
            for (const Alert &a : alerts)
                expected.insert(a.fingerprint);
            QCOMPARE(model.rowCount(), expected.size());
            for (const Alert &a : alerts) {
                const int row = model.rowOf(a.fingerprint);
                QVERIFY2(row >= 0, qPrintable(a.fingerprint));
                QCOMPARE(model.alertAt(row).value, a.value);
                QCOMPARE(model
                             .data(model.index(row, AlertModel::SeverityColumn),
                                   AlertModel::FingerprintRole)
                             .toString(),
                         a.fingerprint);
                QCOMPARE(cell(model, row, AlertModel::ValueColumn),
                         formatValue(a.value, Unit::Percent));
            }
        }
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
    }

    void changedRowsGetDataChangedWithRoles()
    {
        AlertModel model;
        const qint64 now = t0 + 10 * kMinute;
        model.setAlerts(parseStep(QStringLiteral("a b c")), now);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setAlerts(parseStep(QStringLiteral("a b:F:93 c")), now); // same time: only b moved
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QCOMPARE(topLeft.row(), model.rowOf(QStringLiteral("b")));
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(topLeft.column(), int(AlertModel::ValueColumn));
        QCOMPARE(bottomRight.column(), int(AlertModel::ValueColumn));
        QVERIFY(!roles.isEmpty());
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(AlertModel::SortRole));

        changed.clear();
        model.setAlerts(parseStep(QStringLiteral("a b:F:93 c")), now); // nothing new
        QCOMPARE(changed.count(), 0);
    }

    void stateText_data()
    {
        QTest::addColumn<int>("state"); // 1 pending, 2 firing
        QTest::addColumn<qint64>("forMs");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<bool>("silenced");
        QTest::addColumn<QString>("expected");
        QTest::newRow("countdown") << 1 << 2 * kMinute << 40 * kSecond << false << false << false
                                   << "pending, fires in 1m 20s";
        QTest::newRow("rounds up")
            << 1 << 2 * kMinute << 75200LL << false << false << false << "pending, fires in 45s";
        QTest::newRow("whole minutes")
            << 1 << 5 * kMinute << 0LL << false << false << false << "pending, fires in 5m";
        QTest::newRow("due") << 1 << kMinute << kMinute << false << false << false
                             << "pending, fires now";
        QTest::newRow("unknown rule") << 1 << -1LL << 0LL << false << false << false << "pending";
        QTest::newRow("pending stale")
            << 1 << kMinute << 0LL << true << false << false << "pending, stale";
        QTest::newRow("firing") << 2 << kMinute << 0LL << false << false << false << "firing";
        QTest::newRow("firing stale")
            << 2 << kMinute << 0LL << true << false << false << "firing, stale";
        QTest::newRow("everything") << 2 << kMinute << 0LL << true << true << true
                                    << "firing, stale, acknowledged, silenced";
        QTest::newRow("silenced pending") << 1 << 2 * kMinute << 0LL << false << false << true
                                          << "pending, fires in 2m, silenced";
    }

    void stateText()
    {
        QFETCH(int, state);
        QFETCH(qint64, forMs);
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, stale);
        QFETCH(bool, acknowledged);
        QFETCH(bool, silenced);
        QFETCH(QString, expected);
        Alert a =
            makeAlert(QStringLiteral("a"), state == 1 ? AlertState::Pending : AlertState::Firing,
                      Severity::Warning, 85);
        a.stale = stale;
        a.acknowledged = acknowledged;
        a.silencedBy = silenced ? QStringLiteral("s-1") : QString();
        QCOMPARE(AlertModel::stateText(a, forMs, t0 + elapsedMs), expected);

        // The model takes `for` from the rules.
        AlertModel model;
        if (forMs >= 0)
            model.setRules({rule(QStringLiteral("cpu_high"), forMs)});
        model.setAlerts({a}, t0 + elapsedMs);
        QCOMPARE(cell(model, 0, AlertModel::StateColumn), expected);
    }

    void tickRefreshesCountdown()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules({rule(QStringLiteral("cpu_high"), 2 * kMinute)});
        model.setAlerts(
            {makeAlert(QStringLiteral("a"), AlertState::Pending, Severity::Warning, 85)}, t0);
        QCOMPARE(cell(model, 0, AlertModel::StateColumn), QStringLiteral("pending, fires in 2m"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(t0 + 30 * kSecond);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(AlertModel::StateColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(AlertModel::SinceColumn));
        QVERIFY(!changed.at(0).at(2).value<QList<int>>().isEmpty());
        QCOMPARE(cell(model, 0, AlertModel::StateColumn),
                 QStringLiteral("pending, fires in 1m 30s"));
        QCOMPARE(cell(model, 0, AlertModel::SinceColumn), QStringLiteral("30s ago"));
        model.tick(t0 + 30 * kSecond); // same time: nothing to say
        QCOMPARE(changed.count(), 1);
    }

    void columnsShowUnitsLabelsAndTimes()
    {
        AlertModel model;
        Alert fs = makeAlert(QStringLiteral("f"), AlertState::Firing, Severity::Critical, 0);
        fs.rule = QStringLiteral("disk_low");
        fs.labels = {{QStringLiteral("alertname"), fs.rule},
                     {QStringLiteral("device"), QStringLiteral("/dev/vda1")},
                     {QStringLiteral("mount"), QStringLiteral("/")}};
        fs.series = SeriesId(QStringLiteral("filesystem_avail_bytes"),
                             {{QStringLiteral("mount"), QStringLiteral("/")}});
        fs.value = 1.5 * 1024 * 1024 * 1024;
        fs.summary = QStringLiteral("Only 1.50 GiB left on /");
        const qint64 now = fs.firingSinceMs + 5 * kMinute + 20 * kSecond;
        model.setAlerts({fs}, now);
        QCOMPARE(cell(model, 0, AlertModel::SeverityColumn), QStringLiteral("Critical"));
        QVERIFY(!model.data(model.index(0, AlertModel::SeverityColumn), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(cell(model, 0, AlertModel::NameColumn), QStringLiteral("disk_low"));
        QCOMPARE(cell(model, 0, AlertModel::NameColumn, Qt::ToolTipRole), fs.summary);
        QCOMPARE(cell(model, 0, AlertModel::LabelsColumn),
                 QStringLiteral("device=/dev/vda1, mount=/"));
        QCOMPARE(cell(model, 0, AlertModel::ValueColumn), QStringLiteral("1.50 GiB"));
        QCOMPARE(cell(model, 0, AlertModel::SinceColumn), QStringLiteral("5m ago"));
        QCOMPARE(cell(model, 0, AlertModel::SinceColumn, Qt::ToolTipRole),
                 QDateTime::fromMSecsSinceEpoch(fs.firingSinceMs)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.rowText(0),
                 QStringLiteral("disk_low  {device=/dev/vda1, mount=/}  1.50 GiB  critical  "
                                "firing  since ") +
                     AlertText::absoluteTimeText(fs.firingSinceMs));
    }

    void sortsWorstFirst()
    {
        AlertModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AlertModel::SortRole);
        proxy.sort(AlertModel::SeverityColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts(
            {makeAlert(QStringLiteral("pw"), AlertState::Pending, Severity::Warning, 85),
             makeAlert(QStringLiteral("fw-new"), AlertState::Firing, Severity::Warning, 85,
                       t0 + kMinute),
             makeAlert(QStringLiteral("pc"), AlertState::Pending, Severity::Critical, 97),
             makeAlert(QStringLiteral("fc"), AlertState::Firing, Severity::Critical, 97),
             makeAlert(QStringLiteral("fw-old"), AlertState::Firing, Severity::Warning, 85)},
            t0 + 10 * kMinute);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.data(proxy.index(row, 0), AlertModel::FingerprintRole).toString());
        QCOMPARE(order, (QStringList{QStringLiteral("fc"), QStringLiteral("fw-old"),
                                     QStringLiteral("fw-new"), QStringLiteral("pc"),
                                     QStringLiteral("pw")}));

        // An escalation moves the row to the top without a reset.
        model.setAlerts(
            {makeAlert(QStringLiteral("pw"), AlertState::Firing, Severity::Critical, 99,
                       t0 - kMinute),
             makeAlert(QStringLiteral("fc"), AlertState::Firing, Severity::Critical, 97)},
            t0 + 11 * kMinute);
        QCOMPARE(proxy.data(proxy.index(0, 0), AlertModel::FingerprintRole).toString(),
                 QStringLiteral("pw"));
    }
};

QTEST_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
