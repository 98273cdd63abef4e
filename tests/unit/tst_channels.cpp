// Channels in the configuration and the router that decides who hears what, grouped.
#include "config/ConfigFile.h"
#include "notify/Router.h"

#include <QTest>

using namespace vigil;

namespace {

NotifyAlert alert(const QString &fingerprint, Severity severity,
                  AlertEventKind kind = AlertEventKind::Firing, const QString &team = {})
{
    NotifyAlert a;
    a.fingerprint = fingerprint;
    a.rule = QStringLiteral("cpu_high");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("cpu_high")}};
    if (!team.isEmpty())
        a.labels.append({QStringLiteral("team"), team});
    a.severity = severity;
    a.kind = kind;
    return a;
}

ChannelSpec channel(const QString &name, qint64 groupWaitMs = 10000)
{
    ChannelSpec c;
    c.name = name;
    c.type = ChannelType::Webhook;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
    c.groupWaitMs = groupWaitMs;
    return c;
}

QStringList fingerprints(const NotifyMessage &m)
{
    QStringList out;
    for (const NotifyAlert &a : m.alerts)
        out << a.fingerprint;
    return out;
}

} // namespace

class TestChannels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configRoundTrip()
    {
        const QByteArray json =
            "{\"channels\": ["
            "{\"name\": \"ops\", \"type\": \"slack\", \"url\": "
            "\"https://hooks.slack.com/services/T0/B0/XXXX\", \"min_severity\": \"critical\", "
            "\"matchers\": \"team=\\\"infra\\\",env=~\\\"prod.*\\\"\", \"send_resolved\": false, "
            "\"group_wait\": \"30s\"},"
            "{\"name\": \"pd\", \"type\": \"pagerduty\", \"token\": \"R0UTINGKEY\"},"
            "{\"name\": \"hook\", \"type\": \"webhook\", \"url\": \"http://127.0.0.1:8080/in\", "
            "\"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"},"
            "{\"name\": \"phone\", \"type\": \"ntfy\", \"url\": \"https://ntfy.sh/vigil\", "
            "\"priority\": 4}"
            "]}";
        const ConfigResult r = ConfigFile::parse(json);
        QVERIFY2(r.ok() && r.warnings.isEmpty(), qPrintable((r.errors + r.warnings).join(u'\n')));
        QCOMPARE(r.config.channels.size(), 4);
        const ChannelSpec &ops = r.config.channels[0];
        QCOMPARE(ops.type, ChannelType::Slack);
        QCOMPARE(ops.minSeverity, Severity::Critical);
        QCOMPARE(ops.matchers.size(), 2);
        QVERIFY(!ops.sendResolved);
        QCOMPARE(ops.groupWaitMs, qint64(30000));
        QCOMPARE(r.config.channels[1].token, QStringLiteral("R0UTINGKEY"));
        QVERIFY(r.config.channels[1].url.isEmpty()); // the Events API by default
        QCOMPARE(r.config.channels[3].priority, 4);

        const ConfigResult again = ConfigFile::parse(ConfigFile::toJson(r.config));
        QVERIFY2(again.ok() && again.warnings.isEmpty(),
                 qPrintable((again.errors + again.warnings).join(u'\n')));
        QVERIFY(again.config.channels == r.config.channels);
    }

    void problemsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("channel");
        QTest::addColumn<QString>("message");
        QTest::newRow("no url") << QByteArray("{\"name\": \"a\", \"type\": \"slack\"}")
                                << QStringLiteral("channels[0].url: required");
        QTest::newRow("bad url")
            << QByteArray("{\"name\": \"a\", \"type\": \"discord\", \"url\": \"ftp://x/y\"}")
            << QStringLiteral("channels[0].url: not an http:// or https:// URL with a host");
        QTest::newRow("type") << QByteArray("{\"name\": \"a\", \"type\": \"email\"}")
                              << QStringLiteral("channels[0].type: \"email\" is not one of slack, "
                                                "discord, teams, pagerduty, alertmanager, ntfy, "
                                                "gotify, webhook");
        QTest::newRow("routing key") << QByteArray("{\"name\": \"a\", \"type\": \"pagerduty\"}")
                                     << QStringLiteral("channels[0].token: the PagerDuty routing "
                                                       "key is required");
        QTest::newRow("severity")
            << QByteArray("{\"name\": \"a\", \"type\": \"webhook\", \"url\": \"http://h/\", "
                          "\"min_severity\": \"info\"}")
            << QStringLiteral("channels[0].min_severity: \"info\" is not warning or critical");
        QTest::newRow("matchers")
            << QByteArray("{\"name\": \"a\", \"type\": \"webhook\", \"url\": \"http://h/\", "
                          "\"matchers\": \"team==x\"}")
            << QString(); // any message naming the key
    }

    void problemsNameTheirPath()
    {
        QFETCH(QByteArray, channel);
        QFETCH(QString, message);
        const ConfigResult r = ConfigFile::parse("{\"channels\": [" + channel + "]}");
        QVERIFY(r.ok());
        QCOMPARE(r.config.channels.size(), 0);
        QCOMPARE(r.warnings.size(), 1);
        if (message.isEmpty())
            QVERIFY2(r.warnings.first().startsWith(QLatin1String("channels[0].matchers: ")),
                     qPrintable(r.warnings.first()));
        else
            QCOMPARE(r.warnings.first(), message);
        QCOMPARE(ConfigFile::skippedItems(r.warnings), r.warnings);
    }

    void routingFollowsSeverityMatchersAndResolved()
    {
        ChannelSpec critical = channel(QStringLiteral("critical"), 0);
        critical.minSeverity = Severity::Critical;
        ChannelSpec infra = channel(QStringLiteral("infra"), 0);
        infra.matchers = *MatcherSet::parse(u"team=\"infra\"");
        ChannelSpec quiet = channel(QStringLiteral("quiet"), 0);
        quiet.sendResolved = false;
        ChannelSpec off = channel(QStringLiteral("off"), 0);
        off.enabled = false;
        NotificationRouter router;
        router.setChannels({critical, infra, quiet, off});
        router.add({alert(QStringLiteral("w"), Severity::Warning),
                    alert(QStringLiteral("c"), Severity::Critical, AlertEventKind::Firing,
                          QStringLiteral("infra")),
                    alert(QStringLiteral("r"), Severity::Warning, AlertEventKind::Resolved)},
                   1000);
        const QList<NotifyMessage> out = router.takeDue(1000);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[0].channel, QStringLiteral("critical"));
        QCOMPARE(fingerprints(out[0]), QStringList{QStringLiteral("c")});
        QCOMPARE(out[1].channel, QStringLiteral("infra"));
        QCOMPARE(fingerprints(out[1]), QStringList{QStringLiteral("c")});
        QCOMPARE(out[2].channel, QStringLiteral("quiet"));
        QCOMPARE(fingerprints(out[2]), (QStringList{QStringLiteral("w"), QStringLiteral("c")}));
    }

    void alertsWithinTheWindowGoOutTogether()
    {
        NotificationRouter router;
        router.setChannels({channel(QStringLiteral("hook"), 10000)});
        QCOMPARE(router.nextDueMs(), qint64(-1));
        router.add({alert(QStringLiteral("a"), Severity::Warning)}, 1000);
        QCOMPARE(router.nextDueMs(), qint64(11000));
        router.add({alert(QStringLiteral("b"), Severity::Warning)}, 5000);
        // The same alert again in the window: the newer event replaces the older.
        router.add({alert(QStringLiteral("a"), Severity::Critical, AlertEventKind::Escalated)},
                   9000);
        QVERIFY(router.takeDue(10999).isEmpty());
        const QList<NotifyMessage> out = router.takeDue(11000);
        QCOMPARE(out.size(), 1);
        QCOMPARE(fingerprints(out[0]), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(out[0].alerts[0].kind, AlertEventKind::Escalated);
        QCOMPARE(router.nextDueMs(), qint64(-1));
        router.add({alert(QStringLiteral("c"), Severity::Warning)}, 20000);
        QCOMPARE(router.nextDueMs(), qint64(30000)); // a new window
    }

    void changedChannelsDropTheirWindow()
    {
        NotificationRouter router;
        ChannelSpec c = channel(QStringLiteral("hook"));
        router.setChannels({c});
        router.add({alert(QStringLiteral("a"), Severity::Warning)}, 0);
        router.setChannels({c}); // unchanged: the window stays open
        QCOMPARE(router.nextDueMs(), qint64(10000));
        c.minSeverity = Severity::Critical;
        router.setChannels({c});
        QCOMPARE(router.nextDueMs(), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
