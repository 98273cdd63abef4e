#include "notify/PayloadText.h"
#include "notify/Payloads.h"
#include "tst_payloads_support.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vigil;
using namespace vigil::payloadtest;

namespace {

const QChar kEllipsis(0x2026);

QJsonObject bodyOf(ChannelType type, const NotifyMessage &m)
{
    return QJsonDocument::fromJson(renderRequest(channel(type), m).body).object();
}

NotifyMessage hugeDescription(int alerts = 1)
{
    NotifyAlert a = cpuFiring();
    a.description = QString(100 * 1024, QLatin1Char('x'));
    a.summary = QString(5000, QLatin1Char('s'));
    QList<NotifyAlert> list;
    for (int i = 0; i < alerts; ++i)
        list << a;
    return message(list, 0);
}

// Characters Discord counts toward the 6000 limit of all embeds.
qsizetype embedChars(const QJsonObject &embed)
{
    qsizetype n = embed.value(QLatin1String("title")).toString().size() +
                  embed.value(QLatin1String("description")).toString().size() +
                  embed.value(QLatin1String("footer"))
                      .toObject()
                      .value(QLatin1String("text"))
                      .toString()
                      .size();
    for (const QJsonValue &f : embed.value(QLatin1String("fields")).toArray())
        n += f.toObject().value(QLatin1String("name")).toString().size() +
             f.toObject().value(QLatin1String("value")).toString().size();
    return n;
}

} // namespace

