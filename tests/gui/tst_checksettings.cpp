// The Checks settings page and the check editor: inline validation, adding a check to the
// configuration, and the Test button through a real Engine::testCheck round trip.
#include "config/Config.h"
#include "engine/Engine.h"
#include "settings/CheckEditorDialog.h"
#include "settings/CheckTableModel.h"
#include "settings/ChecksSettingsPage.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using namespace vigil;

namespace {

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

QPushButton *okButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

void chooseType(const CheckEditorDialog &editor, CheckType type)
{
    auto *combo = child<QComboBox>(editor, "typeComboBox");
    combo->setCurrentIndex(combo->findData(int(type)));
}

void fillTcp(const CheckEditorDialog &editor, const QString &name, quint16 port)
{
    typeInto(child<QLineEdit>(editor, "nameLineEdit"), name);
    chooseType(editor, CheckType::Tcp);
    typeInto(child<QLineEdit>(editor, "tcpHostLineEdit"), QStringLiteral("127.0.0.1"));
    typeInto(child<QSpinBox>(editor, "tcpPortSpinBox"), QString::number(port));
    typeInto(child<QLineEdit>(editor, "intervalLineEdit"), QStringLiteral("5s"));
}

CheckSpec fullHttp()
{
    CheckSpec s;
    s.name = QStringLiteral("api");
    s.intervalMs = 30000;
    s.timeoutMs = 2500;
    s.retries = 3;
    s.recoverAfter = 2;
    s.http.url = QStringLiteral("https://api.example/health");
    s.http.method = QStringLiteral("HEAD");
    s.http.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer x: y")},
                      {QStringLiteral("X-Env"), QStringLiteral("prod")}};
    s.http.expectStatus = {{200, 299}, {304, 304}};
    s.http.keyword = QStringLiteral("ok");
    s.http.bodyRegex = QStringLiteral("\"up\":\\s*true");
    s.http.jsonField = QStringLiteral("checks.db.status");
    s.http.jsonEquals = QStringLiteral("pass");
    s.http.degradedLatencyMs = 750;
    s.http.certWarningDays = 21;
    s.http.certCriticalDays = 7;
    s.http.verifyTls = false;
    s.http.maxRedirects = 2; // not in the form: kept as given
    return s;
}

} // namespace

class TestCheckSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void invalidUrlDisablesOkAndNamesTheField()
    {
        CheckEditorDialog editor;
        editor.setCheck(fullHttp());
        editor.show();
        QVERIFY(okButton(editor)->isEnabled());
        auto *url = child<QLineEdit>(editor, "httpUrlLineEdit");
        auto *problems = child<QLabel>(editor, "problemsLabel");

        typeInto(url, QStringLiteral("not a url"));
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(!child<QPushButton>(editor, "testPushButton")->isEnabled());
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("URL:")), qPrintable(problems->text()));
        QVERIFY(url->toolTip().contains(QLatin1String("not an http:// or https:// URL")));
        QCOMPARE(editor.problems().size(), 1);

        typeInto(url, QStringLiteral("http://localhost:8080/health"));
        QVERIFY(okButton(editor)->isEnabled());
        QVERIFY(!problems->isVisible());
        QVERIFY(!url->toolTip().contains(QLatin1String("not an http")));
        QCOMPARE(editor.check().http.url, QStringLiteral("http://localhost:8080/health"));
    }

    void fieldErrorsAndDuplicateNames()
    {
        CheckEditorDialog editor;
        editor.setTakenNames({QStringLiteral("db")});
        editor.setCheck(fullHttp());
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("db"));
        QVERIFY(!okButton(editor)->isEnabled());
        QVERIFY(editor.problems().join(u'\n').contains(QLatin1String("another check")));
        typeInto(child<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("db2"));
        QVERIFY(okButton(editor)->isEnabled());

        typeInto(child<QLineEdit>(editor, "intervalLineEdit"), QStringLiteral("soon"));
        QVERIFY(editor.problems().join(u'\n').startsWith(QLatin1String("Interval:")));
        typeInto(child<QLineEdit>(editor, "intervalLineEdit"), QStringLiteral("2m"));
        typeInto(child<QLineEdit>(editor, "httpExpectedStatusLineEdit"), QStringLiteral("2xx"));
        QVERIFY(editor.problems().join(u'\n').startsWith(QLatin1String("Expected status:")));
        typeInto(child<QLineEdit>(editor, "httpExpectedStatusLineEdit"), QStringLiteral("200"));
        child<QPlainTextEdit>(editor, "httpHeadersPlainTextEdit")
            ->setPlainText(QStringLiteral("no colon here"));
        QVERIFY(editor.problems().join(u'\n').startsWith(QLatin1String("Headers:")));
        child<QPlainTextEdit>(editor, "httpHeadersPlainTextEdit")->clear();
        QVERIFY(okButton(editor)->isEnabled());
        QCOMPARE(editor.check().intervalMs, Q_INT64_C(120000));

        chooseType(editor, CheckType::File); // a file check needs an absolute path
        QVERIFY(editor.problems().join(u'\n').startsWith(QLatin1String("Path:")));
        typeInto(child<QLineEdit>(editor, "filePathLineEdit"), QStringLiteral("/var/backups/x"));
        typeInto(child<QLineEdit>(editor, "fileMaxSizeLineEdit"), QStringLiteral("2 GiB"));
        QVERIFY(okButton(editor)->isEnabled());
        QCOMPARE(editor.check().file.maxSizeBytes, Q_INT64_C(2) * 1024 * 1024 * 1024);
        QCOMPARE(editor.check().file.maxAgeMs, Q_INT64_C(0));
    }

    void everyHttpFieldRoundTrips()
    {
        CheckEditorDialog editor;
        editor.setCheck(fullHttp());
        QVERIFY(editor.problems().isEmpty());
        QCOMPARE(editor.check(), fullHttp());
        QCOMPARE(child<QLineEdit>(editor, "httpExpectedStatusLineEdit")->text(),
                 QStringLiteral("200-299, 304"));

        CheckSpec log;
        log.name = QStringLiteral("app-log");
        log.type = CheckType::Log;
        log.log.path = QStringLiteral("/var/log/app.log");
        log.log.minLevel = QStringLiteral("warn"); // not in the list: kept
        log.log.maxPerMinute = 2.5;
        editor.setCheck(log);
        QCOMPARE(editor.check(), log);
    }

    void modelUnderTester()
    {
        CheckTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks({fullHttp()});
        CheckSpec copy = fullHttp();
        copy.name = model.uniqueName(copy.name);
        QCOMPARE(copy.name, QStringLiteral("api-2"));
        model.insertCheck(1, copy);
        QVERIFY(model.problems().isEmpty());
        copy.name = QStringLiteral("api");
        model.setCheck(1, copy);
        QCOMPARE(model.problems().size(), 1); // one sentence for both namesakes
        QVERIFY(model.problem(0).contains(QLatin1String("more than one check")));
        QCOMPARE(model.problem(1), model.problem(0));
        QVERIFY(model.setData(model.index(0, CheckTableModel::EnabledColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(!model.check(0).enabled);
        model.removeCheck(1);
        QVERIFY(model.problems().isEmpty());
    }

    void addTcpCheckOnThePage()
    {
        SettingsDialog dialog(Config{});
        dialog.show();
        ChecksSettingsPage *page = dialog.checksPage();
        QVERIFY(page);
        dialog.showPage(page);
        QCOMPARE(child<QTabWidget>(dialog, "pagesTabWidget")->currentWidget(), page);

        QTest::mouseClick(child<QPushButton>(*page, "addCheckPushButton"), Qt::LeftButton);
        CheckEditorDialog *editor = page->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(!okButton(*editor)->isEnabled()); // a new HTTP check without a URL
        fillTcp(*editor, QStringLiteral("postgres"), 5432);
        QVERIFY2(okButton(*editor)->isEnabled(), qPrintable(editor->problems().join(u'\n')));
        QTest::mouseClick(okButton(*editor), Qt::LeftButton);
        QTRY_VERIFY(!page->editor());

        QCOMPARE(dialog.config().checks.size(), 1);
        const CheckSpec added = dialog.config().checks.first();
        QCOMPARE(added.name, QStringLiteral("postgres"));
        QCOMPARE(added.type, CheckType::Tcp);
        QCOMPARE(added.tcp.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(added.tcp.port, 5432);
        QCOMPARE(added.intervalMs, Q_INT64_C(5000));
        QVERIFY(dialog.problems().isEmpty());

        QSignalSpy accepted(&dialog, &SettingsDialog::configAccepted);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().value<Config>().checks, dialog.config().checks);

        // Edit by name (the Checks tab's "Edit…"), and a rename onto a taken name is refused.
        QVERIFY(page->editCheck(QStringLiteral("postgres")));
        QVERIFY(page->editor());
        QCOMPARE(page->editor()->check(), added);
        page->editor()->reject();
        QVERIFY(!page->editCheck(QStringLiteral("nope")));
    }

    void testButtonRunsThroughTheEngine()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Engine engine(Config{});
        engine.setStorageEnabled(false);
        ChecksSettingsPage page;
        connect(&page, &ChecksSettingsPage::testRequested, &engine, &Engine::testCheck);
        connect(&engine, &Engine::checkTestFinished, &page, &ChecksSettingsPage::showTestResult);
        page.show();
        page.addCheck();
        CheckEditorDialog *editor = page.editor();
        QVERIFY(editor);
        fillTcp(*editor, QStringLiteral("local"), server.serverPort());

        auto *test = child<QPushButton>(*editor, "testPushButton");
        auto *busy = child<QProgressBar>(*editor, "testProgressBar");
        QSignalSpy requested(editor, &CheckEditorDialog::testRequested);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(editor->isTesting());
        QVERIFY(!test->isEnabled());
        QVERIFY(busy->isVisible());

        // A stale answer (an earlier request) is ignored.
        const quint64 id = requested.first().first().toULongLong();
        CheckResult stale;
        stale.attemptStatus = CheckStatus::Unhealthy;
        stale.message = QStringLiteral("stale");
        page.showTestResult(id - 1, stale);
        QVERIFY(editor->isTesting());

        QTRY_VERIFY_WITH_TIMEOUT(!editor->isTesting(), 15000);
        const QString text = editor->testResultText();
        QVERIFY2(text.contains(QLatin1String("healthy")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("connected")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("stale")));
        QVERIFY(test->isEnabled());
        QVERIFY(!busy->isVisible());

        // A late repeat of the answer changes nothing either.
        page.showTestResult(id, stale);
        QCOMPARE(editor->testResultText(), text);
    }
};

QTEST_MAIN(TestCheckSettings)
#include "tst_checksettings.moc"
