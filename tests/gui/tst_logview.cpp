// The Log tab: LogModel over a RecentLog, LogFilterProxy, and LogView's level filter, search
// (Ctrl+F), follow mode, "Open Log Folder" and empty state, offscreen.
#include "MainWindow.h"
#include "WidgetTestHelpers.h"
#include "engine/Engine.h"
#include "log/LogFilterProxy.h"
#include "log/LogModel.h"
#include "log/LogView.h"
#include "log/RecentLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace vigil;
using vigil::test::child;

namespace {

LogEntry entry(int n, LogLevel level = LogLevel::Info, const QJsonObject &fields = {})
{
    LogEntry e;
    e.timeMs = 1796722401000 + n;
    e.level = level;
    e.category = QStringLiteral("vigil.checks");
    e.message = QStringLiteral("message %1").arg(n);
    e.fields = fields;
    return e;
}

QList<LogEntry> entries(int from, int count)
{
    QList<LogEntry> out;
    for (int i = from; i < from + count; ++i)
        out.append(entry(i, LogLevel(i % 4)));
    return out;
}

// The mnemonic letter of a "&Text" label, lower-cased; 0 when it has none.
QChar mnemonic(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelAndProxyUnderTheTester()
    {
        RecentLog tail(50);
        tail.append(entries(0, 10));
        LogModel model;
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTail(&tail);
        QCOMPARE(model.rowCount(), 10);
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tail.append(entries(10, 30));
        QCOMPARE(model.rowCount(), 40);
        // Past the tail's capacity the oldest rows go.
        tail.append(entries(40, 25));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.entry(0).message, QStringLiteral("message 15"));
        QCOMPARE(model.entry(49).message, QStringLiteral("message 64"));
        tail.append(entries(100, 80)); // more than the capacity in one batch
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.entry(0).message, QStringLiteral("message 130"));
        proxy.setMinimumLevel(int(LogLevel::Warning));
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(LogModel::LevelRole).toInt() >=
                    int(LogLevel::Warning));
        proxy.setText(QStringLiteral("message 17"));
        QCOMPARE(proxy.rowCount(), 6); // the warnings and errors among 170…179
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, LogModel::MessageColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("message 17")));
        model.setTail(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsShowTimeLevelCategoryMessageAndFields()
    {
        RecentLog tail;
        tail.append(
            {entry(1, LogLevel::Error, {{QStringLiteral("check"), QStringLiteral("api")}})});
        LogModel model;
        model.setTail(&tail);
        QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(),
                 QStringLiteral("vigil.checks"));
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("message 1  [check=api]"));
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(model.index(0, LogModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("check=api")));
        QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Message"));
    }

    void levelFilterAndSearch()
    {
        RecentLog tail;
        tail.append({entry(1, LogLevel::Debug), entry(2, LogLevel::Info),
                     entry(3, LogLevel::Warning,
                           {{QStringLiteral("fingerprint"), QStringLiteral("c6b314f6")}}),
                     entry(4, LogLevel::Error)});
        LogView view;
        view.setTail(&tail);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Info and above by default: the debug line is hidden.
        QCOMPARE(view.proxy()->rowCount(), 3);
        auto *level = child<QComboBox>(view, "levelComboBox");
        level->setCurrentIndex(level->findData(int(LogLevel::Warning)));
        QCOMPARE(view.proxy()->rowCount(), 2);
        level->setCurrentIndex(level->findData(int(LogLevel::Debug)));
        QCOMPARE(view.proxy()->rowCount(), 4);
        QCOMPARE(child<QLabel>(view, "countLabel")->text(), QStringLiteral("4 entries"));

        // Ctrl+F goes to the search; a field value is found.
        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(view, "searchLineEdit");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("C6B314"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(view.proxy()->index(0, LogModel::LevelColumn).data().toString(),
                 QStringLiteral("Warning"));
        QCOMPARE(child<QLabel>(view, "countLabel")->text(), QStringLiteral("1 of 4 entries"));
        QVERIFY(!view.isEmptyStateShown());
        QTest::keyClicks(search, QStringLiteral("nothing like this"));
        QCOMPARE(view.proxy()->rowCount(), 0);
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.emptyStateText(), QStringLiteral("No entries match the level and search."));
    }

    void emptyStateBeforeAnything()
    {
        RecentLog tail;
        LogView view;
        view.setTail(&tail);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.emptyStateText(), QStringLiteral("Nothing has been logged yet."));
        tail.append({entry(1)});
        QVERIFY(!view.isEmptyStateShown());
    }

    void followKeepsTheNewestInViewUntilTheUserScrollsUp()
    {
        RecentLog tail;
        LogView view;
        view.setTail(&tail);
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.tableView()->verticalScrollBar();
        QVERIFY(view.isFollowing());
        tail.append(entries(0, 200));
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        tail.append(entries(200, 50));
        QTRY_COMPARE(bar->value(), bar->maximum());

        // The user picks the newest row and pages up: follow turns off and stays off.
        view.tableView()->setFocus();
        view.tableView()->setCurrentIndex(view.proxy()->index(view.proxy()->rowCount() - 1, 0));
        QTest::keyClick(view.tableView(), Qt::Key_PageUp);
        QTRY_VERIFY(!view.isFollowing());
        QVERIFY(!child<QCheckBox>(view, "followCheckBox")->isChecked());
        const int held = bar->value();
        QVERIFY(held < bar->maximum());
        tail.append(entries(250, 50));
        QTest::qWait(50); // let any (wrong) scroll happen
        QCOMPARE(bar->value(), held);

        // The mouse wheel upwards, after re-enabling: off again.
        child<QCheckBox>(view, "followCheckBox")->setChecked(true);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QWidget *viewport = view.tableView()->viewport();
        const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QTRY_VERIFY(!view.isFollowing());

        // Turning it back on with the keyboard (Alt+W) jumps to the newest.
        QTest::keyClick(&view, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(view.isFollowing());
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void openFolderAsksForTheLogDirectory()
    {
        LogView view;
        auto *button = child<QPushButton>(view, "openFolderPushButton");
        view.setLogDirectory(QStringLiteral("/tmp/vigil-data/logs"));
        QVERIFY(button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("/tmp/vigil-data/logs")));
        QSignalSpy spy(&view, &LogView::openFolderRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/tmp/vigil-data/logs"));
    }

    void logTabHasAnUnclashingMnemonic()
    {
        Engine engine{Config()};
        MainWindow window(engine);
        QVERIFY(window.logView());
        auto *tabs = child<QTabWidget>(window, "mainTabWidget");
        const int index = tabs->indexOf(window.logView()->parentWidget());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), QStringLiteral("&Log"));
        // No other tab, and no menu, uses Alt+L.
        for (int i = 0; i < tabs->count(); ++i) {
            if (i != index)
                QVERIFY2(mnemonic(tabs->tabText(i)) != u'l', qPrintable(tabs->tabText(i)));
        }
        for (const QAction *menu : window.menuBar()->actions())
            QVERIFY2(mnemonic(menu->text()) != u'l', qPrintable(menu->text()));
        // Inside the Log tab, the view's own mnemonics clash with neither.
        QSet<QChar> seen;
        for (const QString &text :
             {child<QLabel>(*window.logView(), "levelLabel")->text(),
              child<QCheckBox>(*window.logView(), "followCheckBox")->text(),
              child<QPushButton>(*window.logView(), "openFolderPushButton")->text()}) {
            const QChar m = mnemonic(text);
            QVERIFY2(!m.isNull(), qPrintable(text));
            QVERIFY2(!seen.contains(m), qPrintable(text));
            seen.insert(m);
            for (int i = 0; i < tabs->count(); ++i)
                QVERIFY2(mnemonic(tabs->tabText(i)) != m, qPrintable(text));
            for (const QAction *menu : window.menuBar()->actions())
                QVERIFY2(mnemonic(menu->text()) != m, qPrintable(text));
        }
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
