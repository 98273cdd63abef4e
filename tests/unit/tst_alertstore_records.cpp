#include "storage/AlertRecords.h"

#include <QTest>

using namespace vigil;

// The database format of alert values: codes and JSON are read back by later versions, so they
// are pinned here, not only round-tripped.
class TestAlertStoreRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventKindCodes_data()
    {
        QTest::addColumn<AlertEventKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("pending") << AlertEventKind::Pending << QStringLiteral("pending");
        QTest::newRow("firing") << AlertEventKind::Firing << QStringLiteral("firing");
        QTest::newRow("escalated") << AlertEventKind::Escalated << QStringLiteral("escalated");
        QTest::newRow("deescalated")
            << AlertEventKind::Deescalated << QStringLiteral("deescalated");
        QTest::newRow("repeat") << AlertEventKind::Repeat << QStringLiteral("repeat");
        QTest::newRow("resolved") << AlertEventKind::Resolved << QStringLiteral("resolved");
        QTest::newRow("acknowledged")
            << AlertEventKind::Acknowledged << QStringLiteral("acknowledged");
    }

    void eventKindCodes()
    {
        QFETCH(AlertEventKind, kind);
        QFETCH(QString, code);
        QCOMPARE(records::eventKindCode(kind), code);
        bool ok = false;
        QCOMPARE(records::eventKindFromCode(code, &ok), kind);
        QVERIFY(ok);
    }

    void stateAndSeverityCodes_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("stateCode");
        QTest::addColumn<QString>("severityCode");
        QTest::newRow("0") << 0 << QStringLiteral("inactive") << QStringLiteral("healthy");
        QTest::newRow("1") << 1 << QStringLiteral("pending") << QStringLiteral("warning");
        QTest::newRow("2") << 2 << QStringLiteral("firing") << QStringLiteral("critical");
        QTest::newRow("3") << 3 << QString() << QStringLiteral("unknown");
    }

    void stateAndSeverityCodes()
    {
        QFETCH(int, value);
        QFETCH(QString, stateCode);
        QFETCH(QString, severityCode);
        bool ok = false;
        if (!stateCode.isNull()) {
            const auto state = static_cast<AlertState>(value);
            QCOMPARE(records::stateCode(state), stateCode);
            QCOMPARE(records::stateFromCode(stateCode, &ok), state);
            QVERIFY(ok);
        }
        const auto severity = static_cast<Severity>(value);
        QCOMPARE(records::severityCode(severity), severityCode);
        ok = false;
        QCOMPARE(records::severityFromCode(severityCode, &ok), severity);
        QVERIFY(ok);
    }

    void unknownCodesAreReported()
    {
        bool ok = true;
        records::eventKindFromCode(QStringLiteral("Firing"), &ok);
        QVERIFY(!ok);
        ok = true;
        records::stateFromCode(QString(), &ok);
        QVERIFY(!ok);
        ok = true;
        QCOMPARE(records::severityFromCode(QStringLiteral("fatal"), &ok), Severity::Unknown);
        QVERIFY(!ok);
    }

    void labelsJson_data()
    {
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<QString>("json");
        QTest::newRow("none") << Labels{} << QStringLiteral("{}");
        QTest::newRow("plain") << Labels{{QStringLiteral("alertname"), QStringLiteral("cpu")},
                                         {QStringLiteral("cpu"), QStringLiteral("total")}}
                               << QStringLiteral("{\"alertname\":\"cpu\",\"cpu\":\"total\"}");
        QTest::newRow("quotes, backslash, newline, unicode")
            << Labels{{QStringLiteral("mount"), QStringLiteral("/m/\"ü\"\\\n😀")}}
            << QStringLiteral("{\"mount\":\"/m/\\\"ü\\\"\\\\\\n😀\"}");
    }

    void labelsJson()
    {
        QFETCH(Labels, labels);
        QFETCH(QString, json);
        QCOMPARE(records::labelsToJson(labels), json);
        bool ok = false;
        QCOMPARE(records::labelsFromJson(json, &ok), labels);
        QVERIFY(ok);
    }

    void labelsFromJsonSortsAndRejectsGarbage()
    {
        bool ok = false;
        const Labels labels =
            records::labelsFromJson(QStringLiteral("{\"b\":\"2\",\"a\":\"1\"}"), &ok);
        QVERIFY(ok);
        QCOMPARE(labels, (Labels{{QStringLiteral("a"), QStringLiteral("1")},
                                 {QStringLiteral("b"), QStringLiteral("2")}}));
        records::labelsFromJson(QStringLiteral("[1,2]"), &ok);
        QVERIFY(!ok);
        records::labelsFromJson(QStringLiteral("{\"a\":"), &ok);
        QVERIFY(!ok);
    }

    void matchersJson_data()
    {
        QTest::addColumn<LabelMatcher::Op>("op");
        QTest::addColumn<bool>("isRegex");
        QTest::addColumn<bool>("isEqual");
        QTest::newRow("=") << LabelMatcher::Op::Equal << false << true;
        QTest::newRow("!=") << LabelMatcher::Op::NotEqual << false << false;
        QTest::newRow("=~") << LabelMatcher::Op::Regex << true << true;
        QTest::newRow("!~") << LabelMatcher::Op::NotRegex << true << false;
    }

    void matchersJson()
    {
        QFETCH(LabelMatcher::Op, op);
        QFETCH(bool, isRegex);
        QFETCH(bool, isEqual);
        const QList<LabelMatcher> matchers{
            {QStringLiteral("mount"), op, QStringLiteral("/media/\"ü\".*")}};
        const QString json = records::matchersToJson(matchers);
        const QString expected = QStringLiteral("[{\"isEqual\":%1,\"isRegex\":%2,\"name\":"
                                                "\"mount\",\"value\":\"/media/\\\"ü\\\".*\"}]")
                                     .arg(isEqual ? QLatin1String("true") : QLatin1String("false"),
                                          isRegex ? QLatin1String("true") : QLatin1String("false"));
        QCOMPARE(json, expected);
        bool ok = false;
        QCOMPARE(records::matchersFromJson(json, &ok), matchers);
        QVERIFY(ok);
    }

    void matchesQuery_data()
    {
        QTest::addColumn<EventQuery>("query");
        QTest::addColumn<bool>("matches");
        EventQuery q;
        QTest::newRow("empty query") << q << true;
        q.fromMs = 1000;
        q.toMs = 1000;
        QTest::newRow("time bounds inclusive") << q << true;
        q.fromMs = 1001;
        QTest::newRow("before from") << q << false;
        q = EventQuery();
        q.toMs = 999;
        QTest::newRow("after to") << q << false;
        q = EventQuery();
        q.severities = {Severity::Critical};
        QTest::newRow("severity is toSeverity") << q << true;
        q.severities = {Severity::Warning};
        QTest::newRow("fromSeverity does not count") << q << false;
        q = EventQuery();
        q.kinds = {AlertEventKind::Resolved, AlertEventKind::Escalated};
        QTest::newRow("kind") << q << true;
        q.kinds = {AlertEventKind::Firing};
        QTest::newRow("other kind") << q << false;
        q = EventQuery();
        q.text = QStringLiteral("DISK_full");
        QTest::newRow("rule, case-insensitive") << q << true;
        q.text = QStringLiteral("straße");
        QTest::newRow("summary, unicode") << q << true;
        q.text = QStringLiteral("ÉTÉ");
        QTest::newRow("label value, unicode case") << q << true;
        q.text = QStringLiteral("mount");
        QTest::newRow("label name is not searched") << q << false;
    }

    void matchesQuery()
    {
        QFETCH(EventQuery, query);
        QFETCH(bool, matches);
        AlertEvent e;
        e.timeMs = 1000;
        e.kind = AlertEventKind::Escalated;
        e.rule = QStringLiteral("disk_full");
        e.labels = {{QStringLiteral("mount"), QStringLiteral("/media/été")}};
        e.fromSeverity = Severity::Warning;
        e.toSeverity = Severity::Critical;
        e.summary = QStringLiteral("Disk in Straße 9");
        QCOMPARE(records::matchesQuery(e, query), matches);
    }
};

QTEST_GUILESS_MAIN(TestAlertStoreRecords)
#include "tst_alertstore_records.moc"
