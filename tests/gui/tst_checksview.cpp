// The Checks tab: empty state, filter, actions, detail pane; and the whole flow through the
// session: a check added in the settings dialog opened from the tab shows up in the table.
#include "FakeClock.h"
#include "GuiSession.h"
#include "MainWindow.h"
#include "charts/TimeSeriesChart.h"
#include "checks/CheckDetailPane.h"
#include "checks/CheckModel.h"
#include "checks/ChecksView.h"
#include "config/ConfigFile.h"
#include "engine/Engine.h"
#include "series/MetricStore.h"
#include "settings/CheckEditorDialog.h"
#include "settings/ChecksSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

constexpr qint64 kSecond = 1000;

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void typeInto(QWidget *w, const QString &text)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    QTest::keyClicks(w, text);
}

CheckState apiState(qint64 nowMs)
{
    CheckState s;
    s.spec.name = QStringLiteral("api");
    s.spec.http.url = QStringLiteral("https://api.example/health");
    s.status = CheckStatus::Healthy;
    s.uptimePercent = 100;
    s.uptimeSinceMs = nowMs - 3600 * kSecond;
    CheckResult r;
    r.check = s.spec.name;
    r.timeMs = nowMs;
    r.attemptStatus = r.status = CheckStatus::Healthy;
    r.latencySeconds = 0.042;
    r.httpStatus = 200;
    r.message = QStringLiteral("HTTP 200 in 42 ms");
    r.requestId = QStringLiteral("3f2a9c1e-req");
    r.traceparent = QStringLiteral("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    s.last = r;
    return s;
}

CheckState dbState()
{
    CheckState s;
    s.spec.name = QStringLiteral("db");
    s.spec.type = CheckType::Tcp;
    s.spec.tcp.host = QStringLiteral("db.internal");
    s.spec.tcp.port = 5432;
    s.status = CheckStatus::Unhealthy;
    return s;
}

} // namespace

