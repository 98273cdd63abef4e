#include "FakeClock.h"
#include "alerts/AlertDetailPane.h"
#include "alerts/AlertModel.h"
#include "alerts/AlertsView.h"
#include "alerts/SilenceDialog.h"
#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000; // 2026-11-21T09:40:00Z
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

Alert cpuAlert(AlertState state = AlertState::Firing, Severity severity = Severity::Warning)
{
    Alert a;
    a.fingerprint = QStringLiteral("c6b314f6bb6a3fde");
    a.rule = QStringLiteral("cpu_high");
    a.labels = {{QStringLiteral("alertname"), a.rule},
                {QStringLiteral("cpu"), QStringLiteral("total")}};
    a.series = SeriesId(QStringLiteral("cpu_usage_percent"),
                        {{QStringLiteral("cpu"), QStringLiteral("total")}});
    a.state = state;
    a.severity = severity;
    a.value = 91.5;
    a.threshold = 80;
    a.activeSinceMs = t0;
    a.firingSinceMs = state == AlertState::Firing ? t0 + 2 * kMinute : 0;
    a.lastSampleMs = t0 + 5 * kMinute;
    a.summary = QStringLiteral("CPU at 91.5 % for 2m");
    a.runbook = QStringLiteral("https://runbooks.example/cpu");
    return a;
}

Alert diskAlert()
{
    Alert a;
    a.fingerprint = QStringLiteral("cd60049f58ee5339");
    a.rule = QStringLiteral("filesystem_full");
    a.labels = {{QStringLiteral("alertname"), a.rule},
                {QStringLiteral("mount"), QStringLiteral("/")}};
    a.series = SeriesId(QStringLiteral("filesystem_used_percent"),
                        {{QStringLiteral("mount"), QStringLiteral("/")}});
    a.state = AlertState::Firing;
    a.severity = Severity::Critical;
    a.value = 93;
    a.threshold = 90;
    a.activeSinceMs = t0 + kMinute;
    a.firingSinceMs = t0 + 2 * kMinute;
    return a;
}

AlertRule cpuRule()
{
    AlertRule r;
    r.name = QStringLiteral("cpu_high");
    r.series = QStringLiteral("cpu_usage_percent{cpu=\"total\"}");
    r.warning = 80;
    r.critical = 95;
    r.warningClear = 70;
    r.forMs = 2 * kMinute;
    return r;
}

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

void selectRow(AlertsView &view, const QString &fingerprint)
{
    QTableView *table = view.tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(AlertModel::FingerprintRole).toString() == fingerprint) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL("row not found");
}

} // namespace

class TestAlertsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Silence>();
        qputenv("USER", "alice");
    }

    void emptyStateAndSummary()
    {
        AlertsView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *empty =
            view.tableView()->viewport()->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No active alerts"));
        QCOMPARE(view.summaryText(), QString()); // the overlay says it

        Alert pending = cpuAlert(AlertState::Pending);
        pending.fingerprint = QStringLiteral("p");
        pending.silencedBy = QStringLiteral("s-1");
        view.setAlerts({cpuAlert(), diskAlert(), pending}, t0 + 10 * kMinute);
        QVERIFY(!empty->isVisible());
        QCOMPARE(view.summaryText(),
                 QStringLiteral("2 firing (1 critical) · 1 pending · 1 silenced"));
        view.setAlerts({}, t0 + 11 * kMinute);
        QVERIFY(empty->isVisible());
    }

    void worstFirstByDefault()
    {
        AlertsView view;
        Alert pendingCritical = cpuAlert(AlertState::Pending, Severity::Critical);
        pendingCritical.fingerprint = QStringLiteral("pc");
        view.setAlerts({pendingCritical, cpuAlert(), diskAlert()}, t0 + 10 * kMinute);
        QAbstractItemModel *m = view.tableView()->model();
        QCOMPARE(m->index(0, 0).data(AlertModel::FingerprintRole).toString(),
                 diskAlert().fingerprint);
        QCOMPARE(m->index(1, 0).data(AlertModel::FingerprintRole).toString(),
                 cpuAlert().fingerprint);
        QCOMPARE(m->index(2, 0).data(AlertModel::FingerprintRole).toString(), QStringLiteral("pc"));
        // A row is current from the start, so the keyboard and buttons act on the worst one.
        QCOMPARE(view.currentFingerprint(), diskAlert().fingerprint);
    }

    void actionsFollowTheState_data()
    {
        QTest::addColumn<int>("state"); // 1 pending, 2 firing
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<QString>("runbook");
        QTest::addColumn<bool>("canAcknowledge");
        QTest::addColumn<bool>("canOpenRunbook");
        QTest::newRow("firing") << 2 << false << "https://runbooks.example/cpu" << true << true;
        QTest::newRow("firing, acknowledged") << 2 << true << "" << false << false;
        QTest::newRow("pending") << 1 << false << "https://runbooks.example/cpu" << false << true;
    }

    void actionsFollowTheState()
    {
        QFETCH(int, state);
        QFETCH(bool, acknowledged);
        QFETCH(QString, runbook);
        QFETCH(bool, canAcknowledge);
        QFETCH(bool, canOpenRunbook);
        AlertsView view;
        QSignalSpy acks(&view, &AlertsView::acknowledgeRequested);
        Alert a = cpuAlert(state == 1 ? AlertState::Pending : AlertState::Firing);
        a.acknowledged = acknowledged;
        a.runbook = runbook;
        view.setAlerts({a}, t0 + 10 * kMinute);
        QCOMPARE(view.acknowledgeAction()->isEnabled(), canAcknowledge);
        QCOMPARE(view.runbookAction()->isEnabled(), canOpenRunbook);
        QVERIFY(view.silenceAction()->isEnabled());
        QVERIFY(view.copyAction()->isEnabled());
        QVERIFY(view.detailsAction()->isEnabled());
        // The context menu offers the same actions.
        const QList<QAction *> menu = view.contextMenu()->actions();
        for (QAction *action : {view.acknowledgeAction(), view.silenceAction(), view.copyAction(),
                                view.runbookAction()})
            QVERIFY(menu.contains(action));

        view.acknowledgeAction()->trigger();
        QCOMPARE(acks.count(), canAcknowledge ? 1 : 0);
        if (canAcknowledge)
            QCOMPARE(acks.at(0).at(0).toString(), a.fingerprint);

        // Acknowledged by the engine: the action turns off on the next update.
        a.acknowledged = true;
        view.setAlerts({a}, t0 + 11 * kMinute);
        QVERIFY(!view.acknowledgeAction()->isEnabled());
    }

    void nothingSelectedDisablesEverything()
    {
        AlertsView view;
        for (QAction *action : {view.acknowledgeAction(), view.silenceAction(), view.copyAction(),
                                view.runbookAction(), view.detailsAction()})
            QVERIFY(!action->isEnabled());
    }

    void copyAndRunbook()
    {
        AlertsView view;
        view.setRules({cpuRule()});
        view.setAlerts({cpuAlert()}, t0 + 10 * kMinute);
        view.copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), view.model()->rowText(0));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("cpu_high  {cpu=total}  91.5 %  warning  firing  since ")));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        view.runbookAction()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://runbooks.example/cpu"))});
    }

    void silenceGoesThroughTheDialog()
    {
        FakeClock clock(t0 + 10 * kMinute);
        AlertsView view;
        view.setClock(&clock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAlerts({cpuAlert(), diskAlert()}, clock.nowMs());
        selectRow(view, cpuAlert().fingerprint);
        QSignalSpy silences(&view, &AlertsView::silenceRequested);
        view.silenceAction()->trigger();
        auto *dialog = view.findChild<SilenceDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("load test"));
        dialog->setDuration(SilenceDialog::Duration::FourHours);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(silences.count(), 1);
        const auto s = silences.at(0).at(0).value<Silence>();
        QCOMPARE(
            s.matchers,
            (QList<LabelMatcher>{
                {QStringLiteral("alertname"), LabelMatcher::Op::Equal, QStringLiteral("cpu_high")},
                {QStringLiteral("cpu"), LabelMatcher::Op::Equal, QStringLiteral("total")}}));
        QCOMPARE(s.endsAtMs, clock.nowMs() + 4 * 3600 * kSecond);
        QCOMPARE(s.comment, QStringLiteral("load test"));
        QCOMPARE(s.createdBy, QStringLiteral("alice"));
        QTRY_VERIFY(!view.findChild<SilenceDialog *>()); // deleted on close
    }

    void detailsOpenWithEnterAndCloseWithEscape()
    {
        AlertsView view;
        view.resize(1000, 700);
        view.setRules({cpuRule()});
        MetricStore store;
        const Alert a = cpuAlert();
        for (qint64 t = t0 - 5 * kMinute; t <= t0 + 10 * kMinute; t += 5 * kSecond)
            store.append(a.series, Sample{t, t < t0 ? 40.0 : 91.5});
        view.setStore(&store);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAlerts({a, diskAlert()}, t0 + 10 * kMinute);
        selectRow(view, a.fingerprint);
        QSignalSpy shown(&view, &AlertsView::showAlertRequested);

        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_Return);
        QVERIFY(view.isDetailShown());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), a.fingerprint);
        AlertDetailPane *pane = view.detailPane();
        QCOMPARE(pane->fingerprint(), a.fingerprint);
        QVERIFY(pane->chart());
        QVERIFY(pane->chart()->pointCount(a.series) > 0);
        QCOMPARE(pane->chart()->lines().size(), 2); // the series and its threshold
        QVERIFY(pane->timelineText().contains(QStringLiteral("Firing (warning)")));
        const QString texts = [pane] {
            QStringList all;
            for (const QLabel *l : pane->findChildren<QLabel *>())
                all.append(l->text());
            return all.join(u'\n');
        }();
        QVERIFY(texts.contains(QStringLiteral("warning > 80.0 %, clears below 70.0 %")));
        QVERIFY(texts.contains(QStringLiteral("critical > 95.0 %")));
        QVERIFY(texts.contains(QStringLiteral("https://runbooks.example/cpu")));
        QVERIFY(texts.contains(QStringLiteral("CPU at 91.5 % for 2m")));

        // The stored history answers showAlertRequested.
        AlertEvent fired;
        fired.fingerprint = a.fingerprint;
        fired.kind = AlertEventKind::Firing;
        fired.timeMs = t0 + 2 * kMinute;
        fired.value = 91.5;
        view.setAlertHistory(a.fingerprint, {fired});
        QVERIFY(pane->timelineText().endsWith(QStringLiteral("Firing (warning, 91.5 %)")));

        // Resolved while open: the pane stays, saying so.
        view.setAlerts({diskAlert()}, t0 + 11 * kMinute);
        QVERIFY(view.isDetailShown());
        QCOMPARE(pane->alert().state, AlertState::Inactive);

        QTest::keyClick(view.tableView(), Qt::Key_Escape);
        QVERIFY(!view.isDetailShown());
    }

    void doubleClickAndShowAlert()
    {
        AlertsView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAlerts({cpuAlert(), diskAlert()}, t0 + 10 * kMinute);
        QSignalSpy shown(&view, &AlertsView::showAlertRequested);
        QTableView *table = view.tableView();
        const QRect rect = table->visualRect(table->model()->index(1, 1));
        // A real double-click: press, release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(view.isDetailShown());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view.detailPane()->fingerprint(), cpuAlert().fingerprint);

        view.closeDetails();
        QVERIFY(view.showAlert(diskAlert().fingerprint)); // e.g. a notification was clicked
        QVERIFY(view.isDetailShown());
        QCOMPARE(view.currentFingerprint(), diskAlert().fingerprint);
        QCOMPARE(view.detailPane()->fingerprint(), diskAlert().fingerprint);
        QVERIFY(!view.showAlert(QStringLiteral("0000000000000000")));
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
