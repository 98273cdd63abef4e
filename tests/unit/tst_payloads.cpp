#include "notify/Payloads.h"
#include "tst_payloads_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vigil;
using namespace vigil::payloadtest;

Q_DECLARE_METATYPE(vigil::ChannelType)
Q_DECLARE_METATYPE(vigil::NotifyMessage)

namespace {

QJsonDocument parsed(const OutgoingRequest &req)
{
    return QJsonDocument::fromJson(req.body);
}

QJsonObject bodyObject(const OutgoingRequest &req)
{
    return parsed(req).object();
}

} // namespace

// Golden bodies of every channel type (INTEROP.md §2) and the request around them.
class TestPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<ChannelType>("type");
        QTest::addColumn<NotifyMessage>("message");
        QTest::addColumn<QString>("file");
        const QList<ChannelType> types{ChannelType::Slack,        ChannelType::Discord,
                                       ChannelType::Teams,        ChannelType::PagerDuty,
                                       ChannelType::Alertmanager, ChannelType::Ntfy,
                                       ChannelType::Gotify,       ChannelType::Webhook};
        for (const ChannelType type : types) {
            const QString name = channelTypeName(type);
            QTest::addRow("%s-firing", qPrintable(name))
                << type << firingMessage() << name + QStringLiteral("-firing.json");
            QTest::addRow("%s-resolved", qPrintable(name))
                << type << resolvedMessage() << name + QStringLiteral("-resolved.json");
        }
        for (const ChannelType type :
             {ChannelType::Slack, ChannelType::Alertmanager, ChannelType::Webhook}) {
            const QString name = channelTypeName(type);
            QTest::addRow("%s-grouped", qPrintable(name))
                << type << groupedMessage() << name + QStringLiteral("-grouped.json");
        }
    }

    void golden()
    {
        QFETCH(ChannelType, type);
        QFETCH(NotifyMessage, message);
        QFETCH(QString, file);
        const OutgoingRequest req = renderRequest(channel(type), message);

        QJsonParseError error{};
        const QJsonDocument expected = payloadtest::golden(file, &error);
        QVERIFY2(!expected.isNull(), qPrintable(file + QLatin1String(": ") + error.errorString()));
        const QJsonDocument actual = QJsonDocument::fromJson(req.body, &error);
        QVERIFY2(!actual.isNull(), qPrintable(error.errorString()));
        // Serialised once, compactly: no whitespace between tokens.
        QCOMPARE(req.body, actual.toJson(QJsonDocument::Compact));
        if (actual != expected) {
            const QString dir = QStringLiteral(VIGIL_BINARY_DIR "/notify-actual");
            QDir().mkpath(dir);
            QFile out(dir + QLatin1Char('/') + file);
            if (out.open(QIODevice::WriteOnly))
                out.write(actual.toJson(QJsonDocument::Indented));
        }
        QCOMPARE(QString::fromUtf8(actual.toJson(QJsonDocument::Indented)),
                 QString::fromUtf8(expected.toJson(QJsonDocument::Indented)));
    }

    void exactStrings()
    {
        const OutgoingRequest slack = renderRequest(channel(ChannelType::Slack), firingMessage());
        QCOMPARE(bodyObject(slack).value(QLatin1String("text")).toString(),
                 QStringLiteral("[FIRING] HighCPU on desk1: CPU 97% for 2m (warning)"));
        QVERIFY(slack.body.contains("\"color\":\"warning\""));
        const OutgoingRequest pd = renderRequest(channel(ChannelType::PagerDuty), firingMessage());
        QVERIFY(pd.body.contains("\"dedup_key\":\"vigil:desk1:c6b314f6bb6a3fde\""));
        const OutgoingRequest hook = renderRequest(channel(ChannelType::Webhook), firingMessage());
        QVERIFY(hook.body.contains("\"endsAt\":\"0001-01-01T00:00:00Z\""));
        QVERIFY(hook.body.contains("\"version\":\"4\""));
        QVERIFY(hook.body.contains("\"groupKey\":\"vigil:{}:{alertname=\\\"HighCPU\\\"}\""));
        const OutgoingRequest teams = renderRequest(channel(ChannelType::Teams), resolvedMessage());
        QVERIFY(teams.body.startsWith(
            "{\"attachments\":[{\"content\":{\"$schema\":\"http://adaptivecards.io/schemas/"
            "adaptive-card.json\""));
        QVERIFY(teams.body.contains("\"contentUrl\":null"));
    }

    void requestFields_data()
    {
        QTest::addColumn<ChannelType>("type");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("authName");
        QTest::addColumn<QByteArray>("authValue");
        QTest::addColumn<bool>("isSigned");
        QTest::newRow("slack") << ChannelType::Slack
                               << QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX")
                               << QByteArray() << QByteArray() << false;
        QTest::newRow("discord") << ChannelType::Discord
                                 << QStringLiteral("https://discord.com/api/webhooks/123/abc")
                                 << QByteArray() << QByteArray() << false;
        QTest::newRow("teams") << ChannelType::Teams << channel(ChannelType::Teams).url.toString()
                               << QByteArray() << QByteArray() << false;
        QTest::newRow("pagerduty")
            << ChannelType::PagerDuty << QStringLiteral("https://events.pagerduty.com/v2/enqueue")
            << QByteArray() << QByteArray() << false;
        QTest::newRow("alertmanager")
            << ChannelType::Alertmanager << QStringLiteral("http://127.0.0.1:9093/api/v2/alerts")
            << QByteArray() << QByteArray() << false;
        QTest::newRow("ntfy") << ChannelType::Ntfy << QStringLiteral("https://ntfy.sh/")
                              << QByteArray("Authorization") << QByteArray("Bearer tk_0123456789")
                              << false;
        QTest::newRow("gotify") << ChannelType::Gotify
                                << QStringLiteral("https://gotify.example.org/message")
                                << QByteArray("X-Gotify-Key") << QByteArray("AbCdEf123") << false;
        QTest::newRow("webhook") << ChannelType::Webhook
                                 << QStringLiteral("https://hooks.example.org/vigil")
                                 << QByteArray() << QByteArray() << true;
    }

    void requestFields()
    {
        QFETCH(ChannelType, type);
        QFETCH(QString, url);
        QFETCH(QByteArray, authName);
        QFETCH(QByteArray, authValue);
        QFETCH(bool, isSigned);
        const ChannelSpec spec = channel(type);
        const OutgoingRequest req = renderRequest(spec, firingMessage());
        QCOMPARE(req.channel, QStringLiteral("ops"));
        QCOMPARE(req.type, type);
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.url.toString(), url);
        QCOMPARE(header(req, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(header(req, "User-Agent"), QByteArray("Vigil/" VIGIL_VERSION));
        if (!authName.isEmpty())
            QCOMPARE(header(req, authName), authValue);
        QCOMPARE(req.signingSecret, isSigned ? spec.secret : QString());
        QCOMPARE(req.summary, QStringLiteral("cpu_high firing on desk1 (warning, 97.0 %)"));
        QVERIFY(req.idempotencyKey.startsWith(QLatin1String("msg_")));
        QVERIFY(!req.idempotencyKey.contains(QLatin1Char('.')));
    }

    void alertmanagerBaseUrlWithPath()
    {
        ChannelSpec spec = channel(ChannelType::Alertmanager);
        spec.url = QUrl(QStringLiteral("https://am.example.org/alertmanager/"));
        QCOMPARE(renderRequest(spec, firingMessage()).url.toString(),
                 QStringLiteral("https://am.example.org/alertmanager/api/v2/alerts"));
    }

    void pagerDutyUsesChannelUrl()
    {
        ChannelSpec spec = channel(ChannelType::PagerDuty);
        spec.url = QUrl(QStringLiteral("https://events.eu.pagerduty.com/v2/enqueue"));
        QCOMPARE(renderRequest(spec, firingMessage()).url, spec.url);
    }

    void summaries()
    {
        const ChannelSpec spec = channel(ChannelType::Slack);
        QCOMPARE(renderRequest(spec, resolvedMessage()).summary,
                 QStringLiteral("cpu_high resolved on desk1 after 7m 41s"));
        QCOMPARE(renderRequest(spec, groupedMessage()).summary,
                 QStringLiteral("cpu_high firing on desk1 (warning, 97.0 %) and 1 more"));
        NotifyAlert repeat = cpuFiring();
        repeat.kind = AlertEventKind::Repeat;
        repeat.eventTimeMs = repeat.startsAtMs + (2 * 3600 + 5 * 60) * 1000;
        const OutgoingRequest req = renderRequest(spec, message({repeat}, repeat.eventTimeMs));
        QCOMPARE(req.summary,
                 QStringLiteral("cpu_high still firing on desk1 for 2h 5m (warning, 97.0 %)"));
        QVERIFY(req.body.contains("still firing for 2h 5m"));
        NotifyAlert up = cpuFiring();
        up.kind = AlertEventKind::Escalated;
        up.severity = Severity::Critical;
        up.eventTimeMs += 60000;
        const OutgoingRequest esc = renderRequest(spec, message({up}, up.eventTimeMs));
        QCOMPARE(esc.summary, QStringLiteral("cpu_high escalated to critical on desk1 (97.0 %)"));
        QVERIFY(esc.body.contains("\"color\":\"danger\""));
        QVERIFY(esc.body.contains("escalated to critical at 2026-11-21T09:34:21Z"));
    }

    void idempotencyKey()
    {
        for (const ChannelType type : {ChannelType::Webhook, ChannelType::Slack}) {
            const ChannelSpec spec = channel(type);
            const OutgoingRequest a = renderRequest(spec, firingMessage());
            const OutgoingRequest b = renderRequest(spec, firingMessage());
            QCOMPARE(a.idempotencyKey, b.idempotencyKey);
            QCOMPARE(a.body, b.body);
            QVERIFY2(a.idempotencyKey.startsWith(QLatin1String("msg_c6b314f6bb6a3fde_")),
                     qPrintable(a.idempotencyKey));
            QCOMPARE(a.idempotencyKey.size(), 4 + 16 + 1 + 24);
            QVERIFY(a.idempotencyKey != renderRequest(spec, resolvedMessage()).idempotencyKey);
            QVERIFY(a.idempotencyKey != renderRequest(spec, groupedMessage()).idempotencyKey);
            ChannelSpec other = spec;
            other.name = QStringLiteral("other");
            QVERIFY(a.idempotencyKey != renderRequest(other, firingMessage()).idempotencyKey);
        }
        // A later resend of the same alert event (Alertmanager push) keeps its key.
        NotifyMessage later = firingMessage();
        later.createdMs += 60000;
        const ChannelSpec am = channel(ChannelType::Alertmanager);
        QCOMPARE(renderRequest(am, later).idempotencyKey,
                 renderRequest(am, firingMessage()).idempotencyKey);
        QVERIFY(renderRequest(am, later).body.contains("\"endsAt\":\"2026-11-21T09:38:21Z\""));
    }

    void pagerDutyOneEventPerAlert()
    {
        const ChannelSpec spec = channel(ChannelType::PagerDuty);
        const QList<OutgoingRequest> reqs = renderRequests(spec, groupedMessage());
        QCOMPARE(reqs.size(), 2);
        QVERIFY(reqs[0].body.contains("\"dedup_key\":\"vigil:desk1:c6b314f6bb6a3fde\""));
        QVERIFY(reqs[1].body.contains("\"dedup_key\":\"vigil:desk1:cd60049f58ee5339\""));
        QVERIFY(reqs[1].body.contains("\"severity\":\"critical\""));
        QVERIFY(reqs[0].idempotencyKey != reqs[1].idempotencyKey);
        QCOMPARE(renderRequest(spec, groupedMessage()).body, reqs[0].body);
        QCOMPARE(renderRequests(channel(ChannelType::Slack), groupedMessage()).size(), 1);
        QVERIFY(renderRequests(spec, message({}, 0)).isEmpty());
    }

    void groupedListsAtMostTen_data()
    {
        QTest::addColumn<ChannelType>("type");
        for (const ChannelType t : {ChannelType::Slack, ChannelType::Discord, ChannelType::Teams,
                                    ChannelType::Ntfy, ChannelType::Gotify})
            QTest::newRow(qPrintable(channelTypeName(t))) << t;
    }

    void groupedListsAtMostTen()
    {
        QFETCH(ChannelType, type);
        QList<NotifyAlert> alerts;
        for (int i = 0; i < 13; ++i) {
            NotifyAlert a = diskFiring();
            a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull%1").arg(i)}};
            a.fingerprint = QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('0'));
            alerts << a;
        }
        const OutgoingRequest req = renderRequest(channel(type), message(alerts, 0));
        const QString body = QString::fromUtf8(req.body);
        QVERIFY(!parsed(req).isNull());
        QVERIFY(body.contains(QLatin1String("DiskFull0")));
        QVERIFY(body.contains(QLatin1String("DiskFull9")));
        QVERIFY(!body.contains(QLatin1String("DiskFull10")));
        QVERIFY2(body.contains(QLatin1String("and 3 more")), qPrintable(body.left(300)));
        QVERIFY(body.contains(QLatin1String("13 alerts on desk1")));
        if (type == ChannelType::Discord)
            QCOMPARE(bodyObject(req).value(QLatin1String("embeds")).toArray().size(), 10);
    }

    void machineFormatsCarryAllAlerts()
    {
        QList<NotifyAlert> alerts;
        for (int i = 0; i < 13; ++i)
            alerts << diskFiring();
        const NotifyMessage m = message(alerts, 0);
        QCOMPARE(parsed(renderRequest(channel(ChannelType::Alertmanager), m)).array().size(), 13);
        const QJsonObject hook = bodyObject(renderRequest(channel(ChannelType::Webhook), m));
        QCOMPARE(hook.value(QLatin1String("alerts")).toArray().size(), 13);
        QCOMPARE(hook.value(QLatin1String("truncatedAlerts")).toInt(), 0);
    }

    void priorities()
    {
        ChannelSpec ntfy = channel(ChannelType::Ntfy);
        NotifyMessage critical = message({diskFiring()}, 0);
        QCOMPARE(bodyObject(renderRequest(ntfy, critical)).value(QLatin1String("priority")).toInt(),
                 5);
        ntfy.priority = 2;
        QCOMPARE(bodyObject(renderRequest(ntfy, critical)).value(QLatin1String("priority")).toInt(),
                 2);
        ChannelSpec gotify = channel(ChannelType::Gotify);
        QCOMPARE(
            bodyObject(renderRequest(gotify, critical)).value(QLatin1String("priority")).toInt(),
            10);
        gotify.priority = 6;
        QCOMPARE(
            bodyObject(renderRequest(gotify, critical)).value(QLatin1String("priority")).toInt(),
            6);
        ChannelSpec noToken = channel(ChannelType::Ntfy);
        noToken.token.clear();
        QVERIFY(header(renderRequest(noToken, critical), "Authorization").isEmpty());
    }

    void slackEscapesMarkup()
    {
        NotifyAlert a = cpuFiring();
        a.summary = QStringLiteral("load <high> & rising <!channel>");
        const QString body =
            QString::fromUtf8(renderRequest(channel(ChannelType::Slack), message({a}, 0)).body);
        QVERIFY(body.contains(QLatin1String("load &lt;high&gt; &amp; rising &lt;!channel&gt;")));
        QVERIFY(!body.contains(QLatin1String("<!channel>")));
        const QJsonObject discord =
            bodyObject(renderRequest(channel(ChannelType::Discord), message({a}, 0)));
        QCOMPARE(discord.value(QLatin1String("allowed_mentions")).toObject(),
                 QJsonObject({{QStringLiteral("parse"), QJsonArray()}}));
    }
};

QTEST_GUILESS_MAIN(TestPayloads)
#include "tst_payloads.moc"
