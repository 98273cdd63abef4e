#include "FakeClock.h"
#include "alerts/SilenceDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUuid>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::SilenceDialog::Duration)

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

Alert diskAlert()
{
    Alert a;
    a.fingerprint = QStringLiteral("cd60049f58ee5339");
    a.rule = QStringLiteral("filesystem_full");
    a.labels = {{QStringLiteral("alertname"), a.rule},
                {QStringLiteral("device"), QStringLiteral("/dev/vda1")},
                {QStringLiteral("mount"), QStringLiteral("/")}};
    a.state = AlertState::Firing;
    return a;
}

LabelMatcher eq(const char *name, const char *value)
{
    return {QLatin1String(name), LabelMatcher::Op::Equal, QString::fromUtf8(value)};
}

QPushButton *okButton(const SilenceDialog &d)
{
    return d.findChild<QDialogButtonBox *>(QStringLiteral("silenceButtonBox"))
        ->button(QDialogButtonBox::Ok);
}

QLabel *reasonLabel(const SilenceDialog &d)
{
    return d.findChild<QLabel *>(QStringLiteral("reasonLabel"));
}

void typeComment(SilenceDialog &d, const QString &text)
{
    auto *edit = d.findChild<QPlainTextEdit *>(QStringLiteral("commentPlainTextEdit"));
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSilenceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "alice");
    }

    void prefillsMatchersFromTheAlert()
    {
        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        const QList<SilenceDialog::MatcherRow> rows = d.matcherRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).matcher, eq("alertname", "filesystem_full"));
        QCOMPARE(rows.at(1).matcher, eq("device", "/dev/vda1"));
        QCOMPARE(rows.at(2).matcher, eq("mount", "/"));
        for (const auto &r : rows)
            QVERIFY(r.included);
        // Without a comment the dialog says why OK is off.
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(!reasonLabel(d)->isHidden());
        QVERIFY(reasonLabel(d)->text().contains(QStringLiteral("comment")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QList<bool>>("included");
        QTest::addColumn<QString>("extraName"); // an extra matcher row, "" for none
        QTest::addColumn<int>("extraOp");
        QTest::addColumn<QString>("extraValue");
        QTest::addColumn<qint64>("untilFromNow"); // 0: one hour, else Until now + this
        QTest::addColumn<QString>("error");       // expected reason, "" when valid
        const QList<bool> all{true, true, true};
        const QList<bool> none{false, false, false};
        QTest::newRow("valid") << "backup" << all << "" << 0 << "" << 0LL << "";
        QTest::newRow("blank comment") << "   " << all << "" << 0 << "" << 0LL
                                       << "Enter a comment: why are these alerts silenced?";
        QTest::newRow("no matcher")
            << "backup" << none << "" << 0 << "" << 0LL << "Include at least one matcher.";
        QTest::newRow("only mount")
            << "backup" << QList<bool>{false, false, true} << "" << 0 << "" << 0LL << "";
        QTest::newRow("matches everything")
            << "backup" << none << "mount" << int(LabelMatcher::Op::Regex) << ".*" << 0LL
            << "At least one matcher must require a value (such as alertname = …); otherwise "
               "the silence would mute every alert.";
        QTest::newRow("bad regex")
            << "backup" << all << "device" << int(LabelMatcher::Op::Regex) << "(sda" << 0LL
            << "The regular expression for “device” is invalid: missing "
               "closing parenthesis.";
        QTest::newRow("bad label name")
            << "backup" << all << "1st" << 0 << "x" << 0LL << "“1st” is not a valid label name.";
        QTest::newRow("empty label name")
            << "backup" << all << "" << 0 << "x" << 0LL << "A matcher has no label name.";
        QTest::newRow("until in the past") << "backup" << all << "" << 0 << "" << -2 * kMinute
                                           << "The end time must be in the future.";
        QTest::newRow("until in the future") << "backup" << all << "" << 0 << "" << 3 * kHour << "";
    }

    void validation()
    {
        QFETCH(QString, comment);
        QFETCH(QList<bool>, included);
        QFETCH(QString, extraName);
        QFETCH(int, extraOp);
        QFETCH(QString, extraValue);
        QFETCH(qint64, untilFromNow);
        QFETCH(QString, error);

        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeComment(d, comment);
        for (int i = 0; i < included.size(); ++i)
            d.setMatcherIncluded(i, included.at(i));
        if (!extraName.isEmpty() || !extraValue.isEmpty())
            d.addMatcherRow({true, {extraName, LabelMatcher::Op(extraOp), extraValue}});
        if (untilFromNow != 0) {
            auto *until = d.findChild<QRadioButton *>(QStringLiteral("untilRadioButton"));
            QTest::mouseClick(until, Qt::LeftButton, {}, QPoint(8, until->height() / 2));
            QVERIFY(until->isChecked());
            d.setUntil(clock.nowMs() + untilFromNow);
        }
        QCOMPARE(d.validationError(), error);
        QCOMPARE(okButton(d)->isEnabled(), error.isEmpty());
        QCOMPARE(reasonLabel(d)->isVisible(), !error.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(reasonLabel(d)->text(), error);

        // accept() refuses an invalid silence even when called directly.
        d.accept();
        QCOMPARE(d.result() == QDialog::Accepted, error.isEmpty());
    }

    void producesTheSilence_data()
    {
        QTest::addColumn<SilenceDialog::Duration>("duration");
        QTest::addColumn<qint64>("expectedLength");
        QTest::newRow("1 h") << SilenceDialog::Duration::OneHour << kHour;
        QTest::newRow("4 h") << SilenceDialog::Duration::FourHours << 4 * kHour;
        QTest::newRow("1 day") << SilenceDialog::Duration::OneDay << 24 * kHour;
    }

    void producesTheSilence()
    {
        QFETCH(SilenceDialog::Duration, duration);
        QFETCH(qint64, expectedLength);
        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        d.setMatcherIncluded(1, false); // every device mounted at /
        d.setDuration(duration);
        typeComment(d, QStringLiteral("  resizing the disk  "));
        QVERIFY(okButton(d)->isEnabled());
        clock.advance(std::chrono::seconds(30)); // the end counts from pressing OK
        const Silence s = d.silence();
        QCOMPARE(s.matchers,
                 (QList<LabelMatcher>{eq("alertname", "filesystem_full"), eq("mount", "/")}));
        QCOMPARE(s.startsAtMs, clock.nowMs());
        QCOMPARE(s.endsAtMs, clock.nowMs() + expectedLength);
        QCOMPARE(s.comment, QStringLiteral("resizing the disk"));
        QCOMPARE(s.createdBy, QStringLiteral("alice"));
        QVERIFY(!QUuid::fromString(s.id).isNull());
        QVERIFY(s.isActive(clock.nowMs()));
    }

    void untilUsesTheChosenMinute()
    {
        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        typeComment(d, QStringLiteral("maintenance window"));
        d.setDuration(SilenceDialog::Duration::Until);
        const qint64 until = clock.nowMs() + 26 * kHour + 17 * kMinute;
        d.setUntil(until + 42000); // seconds are not shown, so not used
        QCOMPARE(d.silence().endsAtMs, until);
        QCOMPARE(d.findChild<QDateTimeEdit *>(QStringLiteral("untilDateTimeEdit"))
                     ->dateTime()
                     .toMSecsSinceEpoch(),
                 until);
    }

    void editedMatchersAreUsed()
    {
        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        typeComment(d, QStringLiteral("all of vda"));
        auto *table = d.findChild<QTableWidget *>(QStringLiteral("matchersTableWidget"));
        table->item(1, 2)->setText(QStringLiteral("/dev/vda.*"));
        auto *op = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        QVERIFY(op);
        op->setCurrentIndex(2); // =~
        d.setMatcherIncluded(2, false);
        QVERIFY(okButton(d)->isEnabled());
        QCOMPARE(d.silence().matchers,
                 (QList<LabelMatcher>{eq("alertname", "filesystem_full"),
                                      {QStringLiteral("device"), LabelMatcher::Op::Regex,
                                       QStringLiteral("/dev/vda.*")}}));
    }

    void endInThePastDisablesOkAsTimePasses()
    {
        FakeClock clock;
        SilenceDialog d;
        d.setClock(&clock);
        d.setAlert(diskAlert());
        typeComment(d, QStringLiteral("short one"));
        d.setDuration(SilenceDialog::Duration::Until);
        d.setUntil(clock.nowMs() + 2 * kMinute);
        QVERIFY(okButton(d)->isEnabled());
        clock.advance(std::chrono::minutes(3));
        // The dialog re-checks every second while open.
        QTRY_VERIFY_WITH_TIMEOUT(!okButton(d)->isEnabled(), 3000);
        QCOMPARE(reasonLabel(d)->text(), QStringLiteral("The end time must be in the future."));
    }
};

QTEST_MAIN(TestSilenceDialog)
#include "tst_silencedialog.moc"
