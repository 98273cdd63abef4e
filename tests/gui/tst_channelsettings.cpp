// The Notifications settings page and the channel editor: inline validation (malformed URL,
// unsupported scheme, required tokens, matchers, durations, duplicate names), adding and editing
// a channel, and "Send test notification" through a real Engine::testChannel to
// scripted_receiver.py on 127.0.0.1: a delivered answer and a refused one.
#include "ScriptedReceiver.h"
#include "WidgetTestHelpers.h"

#include "config/Config.h"
#include "engine/Engine.h"
#include "settings/ChannelEditorDialog.h"
#include "settings/ChannelTableModel.h"
#include "settings/NotificationsSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using vigil::test::child;
using vigil::test::okButton;
using vigil::test::typeInto;

namespace {

void chooseType(const ChannelEditorDialog &editor, ChannelType type)
{
    auto *combo = child<QComboBox>(editor, "typeComboBox");
    combo->setCurrentIndex(combo->findData(int(type)));
}

QString problemsOf(const ChannelEditorDialog &editor)
{
    return editor.problems().join(u'\n');
}

} // namespace

class TestChannelSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void badUrlsAreFieldErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("URL: required");
        QTest::newRow("no scheme")
            << QStringLiteral("hooks.slack.com/services/T0")
            << QStringLiteral("URL: not an http:// or https:// URL with a host");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/hook")
                             << QStringLiteral("URL: not an http:// or https:// URL with a host");
        QTest::newRow("malformed") << QStringLiteral("http://exa mple.com:99999/")
                                   << QStringLiteral("URL: not an http:// or https:// URL");
    }

    void badUrlsAreFieldErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        ChannelEditorDialog editor;
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("team"));
        chooseType(editor, ChannelType::Slack);
        typeInto(child<QLineEdit>(editor, "urlLineEdit"), url);
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY2(problemsOf(editor).contains(problem), qPrintable(problemsOf(editor)));
        QVERIFY(!child<QPushButton>(editor, "testPushButton")->isEnabled());
        auto *urlEdit = child<QLineEdit>(editor, "urlLineEdit");
        QVERIFY2(urlEdit->toolTip().contains(QLatin1String("URL")), qPrintable(urlEdit->toolTip()));

        typeInto(urlEdit, QStringLiteral("https://hooks.slack.com/services/T0/B0/x"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(problemsOf(editor)));
    }

    void typeSpecificFields()
    {
        ChannelEditorDialog editor;
        editor.show();
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("pd"));
        chooseType(editor, ChannelType::PagerDuty);
        auto *token = child<QLineEdit>(editor, "tokenLineEdit");
        QVERIFY(token->isVisible());
        QVERIFY(!child<QLineEdit>(editor, "secretLineEdit")->isVisible());
        // PagerDuty's own URL is the default, but the routing key is required.
        QVERIFY2(problemsOf(editor).contains(QLatin1String("routing key is required")),
                 qPrintable(problemsOf(editor)));
        typeInto(token, QStringLiteral("R0UTINGKEY"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(problemsOf(editor)));
        QCOMPARE(editor.channel().token, QStringLiteral("R0UTINGKEY"));

        chooseType(editor, ChannelType::Ntfy);
        auto *priority = child<QSpinBox>(editor, "prioritySpinBox");
        QVERIFY(priority->isVisible());
        QCOMPARE(priority->maximum(), 5);
        chooseType(editor, ChannelType::Webhook);
        QVERIFY(!token->isVisible());
        QVERIFY(child<QLineEdit>(editor, "secretLineEdit")->isVisible());
        QVERIFY(editor.channel().token.isEmpty()); // a hidden field is not saved
        typeInto(child<QLineEdit>(editor, "urlLineEdit"), QStringLiteral("http://127.0.0.1:1/h"));
        typeInto(child<QLineEdit>(editor, "secretLineEdit"), QStringLiteral("whsec_***"));
        QVERIFY2(problemsOf(editor).contains(QLatin1String("must be followed by base64")),
                 qPrintable(problemsOf(editor)));
        typeInto(child<QLineEdit>(editor, "secretLineEdit"),
                 QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(problemsOf(editor)));
    }

    void routingFields()
    {
        ChannelEditorDialog editor;
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("disk-team"));
        typeInto(child<QLineEdit>(editor, "urlLineEdit"), QStringLiteral("http://127.0.0.1:9/x"));
        auto *matchers = child<QLineEdit>(editor, "matchersLineEdit");
        typeInto(matchers, QStringLiteral("alertname=~\"(\""));
        QVERIFY2(problemsOf(editor).contains(QLatin1String("Only alerts matching:")),
                 qPrintable(problemsOf(editor)));
        typeInto(matchers, QStringLiteral("{alertname=~\"disk.*\", mountpoint!=\"/boot\"}"));
        typeInto(child<QLineEdit>(editor, "groupWaitLineEdit"), QStringLiteral("ten seconds"));
        QVERIFY2(problemsOf(editor).contains(QLatin1String("Group window:")),
                 qPrintable(problemsOf(editor)));
        typeInto(child<QLineEdit>(editor, "groupWaitLineEdit"), QStringLiteral("11m"));
        QVERIFY2(problemsOf(editor).contains(QLatin1String("between 0s and 10m")),
                 qPrintable(problemsOf(editor)));
        typeInto(child<QLineEdit>(editor, "groupWaitLineEdit"), QStringLiteral("30s"));
        auto *severity = child<QComboBox>(editor, "severityComboBox");
        severity->setCurrentIndex(severity->findData(int(Severity::Critical)));
        child<QCheckBox>(editor, "sendResolvedCheckBox")->setChecked(false);
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(problemsOf(editor)));

        const ChannelSpec c = editor.channel();
        QCOMPARE(c.matchers.size(), 2);
        QCOMPARE(c.matchers.at(1).name, QStringLiteral("mountpoint"));
        QCOMPARE(c.groupWaitMs, Q_INT64_C(30000));
        QCOMPARE(c.minSeverity, Severity::Critical);
        QVERIFY(!c.sendResolved);

        // What was edited comes back when the editor is opened again.
        ChannelEditorDialog again;
        again.setChannel(c);
        QCOMPARE(again.channel(), c);

        again.setTakenNames({QStringLiteral("disk-team")});
        QVERIFY2(problemsOf(again).contains(QLatin1String("already called")),
                 qPrintable(problemsOf(again)));
    }

    void modelUnderTester()
    {
        ChannelTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChannelSpec a;
        a.name = QStringLiteral("a");
        a.type = ChannelType::Slack;
        a.url = QUrl(QStringLiteral("https://hooks.slack.com/services/T0/B0/SECRET"));
        model.setChannels({a});
        QCOMPARE(model.index(0, ChannelTableModel::DestinationColumn).data().toString(),
                 QStringLiteral("https://hooks.slack.com/…"));
        QVERIFY(
            !model.index(0, 0).data(Qt::DisplayRole).toString().contains(QLatin1String("SECRET")));
        model.insertChannel(1, a); // a duplicate name: both rows say so
        QVERIFY(model.problem(0).contains(QLatin1String("more than one channel")));
        QCOMPARE(model.uniqueName(QStringLiteral("a")), QStringLiteral("a-2"));
        QVERIFY(model.setData(model.index(1, ChannelTableModel::EnabledColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(!model.channel(1).enabled);
        model.removeChannel(1);
        QVERIFY(model.problems().isEmpty());
    }

    void addChannelOnThePage()
    {
        SettingsDialog dialog(Config{});
        dialog.show();
        NotificationsSettingsPage *page = dialog.notificationsPage();
        dialog.showPage(page);
        auto *empty = child<QLabel>(*page, "emptyLabel");
        QVERIFY(empty->isVisible());

        QTest::mouseClick(child<QPushButton>(*page, "addChannelPushButton"), Qt::LeftButton);
        ChannelEditorDialog *editor = page->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(!okButton(*editor)->isEnabled()); // no URL yet
        chooseType(*editor, ChannelType::Discord);
        typeInto(child<QLineEdit>(*editor, "nameLineEdit"), QStringLiteral("ops-discord"));
        typeInto(child<QLineEdit>(*editor, "urlLineEdit"),
                 QStringLiteral("https://discord.com/api/webhooks/1/abc"));
        QVERIFY2(okButton(*editor)->isEnabled(), qPrintable(problemsOf(*editor)));
        QTest::mouseClick(okButton(*editor), Qt::LeftButton);
        QTRY_VERIFY(!page->editor());
        QVERIFY(!empty->isVisible());

        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        const Config saved = accepted.first().first().value<Config>();
        QCOMPARE(saved.channels.size(), 1);
        QCOMPARE(saved.channels.first().type, ChannelType::Discord);
        QCOMPARE(saved.channels.first().name, QStringLiteral("ops-discord"));

        QVERIFY(page->editChannel(QStringLiteral("ops-discord")));
        QCOMPARE(page->editor()->channel(), saved.channels.first());
        page->editor()->reject();
        QVERIFY(!page->editChannel(QStringLiteral("nope")));
    }

    // The GUI test: edit a channel and send a test notification to a local receiver.
    void sendTestNotification_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("delivered") << QStringLiteral("200") << QStringLiteral("Delivered")
                                   << QStringLiteral("The receiver answered HTTP 200 in");
        QTest::newRow("refused") << QStringLiteral("404") << QStringLiteral("Not delivered")
                                 << QStringLiteral("HTTP 404 in");
    }

    void sendTestNotification()
    {
        QFETCH(QString, script);
        QFETCH(QString, status);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        vigil::test::ScriptedReceiver receiver(dir.filePath(QStringLiteral("requests.jsonl")));
        QCOMPARE(receiver.start({QStringLiteral("--script"), script}), QString());

        Engine engine(Config{});
        engine.setStorageEnabled(false);
        NotificationsSettingsPage page;
        connect(&page, &NotificationsSettingsPage::testRequested, &engine, &Engine::testChannel);
        connect(&engine, &Engine::channelTestFinished, &page,
                &NotificationsSettingsPage::showTestResult);
        page.show();
        page.addChannel();
        ChannelEditorDialog *editor = page.editor();
        QVERIFY(editor);
        chooseType(*editor, ChannelType::Webhook);
        typeInto(child<QLineEdit>(*editor, "nameLineEdit"), QStringLiteral("local"));
        typeInto(child<QLineEdit>(*editor, "urlLineEdit"),
                 receiver.url(QStringLiteral("/hook")).toString());

        auto *test = child<QPushButton>(*editor, "testPushButton");
        auto *busy = child<QProgressBar>(*editor, "testProgressBar");
        QSignalSpy requested(editor, &ChannelEditorDialog::testRequested);
        QVERIFY2(test->isEnabled(), qPrintable(problemsOf(*editor)));
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(editor->isTesting());
        QVERIFY(busy->isVisible());
        QVERIFY(!test->isEnabled());

        // An answer to another request is ignored.
        const quint64 id = requested.first().first().toULongLong();
        page.showTestResult(id + 1, 500, 1, QStringLiteral("stale"));
        QVERIFY(editor->isTesting());

        QTRY_VERIFY_WITH_TIMEOUT(!editor->isTesting(), 20000);
        const QString text = editor->testResultText();
        QVERIFY2(text.contains(status), qPrintable(text));
        QVERIFY2(text.contains(detail), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("stale")));
        QVERIFY(!busy->isVisible());
        QVERIFY(test->isEnabled());

        // The receiver got exactly one request: the made-up vigil_test alert as Vigil's JSON.
        const QList<QJsonObject> records = receiver.records(QStringLiteral("/hook"));
        QCOMPARE(records.size(), 1);
        const QString body = records.first().value(QLatin1String("body")).toString();
        QVERIFY2(body.contains(QLatin1String("vigil_test")), qPrintable(body));
        QVERIFY(!QJsonDocument::fromJson(body.toUtf8()).isNull());
    }

    void unreachableReceiverSaysWhy()
    {
        Engine engine(Config{});
        engine.setStorageEnabled(false);
        NotificationsSettingsPage page;
        connect(&page, &NotificationsSettingsPage::testRequested, &engine, &Engine::testChannel);
        connect(&engine, &Engine::channelTestFinished, &page,
                &NotificationsSettingsPage::showTestResult);
        page.addChannel();
        ChannelEditorDialog *editor = page.editor();
        chooseType(*editor, ChannelType::Webhook);
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        typeInto(child<QLineEdit>(*editor, "urlLineEdit"), QStringLiteral("http://127.0.0.1:1/"));
        QTest::mouseClick(child<QPushButton>(*editor, "testPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isTesting(), 20000);
        const QString text = editor->testResultText();
        QVERIFY2(text.contains(QLatin1String("Not delivered")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("no answer after")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(text));
    }

    // Not a check: VIGIL_SCREENSHOT_DIR=docs/screenshots saves the page and the editor, after
    // a real test send to a local receiver.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set VIGIL_SCREENSHOT_DIR to save screenshots");
        QTemporaryDir tmp;
        vigil::test::ScriptedReceiver receiver(tmp.filePath(QStringLiteral("requests.jsonl")));
        QCOMPARE(receiver.start({QStringLiteral("--script"), QStringLiteral("200")}), QString());
        Config config;
        ChannelSpec slack;
        slack.name = QStringLiteral("team-slack");
        slack.type = ChannelType::Slack;
        slack.url = QUrl(QStringLiteral("https://hooks.slack.com/services/T0/B0/SECRET"));
        ChannelSpec pager;
        pager.name = QStringLiteral("on-call");
        pager.type = ChannelType::PagerDuty;
        pager.token = QStringLiteral("R0UTINGKEY");
        pager.minSeverity = Severity::Critical;
        ChannelSpec hook;
        hook.name = QStringLiteral("ci-webhook");
        hook.type = ChannelType::Webhook;
        hook.url = receiver.url(QStringLiteral("/vigil"));
        hook.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        config.channels = {slack, pager, hook};

        Engine engine(Config{});
        engine.setStorageEnabled(false);
        SettingsDialog dialog(config);
        NotificationsSettingsPage *page = dialog.notificationsPage();
        connect(page, &NotificationsSettingsPage::testRequested, &engine, &Engine::testChannel);
        connect(&engine, &Engine::channelTestFinished, page,
                &NotificationsSettingsPage::showTestResult);
        dialog.resize(820, 520);
        dialog.show();
        dialog.showPage(page);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QDir().mkpath(dir));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-notifications.png")));

        QVERIFY(page->editChannel(QStringLiteral("ci-webhook")));
        ChannelEditorDialog *editor = page->editor();
        QTRY_VERIFY(editor->isVisible());
        QTest::mouseClick(child<QPushButton>(*editor, "testPushButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isTesting(), 20000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(editor->grab().save(dir + QStringLiteral("/channel-editor.png")));
        editor->reject();
    }
};

QTEST_MAIN(TestChannelSettings)
#include "tst_channelsettings.moc"
