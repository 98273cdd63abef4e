#include "FakeClock.h"
#include "alerts/HistoryExport.h"
#include "alerts/HistoryModel.h"
#include "alerts/HistoryView.h"

#include <QComboBox>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// Two events with everything CSV has to quote: commas, quotes, a line break.
QList<AlertEvent> exportEvents()
{
    AlertEvent a;
    a.id = 1;
    a.timeMs = t0;
    a.kind = AlertEventKind::Firing;
    a.fingerprint = QStringLiteral("cd60049f58ee5339");
    a.rule = QStringLiteral("filesystem_full");
    a.labels = {{QStringLiteral("alertname"), a.rule},
                {QStringLiteral("mount"), QStringLiteral("/srv, data")}};
    a.fromState = AlertState::Pending;
    a.toState = AlertState::Firing;
    a.value = 85.25;
    a.threshold = 80;
    a.firingSinceMs = t0;
    a.summary = QStringLiteral("/srv, data is 85.3 % full");
    a.runbook = QStringLiteral("https://runbooks.example/disk");
    a.notify = true;

    AlertEvent b;
    b.id = 2;
    b.timeMs = t0 + 90 * kSecond;
    b.kind = AlertEventKind::Resolved;
    b.fingerprint = QStringLiteral("c6b314f6bb6a3fde");
    b.rule = QStringLiteral("cpu_high");
    b.labels = {{QStringLiteral("alertname"), b.rule},
                {QStringLiteral("cpu"), QStringLiteral("total")}};
    b.fromState = AlertState::Firing;
    b.toState = AlertState::Inactive;
    b.fromSeverity = Severity::Critical;
    b.toSeverity = Severity::Healthy;
    b.value = 42;
    b.threshold = 70;
    b.firingSinceMs = t0 - 2 * kMinute;
    b.summary = QStringLiteral("CPU \"back\" to normal\nafter 3m");
    b.silencedBy = QStringLiteral("s-1");
    return {a, b};
}

const char kExpectedCsv[] =
    "time,kind,severity,from_severity,rule,labels,value,threshold,summary,fingerprint,from_state,"
    "to_state,firing_since,notified,silenced_by,runbook,id\r\n"
    "2026-11-21T09:40:00.000Z,firing,warning,warning,filesystem_full,"
    "\"{alertname=\"\"filesystem_full\"\",mount=\"\"/srv, data\"\"}\",85.25,80,"
    "\"/srv, data is 85.3 % full\",cd60049f58ee5339,pending,firing,2026-11-21T09:40:00.000Z,true,,"
    "https://runbooks.example/disk,1\r\n"
    "2026-11-21T09:41:30.000Z,resolved,healthy,critical,cpu_high,"
    "\"{alertname=\"\"cpu_high\"\",cpu=\"\"total\"\"}\",42,70,"
    "\"CPU \"\"back\"\" to normal\nafter 3m\",c6b314f6bb6a3fde,firing,inactive,"
    "2026-11-21T09:38:00.000Z,false,s-1,,2\r\n";

