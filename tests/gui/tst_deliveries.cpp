// The Deliveries tab: DeliveryModel under QAbstractItemModelTester (in-place updates keep the
// selection, relative times, error texts) and DeliveriesView offscreen (empty states, filters,
// Retry now / Discard with confirmation, what each state allows).
#include "FakeClock.h"
#include "WidgetTestHelpers.h"

#include "notify/DeliveriesView.h"
#include "notify/DeliveryModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace vigil;
using namespace std::chrono_literals;
using vigil::test::child;
using vigil::test::typeInto;

namespace {

const FakeClock kClock;

OutboxItem item(qint64 id, OutboxState state, const QString &channel, const QString &summary)
{
    OutboxItem i;
    i.id = id;
    i.state = state;
    i.channel = channel;
    i.summary = summary;
    i.type = ChannelType::Slack;
    i.destination = QStringLiteral("https://hooks.slack.com/…");
    i.createdMs = kClock.nowMs() - 120000;
    i.retrySinceMs = i.createdMs;
    return i;
}

QList<OutboxItem> sample()
{
    OutboxItem pending = item(3, OutboxState::Pending, QStringLiteral("slack"),
                              QStringLiteral("cpu_high firing on desk1"));
    pending.attempts = 2;
    pending.lastStatus = 503;
    pending.lastError = QStringLiteral("Service Unavailable");
    pending.nextAttemptMs = kClock.nowMs() + 12000;
    OutboxItem sent = item(2, OutboxState::Sent, QStringLiteral("ntfy"),
                           QStringLiteral("memory_high resolved on desk1"));
    sent.attempts = 1;
    sent.lastStatus = 200;
    sent.sentMs = kClock.nowMs() - 60000;
    OutboxItem failed = item(1, OutboxState::Failed, QStringLiteral("pagerduty"),
                             QStringLiteral("filesystem_full firing on desk1"));
    failed.attempts = 1;
    failed.lastStatus = 400;
    failed.lastError = QStringLiteral("HTTP 400: rejected by the receiver (not retried)");
    return {pending, sent, failed};
}

QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestDeliveries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTexts()
    {
        DeliveryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.tick(kClock.nowMs());
        model.setItems(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, DeliveryModel::StateColumn), QStringLiteral("pending"));
        QCOMPARE(cell(model, 0, DeliveryModel::NextRetryColumn), QStringLiteral("in 12s"));
        QCOMPARE(cell(model, 0, DeliveryModel::LastErrorColumn),
                 QStringLiteral("HTTP 503: Service Unavailable"));
        QCOMPARE(cell(model, 0, DeliveryModel::AttemptsColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 1, DeliveryModel::LastErrorColumn), QString()); // sent: no error
        QCOMPARE(cell(model, 2, DeliveryModel::NextRetryColumn), QStringLiteral("—"));
        // The status is in the reason already: not repeated.
        QCOMPARE(cell(model, 2, DeliveryModel::LastErrorColumn),
                 QStringLiteral("HTTP 400: rejected by the receiver (not retried)"));
        QCOMPARE(model.count(OutboxState::Pending), 1);
        QCOMPARE(model.count(OutboxState::Failed), 1);
        QCOMPARE(model.index(2, 0).data(DeliveryModel::IdRole).toLongLong(), 1);

        // Time passes: only the relative columns change, nothing is reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(kClock.nowMs() + 13000);
        QCOMPARE(cell(model, 0, DeliveryModel::NextRetryColumn), QStringLiteral("now"));
        QCOMPARE(changed.size(), 1);
        // The same ids with new states update in place; other ids reset.
        QList<OutboxItem> next = sample();
        next[0].state = OutboxState::Sending;
        model.setItems(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cell(model, 0, DeliveryModel::StateColumn), QStringLiteral("sending"));
        next.removeLast();
        model.setItems(next);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void emptyStatesAndFilters()
    {
        DeliveriesView view;
        view.setClock(&kClock);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyStateShown());
        QVERIFY2(view.emptyStateText().contains(QStringLiteral("Settings → Notifications")),
                 qPrintable(view.emptyStateText()));

        view.setItems(sample());
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.summaryText(), QStringLiteral("1 pending · 1 failed · 1 sent"));
        QTableView *table = view.tableView();
        QCOMPARE(table->model()->rowCount(), 3);

        typeInto(child<QLineEdit>(view, "filterLineEdit"), QStringLiteral("REJECTED"));
        QCOMPARE(table->model()->rowCount(), 1); // the last error matches, case-insensitively
        typeInto(child<QLineEdit>(view, "filterLineEdit"), QStringLiteral("no such thing"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.emptyStateText(), QStringLiteral("No deliveries match the filter"));
        typeInto(child<QLineEdit>(view, "filterLineEdit"), QString());

        auto *state = child<QComboBox>(view, "stateComboBox");
        state->setCurrentIndex(state->findData(int(OutboxState::Pending)));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, DeliveryModel::ChannelColumn).data().toString(),
                 QStringLiteral("slack"));
        state->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 3);

        view.setUnavailable(QStringLiteral("Notifications are off"));
        QVERIFY(view.isEmptyStateShown());
    }

    void retryAndDiscard()
    {
        DeliveriesView view;
        view.setClock(&kClock);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setItems(sample());
        QSignalSpy retry(&view, &DeliveriesView::retryRequested);
        QSignalSpy discard(&view, &DeliveriesView::discardRequested);
        auto *retryButton = child<QPushButton>(view, "retryPushButton");
        auto *discardButton = child<QPushButton>(view, "discardPushButton");
        QVERIFY(!retryButton->isEnabled()); // nothing selected

        QVERIFY(view.selectId(2)); // sent: nothing to retry; discarding loses nothing
        QVERIFY(!retryButton->isEnabled());
        QVERIFY(discardButton->isEnabled());
        view.retrySelected();
        QCOMPARE(retry.size(), 0);
        QTest::mouseClick(discardButton, Qt::LeftButton);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(discard.takeFirst().first().toLongLong(), 2);

        QVERIFY(view.selectId(1)); // failed: Retry now queues it again
        QVERIFY(retryButton->isEnabled());
        QTest::keyClick(view.tableView(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().first().toLongLong(), 1);

        // A pending one is only discarded after the user confirms; Cancel keeps it.
        QVERIFY(view.selectId(3));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_Delete);
        QMessageBox *question = view.discardQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(QLatin1String("cpu_high firing on desk1")));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!view.discardQuestion());
        QCOMPARE(discard.size(), 0);
        QTest::mouseClick(discardButton, Qt::LeftButton);
        QVERIFY(view.discardQuestion());
        view.discardQuestion()->button(QMessageBox::Discard)->click();
        QCOMPARE(discard.size(), 1);
        QCOMPARE(discard.first().first().toLongLong(), 3);

        // A refresh with the same items keeps the selection.
        view.setItems(sample());
        QCOMPARE(view.currentId(), 3);
        QSignalSpy refresh(&view, &DeliveriesView::refreshRequested);
        view.hide();
        view.show();
        QCOMPARE(refresh.size(), 1);
    }
};

QTEST_MAIN(TestDeliveries)
#include "tst_deliveries.moc"