// Service size limits (INTEROP.md §1, §2) and the text helpers behind every message.
class TestPayloadLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slackLimits_data()
    {
        QTest::addColumn<int>("alerts");
        QTest::newRow("one") << 1;
        QTest::newRow("grouped") << 12;
    }

    void slackLimits()
    {
        QFETCH(int, alerts);
        const QJsonObject body = bodyOf(ChannelType::Slack, hugeDescription(alerts));
        QVERIFY(body.value(QLatin1String("text")).toString().size() <= 40000);
        const QJsonArray blocks = body.value(QLatin1String("blocks")).toArray();
        QVERIFY(blocks.size() <= 50);
        bool cut = false;
        for (const QJsonValue &v : blocks) {
            const QJsonObject block = v.toObject();
            const QString type = block.value(QLatin1String("type")).toString();
            const QString text = block.value(QLatin1String("text"))
                                     .toObject()
                                     .value(QLatin1String("text"))
                                     .toString();
            if (type == QLatin1String("header"))
                QVERIFY(text.size() <= 150);
            if (type == QLatin1String("section") && !text.isEmpty()) {
                QVERIFY2(text.size() <= 3000, qPrintable(QString::number(text.size())));
                QVERIFY(text.endsWith(kEllipsis));
                cut = true;
            }
            const QJsonArray fields = block.value(QLatin1String("fields")).toArray();
            QVERIFY(fields.size() <= 10);
            for (const QJsonValue &f : fields)
                QVERIFY(f.toObject().value(QLatin1String("text")).toString().size() <= 2000);
        }
        QVERIFY(cut);
    }

    void discordLimits_data() { slackLimits_data(); }

    void discordLimits()
    {
        QFETCH(int, alerts);
        const QJsonObject body = bodyOf(ChannelType::Discord, hugeDescription(alerts));
        QVERIFY(body.value(QLatin1String("content")).toString().size() <= 2000);
        const QJsonArray embeds = body.value(QLatin1String("embeds")).toArray();
        QVERIFY(!embeds.isEmpty() && embeds.size() <= 10);
        qsizetype total = 0;
        for (const QJsonValue &v : embeds) {
            const QJsonObject e = v.toObject();
            const QString description = e.value(QLatin1String("description")).toString();
            QVERIFY(e.value(QLatin1String("title")).toString().size() <= 256);
            QVERIFY(description.size() <= 4096);
            QVERIFY(description.endsWith(kEllipsis));
            QVERIFY(e.value(QLatin1String("fields")).toArray().size() <= 25);
            total += embedChars(e);
        }
        QVERIFY2(total <= 6000, qPrintable(QString::number(total)));
        if (alerts == 1)
            QVERIFY2(total > 4000, qPrintable(QString::number(total))); // the description is full
    }

    void bodyLimits_data()
    {
        QTest::addColumn<ChannelType>("type");
        QTest::addColumn<int>("maxBytes");
        QTest::newRow("teams") << ChannelType::Teams << 28000;
        QTest::newRow("pagerduty") << ChannelType::PagerDuty << 512 * 1024;
    }

    void bodyLimits()
    {
        QFETCH(ChannelType, type);
        QFETCH(int, maxBytes);
        NotifyMessage m = hugeDescription(12);
        for (NotifyAlert &a : m.alerts)
            a.description = QString(300 * 1024, QChar(0x00e9)); // 2 bytes each in UTF-8
        const QByteArray body = renderRequest(channel(type), m).body;
        QVERIFY2(body.size() <= maxBytes, qPrintable(QString::number(body.size())));
        QVERIFY(body.contains("\xe2\x80\xa6")); // "…"
        QVERIFY(!QJsonDocument::fromJson(body).isNull());
    }

    void ntfyMessageBytes()
    {
        NotifyMessage m = hugeDescription(12);
        for (NotifyAlert &a : m.alerts)
            a.description = QString(3000, QChar(0x20ac)); // 3 bytes each
        const QString text =
            bodyOf(ChannelType::Ntfy, m).value(QLatin1String("message")).toString();
        QVERIFY2(text.toUtf8().size() <= 4096, qPrintable(QString::number(text.toUtf8().size())));
        QVERIFY(text.endsWith(kEllipsis));
    }

    void truncation()
    {
        QCOMPARE(payload::truncated(QStringLiteral("abcdef"), 6), QStringLiteral("abcdef"));
        QCOMPARE(payload::truncated(QStringLiteral("abcdef"), 4),
                 QStringLiteral("abc") + kEllipsis);
        QCOMPARE(payload::truncated(QStringLiteral("abc"), 0), QString());
        // Never half a surrogate pair: "a😀b" cut to 3 keeps "a…".
        const QString emoji = QStringLiteral("a😀b");
        QCOMPARE(payload::truncated(emoji, 3), QStringLiteral("a") + kEllipsis);
        QCOMPARE(payload::truncatedUtf8(QStringLiteral("ééé"), 6), QStringLiteral("ééé"));
        QCOMPARE(payload::truncatedUtf8(QStringLiteral("éééé"), 6),
                 QStringLiteral("é") + kEllipsis);
        QCOMPARE(payload::slackEscaped(QStringLiteral("a&b"), 10), QStringLiteral("a&amp;b"));
        QCOMPARE(payload::slackEscaped(QStringLiteral("ab&cd"), 6),
                 QStringLiteral("ab") + kEllipsis);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("human");
        QTest::addColumn<QString>("machine");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0s") << QStringLiteral("0s");
        QTest::newRow("45s") << qint64(45500) << QStringLiteral("45s") << QStringLiteral("45s");
        QTest::newRow("5m") << qint64(300000) << QStringLiteral("5m") << QStringLiteral("5m");
        QTest::newRow("7m41s") << qint64(461000) << QStringLiteral("7m 41s")
                               << QStringLiteral("7m41s");
        QTest::newRow("2h5m") << qint64(7500000) << QStringLiteral("2h 5m")
                              << QStringLiteral("2h5m");
        QTest::newRow("2h5m7s") << qint64(7507000) << QStringLiteral("2h 5m")
                                << QStringLiteral("2h5m7s");
        QTest::newRow("3d4h") << qint64((3 * 24 + 4) * 3600000LL + 59000) << QStringLiteral("3d 4h")
                              << QStringLiteral("3d4h59s");
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, human);
        QFETCH(QString, machine);
        QCOMPARE(payload::humanDuration(ms), human);
        QCOMPARE(payload::machineDuration(ms), machine);
    }

    void timestamps()
    {
        QCOMPARE(payload::rfc3339(at("2026-11-21T09:33:21Z") + 999),
                 QStringLiteral("2026-11-21T09:33:21Z"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadLimits)
#include "tst_payloads_limits.moc"