const char kExpectedJson[] = "[\n"
                             "    {\n"
                             "        \"fingerprint\": \"cd60049f58ee5339\",\n"
                             "        \"firing_since\": \"2026-11-21T09:40:00.000Z\",\n"
                             "        \"from_severity\": \"warning\",\n"
                             "        \"from_state\": \"pending\",\n"
                             "        \"id\": 1,\n"
                             "        \"kind\": \"firing\",\n"
                             "        \"labels\": {\n"
                             "            \"alertname\": \"filesystem_full\",\n"
                             "            \"mount\": \"/srv, data\"\n"
                             "        },\n"
                             "        \"notified\": true,\n"
                             "        \"rule\": \"filesystem_full\",\n"
                             "        \"runbook\": \"https://runbooks.example/disk\",\n"
                             "        \"severity\": \"warning\",\n"
                             "        \"silenced_by\": null,\n"
                             "        \"summary\": \"/srv, data is 85.3 % full\",\n"
                             "        \"threshold\": 80,\n"
                             "        \"time\": \"2026-11-21T09:40:00.000Z\",\n"
                             "        \"time_ms\": 1795254000000,\n"
                             "        \"to_state\": \"firing\",\n"
                             "        \"value\": 85.25\n"
                             "    },\n"
                             "    {\n"
                             "        \"fingerprint\": \"c6b314f6bb6a3fde\",\n"
                             "        \"firing_since\": \"2026-11-21T09:38:00.000Z\",\n"
                             "        \"from_severity\": \"critical\",\n"
                             "        \"from_state\": \"firing\",\n"
                             "        \"id\": 2,\n"
                             "        \"kind\": \"resolved\",\n"
                             "        \"labels\": {\n"
                             "            \"alertname\": \"cpu_high\",\n"
                             "            \"cpu\": \"total\"\n"
                             "        },\n"
                             "        \"notified\": false,\n"
                             "        \"rule\": \"cpu_high\",\n"
                             "        \"runbook\": \"\",\n"
                             "        \"severity\": \"healthy\",\n"
                             "        \"silenced_by\": \"s-1\",\n"
                             "        \"summary\": \"CPU \\\"back\\\" to normal\\nafter 3m\",\n"
                             "        \"threshold\": 70,\n"
                             "        \"time\": \"2026-11-21T09:41:30.000Z\",\n"
                             "        \"time_ms\": 1795254090000,\n"
                             "        \"to_state\": \"inactive\",\n"
                             "        \"value\": 42\n"
                             "    }\n"
                             "]\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

HistoryExport::Result exportAndWait(const QString &path, HistoryExport::Format format,
                                    const QList<AlertEvent> &events)
{
    QFutureWatcher<HistoryExport::Result> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(HistoryExport::start(path, format, events));
    if (!finished.wait(10000))
        return {path, 0, QStringLiteral("timed out")};
    return watcher.result();
}