class TestChecksView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void emptyStateAndFilter()
    {
        ChecksView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(view.emptyStateText().contains(QLatin1String("No service checks yet")));
        QVERIFY(view.emptyStateButton()->isVisible());
        QSignalSpy add(&view, &ChecksView::addRequested);
        QTest::mouseClick(view.emptyStateButton(), Qt::LeftButton);
        QCOMPARE(add.size(), 1);

        FakeClock clock;
        view.setClock(&clock);
        view.model()->setStates({apiState(clock.nowMs()), dbState()});
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.tableView()->model()->rowCount(), 2);
        // Worst first.
        QCOMPARE(view.tableView()->model()->index(0, 0).data(CheckModel::NameRole).toString(),
                 QStringLiteral("db"));
        QCOMPARE(view.summaryText(), QStringLiteral("2 configured · 1 unhealthy"));

        auto *filter = child<QLineEdit>(view, "filterLineEdit");
        typeInto(filter, QStringLiteral("nothing like it"));
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(view.emptyStateText().contains(QLatin1String("match")));
        QVERIFY(!view.emptyStateButton()->isVisible());
        typeInto(filter, QStringLiteral("42 ms")); // the last message
        QCOMPARE(view.tableView()->model()->rowCount(), 1);
        filter->clear();
        auto *status = child<QComboBox>(view, "statusFilterComboBox");
        status->setCurrentIndex(status->findData(int(CheckStatus::Unhealthy)));
        QCOMPARE(view.tableView()->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        QVERIFY(!view.isEmptyStateShown());

        view.model()->setStates({});
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(view.emptyStateButton()->isVisible());
    }

    void actionsAndDetails()
    {
        FakeClock clock;
        MetricStore store;
        const SeriesId latency(QStringLiteral("check_latency_seconds"),
                               {{QStringLiteral("check"), QStringLiteral("api")}});
        for (int i = 60; i >= 0; --i)
            store.append(latency, Sample{clock.nowMs() - i * 30 * kSecond, 0.03 + i * 0.001});
        ChecksView view;
        view.setClock(&clock);
        view.setStore(&store);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->setStates({apiState(clock.nowMs()), dbState()});
        view.model()->addResult(*apiState(clock.nowMs() - 30 * kSecond).last);
        view.model()->addResult(*apiState(clock.nowMs()).last);

        QSignalSpy runNow(&view, &ChecksView::runNowRequested);
        QSignalSpy edit(&view, &ChecksView::editRequested);
        QVERIFY(view.showCheck(QStringLiteral("api")));
        QVERIFY(view.isDetailShown());
        CheckDetailPane *pane = view.detailPane();
        QCOMPARE(pane->checkName(), QStringLiteral("api"));
        QCOMPARE(pane->resultsTable()->rowCount(), 2);
        QCOMPARE(pane->resultsTable()->item(0, CheckDetailPane::RequestIdColumn)->text(),
                 QStringLiteral("3f2a9c1e-req"));
        QVERIFY(pane->traceText().contains(QLatin1String("00-4bf92f3577b34da6")));
        QVERIFY(pane->chart()->pointCount(latency) > 0);

        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(runNow.size(), 1);
        QCOMPARE(runNow.first().first().toString(), QStringLiteral("api"));
        QTRY_VERIFY(pane->runNowButton()->height() > 0); // laid out in the splitter
        QTest::mouseClick(pane->runNowButton(), Qt::LeftButton);
        QCOMPARE(runNow.size(), 2);
        QTest::keyClick(view.tableView(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("api  http")));
        view.editAction()->trigger();
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().toString(), QStringLiteral("api"));

        // A new result of the shown check lands in the pane.
        CheckResult next = *apiState(clock.nowMs() + 30 * kSecond).last;
        next.requestId = QStringLiteral("next-req");
        view.model()->addResult(next);
        QCOMPARE(pane->resultsTable()->rowCount(), 3);
        QCOMPARE(pane->resultsTable()->item(0, CheckDetailPane::RequestIdColumn)->text(),
                 QStringLiteral("next-req"));

        QTest::keyClick(view.tableView(), Qt::Key_Escape);
        QVERIFY(!view.isDetailShown());
        view.model()->setStates({dbState()});
        QCOMPARE(view.currentCheck(), QStringLiteral("db")); // a row to act on, always
        QVERIFY(view.runNowAction()->isEnabled());
    }

    void checkAddedInSettingsShowsInTheTab()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        GuiSession session(Config(), QStringLiteral("/"), path, QString(),
                           dir.filePath(QStringLiteral("data")));
        session.start(false);
        MainWindow *window = session.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tabs = child<QTabWidget>(*window, "mainTabWidget");
        QWidget *checksTab = child<QWidget>(*window, "checksTab");
        QCOMPARE(tabs->indexOf(checksTab), tabs->indexOf(child<QWidget>(*window, "alertsTab")) + 1);
        tabs->setCurrentWidget(checksTab);
        ChecksView *view = window->checksView();
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->isEmptyStateShown());

        // The empty state's button: Settings → Checks, with the editor on a new check.
        QTest::mouseClick(view->emptyStateButton(), Qt::LeftButton);
        auto *settings = window->findChild<SettingsDialog *>();
        QVERIFY(settings);
        QCOMPARE(child<QTabWidget>(*settings, "pagesTabWidget")->currentWidget(),
                 settings->checksPage());
        CheckEditorDialog *editor = settings->checksPage()->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        typeInto(child<QLineEdit>(*editor, "nameLineEdit"), QStringLiteral("local-port"));
        auto *type = child<QComboBox>(*editor, "typeComboBox");
        type->setCurrentIndex(type->findData(int(CheckType::Tcp)));
        typeInto(child<QLineEdit>(*editor, "tcpHostLineEdit"), QStringLiteral("127.0.0.1"));
        typeInto(child<QSpinBox>(*editor, "tcpPortSpinBox"), QString::number(server.serverPort()));
        typeInto(child<QLineEdit>(*editor, "intervalLineEdit"), QStringLiteral("2s"));
        auto ok = [](const QWidget &w) {
            return child<QDialogButtonBox>(w, "buttonBox")->button(QDialogButtonBox::Ok);
        };
        QVERIFY2(ok(*editor)->isEnabled(), qPrintable(editor->problems().join(u'\n')));
        QTest::mouseClick(ok(*editor), Qt::LeftButton);
        QTRY_VERIFY(!settings->checksPage()->editor());
        QVERIFY2(ok(*settings)->isEnabled(), qPrintable(settings->problems().join(u'\n')));
        QTest::mouseClick(ok(*settings), Qt::LeftButton);

        // The engine runs the new check; the table shows it, then its first result.
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QVERIFY(!view->isEmptyStateShown());
        QCOMPARE(view->tableView()->model()->index(0, CheckModel::NameColumn).data().toString(),
                 QStringLiteral("local-port"));
        QTRY_COMPARE_WITH_TIMEOUT(
            view->tableView()->model()->index(0, CheckModel::StatusColumn).data().toString(),
            QStringLiteral("healthy"), 20000);
        QVERIFY(view->tableView()
                    ->model()
                    ->index(0, CheckModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("connected")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        const ConfigResult saved = ConfigFile::load(path);
        QVERIFY2(saved.ok(), qPrintable(saved.errors.join(u'\n')));
        QCOMPARE(saved.config.checks.size(), 1);
        QCOMPARE(saved.config.checks.first().tcp.port, int(server.serverPort()));
        session.shutdown();
    }
};

QTEST_MAIN(TestChecksView)
#include "tst_checksview.moc"
