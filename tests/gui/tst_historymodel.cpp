#include "alerts/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 kMinute = 60 * 1000;

AlertEvent makeEvent(qint64 id, qint64 minute, AlertEventKind kind = AlertEventKind::Firing,
                     Severity severity = Severity::Warning)
{
    AlertEvent e;
    e.id = id;
    e.timeMs = t0 + minute * kMinute;
    e.kind = kind;
    e.fingerprint = QStringLiteral("fp%1").arg(id);
    e.rule = QStringLiteral("cpu_high");
    e.labels = {{QStringLiteral("alertname"), e.rule},
                {QStringLiteral("cpu"), QStringLiteral("total")}};
    e.fromSeverity = severity;
    e.toSeverity = severity;
    e.value = 91.5;
    e.summary = QStringLiteral("CPU busy");
    return e;
}

QList<qint64> ids(const HistoryModel &m)
{
    QList<qint64> out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.data(m.index(row, 0), HistoryModel::EventIdRole).toLongLong());
    return out;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void setAndAppend_data()
    {
        // Events are (id, minute); rows end up in time order, the oldest dropped past the limit.
        QTest::addColumn<QList<qint64>>("initialMinutes");  // id = index + 1
        QTest::addColumn<QList<qint64>>("appendedMinutes"); // id = 100 + index
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expectedIds");
        QTest::newRow("empty") << QList<qint64>{} << QList<qint64>{} << 100 << QList<qint64>{};
        QTest::newRow("sorted on set")
            << QList<qint64>{5, 1, 3} << QList<qint64>{} << 100 << QList<qint64>{2, 3, 1};
        QTest::newRow("append newest")
            << QList<qint64>{1, 2} << QList<qint64>{3, 4} << 100 << QList<qint64>{1, 2, 100, 101};
        QTest::newRow("append in between")
            << QList<qint64>{1, 5} << QList<qint64>{3} << 100 << QList<qint64>{1, 100, 2};
        QTest::newRow("append to empty")
            << QList<qint64>{} << QList<qint64>{7, 6} << 100 << QList<qint64>{101, 100};
        QTest::newRow("limit on set")
            << QList<qint64>{1, 2, 3, 4} << QList<qint64>{} << 2 << QList<qint64>{3, 4};
        QTest::newRow("limit on append")
            << QList<qint64>{1, 2} << QList<qint64>{3, 4} << 3 << QList<qint64>{2, 100, 101};
        QTest::newRow("older than all at the limit")
            << QList<qint64>{5, 6} << QList<qint64>{1} << 2 << QList<qint64>{1, 2};
    }

    void setAndAppend()
    {
        QFETCH(QList<qint64>, initialMinutes);
        QFETCH(QList<qint64>, appendedMinutes);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expectedIds);
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLimit(limit);
        QList<AlertEvent> initial;
        for (int i = 0; i < initialMinutes.size(); ++i)
            initial.append(makeEvent(i + 1, initialMinutes.at(i)));
        model.setEvents(initial);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QList<AlertEvent> appended;
        for (int i = 0; i < appendedMinutes.size(); ++i)
            appended.append(makeEvent(100 + i, appendedMinutes.at(i)));
        model.appendEvents(appended);
        QCOMPARE(ids(model), expectedIds);
        QCOMPARE(resets.count(), 0); // live events never reset the view
    }

    void appendSkipsKnownEvents()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({makeEvent(1, 0), makeEvent(2, 1)});
        model.appendEvents({makeEvent(2, 1), makeEvent(3, 2), makeEvent(3, 2)});
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3}));
    }

    void matches_data()
    {
        QTest::addColumn<qint64>("fromMinute");
        QTest::addColumn<qint64>("toMinute");
        QTest::addColumn<QList<Severity>>("severities");
        QTest::addColumn<QList<AlertEventKind>>("kinds");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        // The event: minute 10, firing, warning, rule cpu_high, cpu=total, summary "CPU busy".
        const QList<Severity> anySeverity;
        const QList<AlertEventKind> anyKind;
        QTest::newRow("everything") << 0LL << 100LL << anySeverity << anyKind << "" << true;
        QTest::newRow("inclusive bounds") << 10LL << 10LL << anySeverity << anyKind << "" << true;
        QTest::newRow("before") << 11LL << 100LL << anySeverity << anyKind << "" << false;
        QTest::newRow("after") << 0LL << 9LL << anySeverity << anyKind << "" << false;
        QTest::newRow("severity") << 0LL << 100LL << QList<Severity>{Severity::Warning} << anyKind
                                  << "" << true;
        QTest::newRow("other severity")
            << 0LL << 100LL << QList<Severity>{Severity::Critical} << anyKind << "" << false;
        QTest::newRow("kind") << 0LL << 100LL << anySeverity
                              << QList<AlertEventKind>{AlertEventKind::Resolved,
                                                       AlertEventKind::Firing}
                              << "" << true;
        QTest::newRow("other kind")
            << 0LL << 100LL << anySeverity << QList<AlertEventKind>{AlertEventKind::Resolved} << ""
            << false;
        QTest::newRow("text in rule") << 0LL << 100LL << anySeverity << anyKind << "CPU_H" << true;
        QTest::newRow("text in summary")
            << 0LL << 100LL << anySeverity << anyKind << "busy" << true;
        QTest::newRow("text in label") << 0LL << 100LL << anySeverity << anyKind << "TOTAL" << true;
        QTest::newRow("text nowhere") << 0LL << 100LL << anySeverity << anyKind << "disk" << false;
    }

    void matches()
    {
        QFETCH(qint64, fromMinute);
        QFETCH(qint64, toMinute);
        QFETCH(QList<Severity>, severities);
        QFETCH(QList<AlertEventKind>, kinds);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        EventQuery q;
        q.fromMs = t0 + fromMinute * kMinute;
        q.toMs = t0 + toMinute * kMinute;
        q.severities = severities;
        q.kinds = kinds;
        q.text = text;
        QCOMPARE(HistoryModel::matches(q, makeEvent(1, 10)), expected);
    }

    void resolvedShowsTheLevelThatResolved()
    {
        AlertEvent e = makeEvent(1, 10, AlertEventKind::Resolved, Severity::Critical);
        e.toSeverity = Severity::Healthy; // as the engine writes it
        HistoryModel model;
        model.setEvents({e});
        QCOMPARE(model.index(0, HistoryModel::SeverityColumn).data().toString(),
                 QStringLiteral("Critical"));
        // Filtered like storage filters: by the level reached.
        EventQuery q;
        q.severities = {Severity::Healthy};
        QVERIFY(HistoryModel::matches(q, e));
    }

    void columns()
    {
        HistoryModel model;
        AlertRule cpu;
        cpu.name = QStringLiteral("cpu_high");
        cpu.series = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
        AlertEvent e = makeEvent(7, 3, AlertEventKind::Escalated, Severity::Critical);
        e.fromSeverity = Severity::Warning;
        e.threshold = 95;
        model.setEvents({e});
        auto text = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role).toString();
        };
        QCOMPARE(text(HistoryModel::TimeColumn), QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(text(HistoryModel::TimeColumn, Qt::ToolTipRole),
                 QStringLiteral("2026-11-21T09:43:00.000Z"));
        QCOMPARE(text(HistoryModel::KindColumn), QStringLiteral("Escalated"));
        QCOMPARE(text(HistoryModel::SeverityColumn), QStringLiteral("Warning → Critical"));
        QCOMPARE(text(HistoryModel::RuleColumn), QStringLiteral("cpu_high"));
        QCOMPARE(text(HistoryModel::LabelsColumn), QStringLiteral("cpu=total"));
        QCOMPARE(text(HistoryModel::ValueColumn), QStringLiteral("91.5")); // no unit known yet
        QCOMPARE(text(HistoryModel::SummaryColumn), QStringLiteral("CPU busy"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRules({cpu});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(HistoryModel::ValueColumn), QStringLiteral("91.5 %"));
        QCOMPARE(text(HistoryModel::ValueColumn, Qt::ToolTipRole),
                 QStringLiteral("Threshold: 95.0 %"));
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