EventQuery lastQuery(const QSignalSpy &spy)
{
    return spy.constLast().at(0).value<EventQuery>();
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<EventQuery>();
    }

    void filtersBecomeQueries()
    {
        FakeClock clock;
        HistoryView view;
        view.setClock(&clock);
        QSignalSpy queries(&view, &HistoryView::queryRequested);

        view.requestQuery();
        QCOMPARE(queries.count(), 1);
        EventQuery q = lastQuery(queries);
        QCOMPARE(q.fromMs, clock.nowMs() - 24 * kHour); // default: the last day
        QCOMPARE(q.toMs, std::numeric_limits<qint64>::max());
        QVERIFY(q.severities.isEmpty());
        QVERIFY(q.kinds.isEmpty());
        QVERIFY(q.text.isEmpty());

        auto *range = view.findChild<QComboBox *>(QStringLiteral("timeRangeComboBox"));
        range->setCurrentIndex(2); // last 7 days
        QCOMPARE(queries.count(), 2);
        QCOMPARE(lastQuery(queries).fromMs, clock.nowMs() - 7 * 24 * kHour);

        view.findChild<QComboBox *>(QStringLiteral("severityComboBox"))->setCurrentIndex(2);
        QCOMPARE(queries.count(), 3);
        QCOMPARE(lastQuery(queries).severities, QList<Severity>{Severity::Critical});

        view.findChild<QComboBox *>(QStringLiteral("kindComboBox"))->setCurrentIndex(3);
        QCOMPARE(queries.count(), 4);
        QCOMPARE(lastQuery(queries).kinds,
                 (QList<AlertEventKind>{AlertEventKind::Escalated, AlertEventKind::Deescalated}));

        // Typing is debounced into one query.
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("searchLineEdit")),
                         QStringLiteral(" srv "));
        QTRY_COMPARE(queries.count(), 5);
        q = lastQuery(queries);
        QCOMPARE(q.text, QStringLiteral("srv"));
        QCOMPARE(q.severities, QList<Severity>{Severity::Critical}); // the others still apply
        QCOMPARE(q.fromMs, clock.nowMs() - 7 * 24 * kHour);

        // A custom range: exact bounds.
        range->setCurrentIndex(4);
        QCOMPARE(queries.count(), 6);
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("customRangeWidget"))->isVisibleTo(&view));
        view.setCustomRange(t0 - 48 * kHour, t0 - 24 * kHour);
        QTRY_COMPARE(queries.count(), 7);
        q = lastQuery(queries);
        QCOMPARE(q.fromMs, t0 - 48 * kHour);
        QCOMPARE(q.toMs, t0 - 24 * kHour);
    }

    void liveEventsFollowTheFilters()
    {
        FakeClock clock(t0 + kHour);
        HistoryView view;
        view.setClock(&clock);
        view.findChild<QComboBox *>(QStringLiteral("severityComboBox"))->setCurrentIndex(2);
        QList<AlertEvent> events = exportEvents(); // warning firing, critical resolved
        events[1].kind = AlertEventKind::Escalated;
        events[1].toSeverity = Severity::Critical;
        view.appendEvents(events);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->eventAt(0).id, 2);
        QCOMPARE(view.countText(), QStringLiteral("1 event"));
        AlertEvent old = events.at(1);
        old.id = 3;
        old.timeMs = t0 - 2 * 24 * kHour; // outside the last 24 hours
        view.appendEvents({old});
        QCOMPARE(view.model()->rowCount(), 1);
    }

    void sortsNewestFirstAndShowsEmptyState()
    {
        HistoryView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *empty =
            view.tableView()->viewport()->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No alert events in this time range"));
        QVERIFY(!view.findChild<QWidget *>(QStringLiteral("exportCsvPushButton"))->isEnabled());

        view.setEvents(exportEvents());
        QVERIFY(!empty->isVisible());
        QCOMPARE(view.shownEvents().constFirst().id, 2); // newest first
        view.tableView()->sortByColumn(HistoryModel::RuleColumn, Qt::AscendingOrder);
        QCOMPARE(view.shownEvents().constFirst().rule, QStringLiteral("cpu_high"));
        view.tableView()->sortByColumn(HistoryModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(view.shownEvents().constFirst().id, 1);
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("exportCsvPushButton"))->isEnabled());

        view.findChild<QComboBox *>(QStringLiteral("kindComboBox"))->setCurrentIndex(4);
        view.setEvents({});
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No alert events match these filters"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "cpu_high"
                               << "cpu_high";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("spaces kept") << " a "
                                     << " a ";
    }

    void csvField()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(HistoryExport::csvField(in), out);
    }

    void exportsCsvExactly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        const HistoryExport::Result r =
            exportAndWait(path, HistoryExport::Format::Csv, exportEvents());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.count, 2);
        QCOMPARE(readAll(path), QByteArray(kExpectedCsv));
    }

    void exportsJsonExactly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.json"));
        const HistoryExport::Result r =
            exportAndWait(path, HistoryExport::Format::Json, exportEvents());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(readAll(path), QByteArray(kExpectedJson));
    }

    void viewExportsWhatItShows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryView view;
        view.setEvents(exportEvents());
        view.tableView()->sortByColumn(HistoryModel::TimeColumn, Qt::AscendingOrder);
        QSignalSpy finished(&view, &HistoryView::exportFinished);
        const QString path = dir.filePath(QStringLiteral("shown.csv"));
        view.exportTo(path, HistoryExport::Format::Csv);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(readAll(path), QByteArray(kExpectedCsv));
        QVERIFY(view.countText().contains(QStringLiteral("exported 2 events to")));
    }

    void exportErrorsAreShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setEvents(exportEvents());
        QSignalSpy finished(&view, &HistoryView::exportFinished);
        const QString path = dir.filePath(QStringLiteral("missing/dir/history.json"));
        view.exportTo(path, HistoryExport::Format::Json);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        auto *box = view.findChild<QMessageBox *>(QStringLiteral("exportErrorMessageBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(path));
        QVERIFY(view.countText().contains(QStringLiteral("export failed")));
        QCOMPARE(view.model()->rowCount(), 2); // nothing lost
        box->close();
    }

    void failedExportKeepsTheOldFile()
    {
        // A directory where the file should be: the write fails and the directory is untouched;
        // and a good export over an existing file replaces it whole.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export\n");
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked")));
        const HistoryExport::Result bad = exportAndWait(dir.filePath(QStringLiteral("blocked")),
                                                        HistoryExport::Format::Csv, exportEvents());
        QVERIFY(!bad.ok());
        QCOMPARE(readAll(path), QByteArray("previous export\n"));
        const HistoryExport::Result good =
            exportAndWait(path, HistoryExport::Format::Csv, exportEvents());
        QVERIFY(good.ok());
        QCOMPARE(readAll(path), QByteArray(kExpectedCsv));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
