// The Processes tab in a real GuiSession: a real child process shows up, End process (its
// confirmation accepted) makes it exit, another user's process cannot be ended, the tab asks
// for processes only while shown, and "Create check from process…" ends in the saved config.
#include "GuiSession.h"
#include "MainWindow.h"
#include "config/ConfigFile.h"
#include "engine/Engine.h"
#include "processes/ProcessModel.h"
#include "processes/ProcessesView.h"
#include "settings/CheckEditorDialog.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vigil;

namespace {

Config everyProcess()
{
    Config c;
    c.collectors.processes.top = 1000; // the child is idle: it must not fall out of the top N
    return c;
}

bool listed(const ProcessesView *view, qint64 pid)
{
    return view->model()->rowOfPid(pid) >= 0;
}

// The uid that owns a pid, from the model (-1 when not listed).
qint64 ownerOf(const ProcessesView *view, qint64 pid)
{
    const int row = view->model()->rowOfPid(pid);
    return row < 0 ? -1 : view->model()->processAt(row).uid;
}

} // namespace

class TestProcessesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void endAChildProcess()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();

        QTemporaryDir dir;
        GuiSession session(everyProcess(), QStringLiteral("/"),
                           dir.filePath(QStringLiteral("c.json")), QString(),
                           dir.filePath(QStringLiteral("data")));
        ProcessesView *view = session.window()->processesView();
        QSignalSpy wanted(view, &ProcessesView::processesWanted);
        session.start(false);
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        QCOMPARE(wanted.size(), 0); // the Dashboard is in front: nothing asked
        QCOMPARE(view->emptyStateText(), QStringLiteral("Looking at the processes…"));
        session.window()->showProcesses();
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.last().at(0).toBool(), true);

        QTRY_VERIFY_WITH_TIMEOUT(listed(view, pid), 20000);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ of \\d+ processes$"))
                     .match(view->summaryText())
                     .hasMatch(),
                 qPrintable(view->summaryText()));
        QCOMPARE(view->emptyStateText(), QString()); // rows: no empty state
        QVERIFY(view->selectPid(pid));
        QCOMPARE(view->currentPid(), pid);
        QVERIFY(view->endAction()->isEnabled());
        QVERIFY(view->killAction()->isEnabled());
        // Refreshes keep the selection on the process.
        QSignalSpy rows(view->model(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(rows.size() >= 2, 20000);
        QCOMPARE(view->currentPid(), pid);

        view->tableView()->setFocus();
        QTest::keyClick(view->tableView(), Qt::Key_Delete); // End process…
        QMessageBox *question = view->signalQuestion();
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("“sleep” (PID %1)").arg(pid)),
                 qPrintable(question->text()));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view->signalQuestion());
        QCOMPARE(child.state(), QProcess::Running); // cancelled: nothing sent

        view->endAction()->trigger();
        QVERIFY(view->signalQuestion());
        view->signalQuestion()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(child.state(), QProcess::NotRunning, 10000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QTRY_COMPARE(view->messageText(),
                     QStringLiteral("Sent SIGTERM to “sleep” (PID %1).").arg(pid));
        QTRY_VERIFY_WITH_TIMEOUT(!listed(view, pid), 20000);

        // Gone between the choice and the confirmation: ESRCH, shown as such.
        QProcess late;
        late.start(QStringLiteral("sleep"), {QStringLiteral("300")});
        QVERIFY(late.waitForStarted());
        const qint64 latePid = late.processId();
        QTRY_VERIFY_WITH_TIMEOUT(listed(view, latePid), 20000);
        QVERIFY(view->selectPid(latePid));
        view->killAction()->trigger();
        QVERIFY(view->signalQuestion());
        QVERIFY(view->signalQuestion()->text().contains(QLatin1String("SIGKILL")));
        late.kill();
        QVERIFY(late.waitForFinished());
        view->signalQuestion()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(view->messageText(),
                     QStringLiteral("“sleep” (PID %1) has already exited.").arg(latePid));

        auto *filter = view->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        filter->setText(QStringLiteral("no-process-is-called-like-this"));
        QCOMPARE(view->emptyStateText(), QStringLiteral("No process matches the filter"));
        filter->clear();

        session.window()->showAlerts();
        QCOMPARE(wanted.last().at(0).toBool(), false); // hidden: the collector stops reading
    }

    void anotherUsersProcessCannotBeEnded()
    {
        QTemporaryDir dir;
        GuiSession session(everyProcess(), QStringLiteral("/"),
                           dir.filePath(QStringLiteral("c.json")), QString(),
                           dir.filePath(QStringLiteral("data")));
        session.start(false);
        session.window()->showProcesses();
        ProcessesView *view = session.window()->processesView();
        QTRY_VERIFY_WITH_TIMEOUT(listed(view, 1), 20000);
        qint64 other = 1;
        QProcess child;
        if (ownerOf(view, 1) == qint64(getuid())) {
            // Run as root, pid 1 is ours too (containers): make a process of another user.
            QVERIFY2(getuid() == 0, "pid 1 belongs to the test's user, who is not root");
            child.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(111);
            });
            child.start(QStringLiteral("sleep"), {QStringLiteral("300")});
            QVERIFY(child.waitForStarted());
            other = child.processId();
            QTRY_VERIFY_WITH_TIMEOUT(ownerOf(view, other) == 65534, 20000);
        }
        QVERIFY(view->selectPid(other));
        QVERIFY(!view->endAction()->isEnabled());
        QVERIFY(!view->killAction()->isEnabled());
        QVERIFY2(view->endAction()->toolTip().contains(QLatin1String("only your own processes")),
                 qPrintable(view->endAction()->toolTip()));
        QVERIFY(view->copyPidAction()->isEnabled());
        QTest::keyClick(view->tableView(), Qt::Key_Delete);
        QVERIFY(!view->signalQuestion()); // nothing to confirm: the action is off
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished();
        }
    }

    void createCheckFromProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        GuiSession session(everyProcess(), QStringLiteral("/"), path, QString(),
                           dir.filePath(QStringLiteral("data")));
        session.start(false);
        session.window()->showProcesses();
        ProcessesView *view = session.window()->processesView();
        const qint64 self = QCoreApplication::applicationPid();
        QTRY_VERIFY_WITH_TIMEOUT(listed(view, self), 20000);
        QVERIFY(view->selectPid(self));
        const QString name = view->model()->processAt(view->model()->rowOfPid(self)).name;
        view->createCheckAction()->trigger();

        auto *settings = session.window()->findChild<SettingsDialog *>();
        QVERIFY(settings);
        QTRY_VERIFY(settings->findChild<CheckEditorDialog *>());
        auto *editor = settings->findChild<CheckEditorDialog *>();
        QCOMPARE(editor->check().type, CheckType::Process);
        QCOMPARE(editor->check().process.name, name);
        QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().join(u'|')));
        editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        settings->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QCOMPARE(session.engine()->config().checks.size(), 1);
        QCOMPARE(session.engine()->config().checks.first().process.name, name);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        const ConfigResult saved = ConfigFile::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved.config.checks.size(), 1);
        QCOMPARE(saved.config.checks.first().type, CheckType::Process);
    }
};

QTEST_MAIN(TestProcessesView)
#include "tst_processesview.moc"
