// The persistent outbox (real SQLite in a temporary directory, FakeClock) and the pure delivery
// policy: classification, Retry-After, back-off, rate limit, URL redaction.

#include "FakeClock.h"

#include "notify/DeliveryPolicy.h"
#include "notify/Outbox.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vigil::ChannelType)
Q_DECLARE_METATYPE(vigil::DeliveryAction)

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const char kSecret[] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

OutgoingRequest makeRequest(const QString &channel, int n = 0)
{
    OutgoingRequest r;
    r.channel = channel;
    r.type = ChannelType::Webhook;
    r.url = QUrl(QStringLiteral("https://hooks.example.com/services/T000/B000/tokenpart%1").arg(n));
    r.headers = {{"Content-Type", "application/json"}, {"X-Binary", QByteArray("a\xff\x01z", 4)}};
    r.body = QByteArray("{\"n\":") + QByteArray::number(n) + QByteArray("}\0\xfe\n", 4);
    r.idempotencyKey = QStringLiteral("msg_%1_%2").arg(channel).arg(n);
    r.signingSecret = QLatin1String(kSecret);
    r.summary = QStringLiteral("cpu_high firing on desk1 (%1)").arg(n);
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;

    qint64 now() const { return m_clock.nowMs(); }
    QString dbPath() const { return QDir(m_dir).filePath(QStringLiteral("outbox.db")); }

    static qint64 enqueue(Outbox &o, const OutgoingRequest &r, QList<OutboxItem> *evicted = nullptr)
    {
        qint64 id = 0;
        const Outbox::Result res = o.enqueue(r, &id, evicted);
        if (!res.ok())
            qWarning() << res.message;
        return id;
    }
    static QList<qint64> dueIds(Outbox &o, qint64 nowMs)
    {
        QList<OutboxEntry> entries;
        if (!o.due(nowMs, 100, &entries).ok())
            return {-1};
        QList<qint64> ids;
        for (const OutboxEntry &e : entries)
            ids.append(e.item.id);
        return ids;
    }
    static OutboxItem item(Outbox &o, qint64 id)
    {
        QList<OutboxItem> all;
        o.items(1000, &all);
        for (const OutboxItem &i : all) {
            if (i.id == id)
                return i;
        }
        return {};
    }
    static int count(Outbox &o, OutboxState state)
    {
        QList<OutboxItem> all;
        o.items(-1, &all);
        return static_cast<int>(std::count_if(all.cbegin(), all.cend(),
                                              [state](const auto &i) { return i.state == state; }));
    }

private Q_SLOTS:
    void init()
    {
        m_clock = FakeClock();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath(QStringLiteral("data"));
    }

    void persistsExactRequestWithoutSecret()
    {
        const OutgoingRequest sent = makeRequest(QStringLiteral("ops"), 7);
        qint64 id = 0;
        {
            Outbox o(m_clock);
            QVERIFY(o.open(m_dir).ok());
            QVERIFY(o.recoveryMessage().isEmpty());
            id = enqueue(o, sent);
            QCOMPARE(id, 1);
        }
        const QFile::Permissions perms = QFile::permissions(dbPath());
        QVERIFY(perms & QFile::ReadOwner);
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));

        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        QList<OutboxEntry> due;
        QVERIFY(o.due(now(), 10, &due).ok());
        QCOMPARE(due.size(), 1);
        const OutboxEntry &e = due.at(0);
        QCOMPARE(e.item.id, id);
        QCOMPARE(e.item.state, OutboxState::Pending);
        QCOMPARE(e.item.createdMs, now());
        QCOMPARE(e.item.attempts, 0);
        QCOMPARE(e.item.destination, QStringLiteral("https://hooks.example.com/…"));
        QCOMPARE(e.request.url, sent.url);
        QCOMPARE(e.request.method, sent.method);
        QCOMPARE(e.request.headers, sent.headers);
        QCOMPARE(e.request.body, sent.body); // byte for byte, NUL and 0xfe included
        QCOMPARE(e.request.idempotencyKey, sent.idempotencyKey);
        QCOMPARE(e.request.summary, sent.summary);
        QCOMPARE(e.request.channel, sent.channel);
        QVERIFY(e.request.signingSecret.isEmpty());
        o.close();
        const QByteArray onDisk = readFile(dbPath()) + readFile(dbPath() + QLatin1String("-wal"));
        QVERIFY(onDisk.contains("tokenpart7")); // the URL is stored (needed to send)...
        QVERIFY(!onDisk.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")); // ...the secret is not
    }

    void inFlightItemsAreRequeued()
    {
        qint64 id = 0;
        {
            Outbox o(m_clock);
            QVERIFY(o.open(m_dir).ok());
            id = enqueue(o, makeRequest(QStringLiteral("ops")));
            QVERIFY(o.markSending(id).ok());
            QVERIFY(dueIds(o, now()).isEmpty()); // its channel is busy
        }                                        // "killed" mid-attempt
        m_clock.advance(10s);
        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        QCOMPARE(item(o, id).state, OutboxState::Sending);
        int requeued = 0;
        QVERIFY(o.requeueInFlight(&requeued).ok());
        QCOMPARE(requeued, 1);
        const OutboxItem i = item(o, id);
        QCOMPARE(i.state, OutboxState::Pending);
        QCOMPARE(i.attempts, 1);
        QCOMPARE(i.nextAttemptMs, now());
        QCOMPARE(dueIds(o, now()), QList<qint64>{id});
    }

    void oneHeadPerChannelInOrder()
    {
        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        const qint64 a1 = enqueue(o, makeRequest(QStringLiteral("a"), 1));
        const qint64 b1 = enqueue(o, makeRequest(QStringLiteral("b"), 1));
        const qint64 a2 = enqueue(o, makeRequest(QStringLiteral("a"), 2));
        QCOMPARE(dueIds(o, now()), (QList<qint64>{a1, b1}));
        QVERIFY(o.markSending(a1).ok());
        QCOMPARE(dueIds(o, now()), QList<qint64>{b1});
        QVERIFY(o.markRetry(a1, now() + 5000, QStringLiteral("HTTP 503"), 503).ok());
        QCOMPARE(dueIds(o, now()), QList<qint64>{b1}); // a2 waits behind a1
        qint64 next = 0;
        QVERIFY(o.nextAttemptAfter(now(), &next).ok());
        QCOMPARE(next, now() + 5000);
        QCOMPARE(dueIds(o, now() + 5000), (QList<qint64>{b1, a1}));
        QVERIFY(o.markSending(a1).ok());
        QVERIFY(o.markSent(a1, 200).ok());
        QCOMPARE(dueIds(o, now()), (QList<qint64>{b1, a2}));
        const OutboxItem sent = item(o, a1);
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.attempts, 2);
        QCOMPARE(sent.lastStatus, 200);
        QCOMPARE(sent.sentMs, now());
        QVERIFY(sent.lastError.isEmpty());
    }

    void boundedSize()
    {
        Outbox o(m_clock);
        o.setMaxPending(3);
        QVERIFY(o.open(m_dir).ok());
        const qint64 a1 = enqueue(o, makeRequest(QStringLiteral("a"), 1));
        const qint64 b1 = enqueue(o, makeRequest(QStringLiteral("b"), 1));
        const qint64 a2 = enqueue(o, makeRequest(QStringLiteral("a"), 2));
        QList<OutboxItem> evicted;
        const qint64 a3 = enqueue(o, makeRequest(QStringLiteral("a"), 3), &evicted);
        QVERIFY(a3 > 0);
        QCOMPARE(evicted.size(), 1);
        // The oldest of the same channel that is not its head: a1 is the one being retried
        // and keeps its attempts and back-off.
        QCOMPARE(evicted.at(0).id, a2);
        QCOMPARE(item(o, a2).state, OutboxState::Failed);
        QVERIFY(item(o, a2).lastError.startsWith(QLatin1String("outbox full")));
        QCOMPARE(item(o, a1).state, OutboxState::Pending);
        evicted.clear();
        enqueue(o, makeRequest(QStringLiteral("c"), 1), &evicted); // no "c": any non-head item
        QCOMPARE(evicted.size(), 1);
        QCOMPARE(evicted.at(0).id, a3);
        QCOMPARE(count(o, OutboxState::Pending), 3);
        QCOMPARE(item(o, b1).state, OutboxState::Pending);
        evicted.clear();
        enqueue(o, makeRequest(QStringLiteral("d"), 100), &evicted); // only heads left: oldest
        QCOMPARE(evicted.size(), 1);
        QCOMPARE(evicted.at(0).id, a1);
        for (int i = 0; i < 20; ++i)
            enqueue(o, makeRequest(QStringLiteral("d"), i));
        QCOMPARE(count(o, OutboxState::Pending), 3); // never more
        OutgoingRequest huge = makeRequest(QStringLiteral("a"), 9);
        huge.body = QByteArray(Outbox::MaxBodyBytes + 1, 'x');
        qint64 id = 0;
        QVERIFY(!o.enqueue(huge, &id).ok());
    }

    void prune()
    {
        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        const qint64 sent = enqueue(o, makeRequest(QStringLiteral("a"), 1));
        const qint64 failed = enqueue(o, makeRequest(QStringLiteral("b"), 1));
        const qint64 pending = enqueue(o, makeRequest(QStringLiteral("c"), 1));
        QVERIFY(o.markSending(sent).ok());
        QVERIFY(o.markSent(sent, 204).ok());
        QVERIFY(o.markFailed(failed, QStringLiteral("HTTP 404"), 404).ok());
        int deleted = -1;
        m_clock.advance(std::chrono::milliseconds(Outbox::SentRetentionMs - 1));
        QVERIFY(o.prune(now(), &deleted).ok());
        QCOMPARE(deleted, 0);
        m_clock.advance(2ms);
        QVERIFY(o.prune(now(), &deleted).ok());
        QCOMPARE(deleted, 1);
        QCOMPARE(item(o, sent).id, 0);
        QCOMPARE(item(o, failed).state, OutboxState::Failed);
        m_clock.advance(std::chrono::milliseconds(Outbox::FailedRetentionMs));
        QVERIFY(o.prune(now(), &deleted).ok());
        QCOMPARE(deleted, 1);
        QCOMPARE(item(o, failed).id, 0);
        QCOMPARE(item(o, pending).state, OutboxState::Pending); // pending is never pruned
    }

    void corruptFileIsMovedAside()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QByteArray garbage;
        for (int i = 0; i < 10000; ++i)
            garbage.append(static_cast<char>((i * 7919 + 13) % 251));
        {
            QFile f(dbPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(garbage), garbage.size());
        }
        Outbox o(m_clock);
        const Outbox::Result r = o.open(m_dir);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QString moved = dbPath() + QLatin1String(".corrupt-20261121T094000");
        QVERIFY2(o.recoveryMessage().contains(moved), qPrintable(o.recoveryMessage()));
        QCOMPARE(readFile(moved), garbage);
        QVERIFY(o.isOpen());
        QCOMPARE(enqueue(o, makeRequest(QStringLiteral("a"))), 1);
        QCOMPARE(dueIds(o, now()), QList<qint64>{1});
    }

    void maxAgeExpires()
    {
        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        const qint64 id = enqueue(o, makeRequest(QStringLiteral("a")));
        const qint64 fresh = enqueue(o, makeRequest(QStringLiteral("b")));
        QVERIFY(o.markSending(id).ok());
        QVERIFY(o.markRetry(id, now() + 1000, QStringLiteral("HTTP 503: busy"), 503).ok());
        QList<OutboxItem> failed;
        m_clock.advance(std::chrono::milliseconds(kDay - 1));
        QVERIFY(o.markSending(fresh).ok()); // in flight: not expired by expire()
        QVERIFY(o.expire(now(), kDay, &failed).ok());
        QVERIFY(failed.isEmpty());
        m_clock.advance(1ms);
        QVERIFY(o.expire(now(), kDay, &failed).ok());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).id, id);
        const QString expected =
            QStringLiteral("gave up after 24 h (1 attempt, last: HTTP 503: busy)");
        QCOMPARE(failed.at(0).lastError, expected);
        QCOMPARE(item(o, id).state, OutboxState::Failed);
        QCOMPARE(item(o, id).lastError, expected);
        QCOMPARE(item(o, id).lastStatus, 503);

        // Retry now: pending again, due now, and the max age counts from here.
        bool changed = false;
        QVERIFY(o.retryNow(id, &changed).ok());
        QVERIFY(changed);
        QCOMPARE(item(o, id).state, OutboxState::Pending);
        QCOMPARE(item(o, id).retrySinceMs, now());
        QVERIFY(dueIds(o, now()).contains(id));
        failed.clear();
        QVERIFY(o.expire(now(), kDay, &failed).ok());
        QVERIFY(failed.isEmpty());
    }

    void retryNowAndDiscard()
    {
        Outbox o(m_clock);
        QVERIFY(o.open(m_dir).ok());
        const qint64 id = enqueue(o, makeRequest(QStringLiteral("a")));
        QVERIFY(o.markSending(id).ok());
        QVERIFY(o.markSent(id, 200).ok());
        bool changed = true;
        QVERIFY(o.retryNow(id, &changed).ok());
        QVERIFY(!changed); // a sent item stays sent
        QList<OutboxItem> failed;
        const qint64 other = enqueue(o, makeRequest(QStringLiteral("b")));
        QVERIFY(o.failChannel(QStringLiteral("b"), QStringLiteral("channel disabled: HTTP 410"),
                              &failed)
                    .ok());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(item(o, other).lastError, QStringLiteral("channel disabled: HTTP 410"));
        bool removed = false;
        QVERIFY(o.discard(other, &removed).ok());
        QVERIFY(removed);
        QCOMPARE(item(o, other).id, 0);
        QVERIFY(o.discard(other, &removed).ok());
        QVERIFY(!removed);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: not a valid Retry-After
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("negative") << QByteArray("-5") << qint64(0);
        QTest::newRow("IMF-fixdate")
            << QByteArray("Sat, 21 Nov 2026 09:40:10 GMT") << qint64(10000);
        QTest::newRow("RFC 850") << QByteArray("Saturday, 21-Nov-26 09:40:30 GMT") << qint64(30000);
        QTest::newRow("asctime") << QByteArray("Sat Nov 21 09:41:00 2026") << qint64(60000);
        QTest::newRow("wrong day name")
            << QByteArray("Mon, 21 Nov 2026 09:40:10 GMT") << qint64(10000);
        QTest::newRow("RFC 850, last century")
            << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(0);
        QTest::newRow("past date") << QByteArray("Fri, 20 Nov 2026 09:40:00 GMT") << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999") << qint64(1000000000000);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("bad date") << QByteArray("Sat, 32 Nov 2026 09:40:00 GMT") << qint64(-1);
        QTest::newRow("trailing junk") << QByteArray("12abc") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> ms = parseRetryAfterMs(value, now()); // 09:40:00Z
        QCOMPARE(ms.value_or(-1), expected);
    }

    void retryDelayPrefersServerAndClamps()
    {
        QRandomGenerator rng(42);
        const RetryPolicy policy; // 500 ms base, 5 min cap, 1 h max Retry-After
        const QByteArray discordBody(
            "{\"message\":\"limited\",\"retry_after\":0.25,\"global\":false}");
        QCOMPARE(discordRetryAfterMs(discordBody).value_or(-1), 250);
        QVERIFY(!discordRetryAfterMs("not json"));
        QCOMPARE(retryDelayMs(policy, ChannelType::Discord, 0, {}, discordBody, now(), rng), 250);
        QCOMPARE(retryDelayMs(policy, ChannelType::Discord, 0, "2", discordBody, now(), rng), 2000);
        QCOMPARE(retryDelayMs(policy, ChannelType::Slack, 0, "7200", {}, now(), rng),
                 policy.maxRetryAfterMs);
        const qint64 jittered =
            retryDelayMs(policy, ChannelType::Slack, 3, "later", {}, now(), rng);
        QVERIFY(jittered >= 0 && jittered <= 4000);
    }

    void classification_data()
    {
        QTest::addColumn<ChannelType>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<DeliveryAction>("action");
        const auto row = [](const char *name, ChannelType type, int status,
                            QNetworkReply::NetworkError error, DeliveryAction action,
                            const QByteArray &body = {}) {
            QTest::newRow(name) << type << status << error << body << action;
        };
        using E = QNetworkReply::NetworkError;
        using A = DeliveryAction;
        const ChannelType hook = ChannelType::Webhook;
        row("200", hook, 200, E::NoError, A::Delivered);
        row("202 PagerDuty", ChannelType::PagerDuty, 202, E::NoError, A::Delivered);
        row("204 Discord", ChannelType::Discord, 204, E::NoError, A::Delivered);
        row("301", hook, 301, E::NoError, A::GiveUp);
        row("302", hook, 302, E::NoError, A::GiveUp);
        row("400", hook, 400, E::ProtocolInvalidOperationError, A::GiveUp);
        row("401", hook, 401, E::AuthenticationRequiredError, A::GiveUp);
        row("403", hook, 403, E::ContentAccessDenied, A::GiveUp);
        row("404", hook, 404, E::ContentNotFoundError, A::GiveUp);
        row("405", hook, 405, E::ContentOperationNotPermittedError, A::GiveUp);
        row("408", hook, 408, E::UnknownContentError, A::Retry);
        row("410", hook, 410, E::ContentGoneError, A::Disable);
        row("413", hook, 413, E::UnknownContentError, A::GiveUp);
        row("418", hook, 418, E::UnknownContentError, A::GiveUp);
        row("422", hook, 422, E::UnknownContentError, A::GiveUp);
        row("425", hook, 425, E::UnknownContentError, A::Retry);
        row("429", hook, 429, E::UnknownContentError, A::Retry);
        row("500", hook, 500, E::InternalServerError, A::Retry);
        row("502", hook, 502, E::UnknownServerError, A::Retry);
        row("503", hook, 503, E::ServiceUnavailableError, A::Retry);
        row("504", hook, 504, E::UnknownServerError, A::Retry);
        row("Discord 404", ChannelType::Discord, 404, E::ContentNotFoundError, A::Disable);
        row("Slack 404 no_service", ChannelType::Slack, 404, E::ContentNotFoundError, A::Disable,
            "no_service");
        row("Slack 404 other", ChannelType::Slack, 404, E::ContentNotFoundError, A::GiveUp,
            "not found");
        row("Slack 410 archived", ChannelType::Slack, 410, E::ContentGoneError, A::Disable,
            "channel_is_archived");
        row("refused", hook, 0, E::ConnectionRefusedError, A::Retry);
        row("DNS", hook, 0, E::HostNotFoundError, A::Retry);
        row("transfer timeout", hook, 0, E::OperationCanceledError, A::Retry);
        row("socket timeout", hook, 0, E::TimeoutError, A::Retry);
        row("closed", hook, 0, E::RemoteHostClosedError, A::Retry);
        row("TLS", hook, 0, E::SslHandshakeFailedError, A::Retry);
        row("unknown scheme", hook, 0, E::ProtocolUnknownError, A::GiveUp);
    }

    void classification()
    {
        QFETCH(ChannelType, type);
        QFETCH(int, status);
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(QByteArray, body);
        QFETCH(DeliveryAction, action);
        QCOMPARE(deliveryActionName(classifyAttempt(type, status, error, body)),
                 deliveryActionName(action));
    }

    void backoffBounds()
    {
        QCOMPARE(backoffCeilingMs(0, 500, 300000), 500);
        QCOMPARE(backoffCeilingMs(1, 500, 300000), 1000);
        QCOMPARE(backoffCeilingMs(9, 500, 300000), 256000);
        QCOMPARE(backoffCeilingMs(10, 500, 300000), 300000);
        QCOMPARE(backoffCeilingMs(1000, 500, 300000), 300000);
        QCOMPARE(backoffCeilingMs(3, 50, 300), 300);
        QRandomGenerator rng(7);
        for (int n : {0, 1, 4, 12, 100}) {
            const qint64 ceiling = backoffCeilingMs(n, 500, 300000);
            qint64 low = ceiling;
            qint64 high = 0;
            for (int i = 0; i < 500; ++i) {
                const qint64 d = backoffDelayMs(n, 500, 300000, rng);
                QVERIFY(d >= 0 && d <= ceiling);
                low = std::min(low, d);
                high = std::max(high, d);
            }
            QVERIFY(low < ceiling / 4); // full jitter: spread over the whole range
            QVERIFY(high > ceiling * 3 / 4);
        }
    }

    void redaction()
    {
        QCOMPARE(redactedUrl(QUrl(QStringLiteral(
                     "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX"))),
                 QStringLiteral("https://hooks.slack.com/…"));
        QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://user:pw@ntfy.sh:8443/topic?auth=x#f"))),
                 QStringLiteral("https://ntfy.sh/…"));
        QCOMPARE(redactedUrl(QUrl(QStringLiteral("http://[::1]:9093/api/v2/alerts"))),
                 QStringLiteral("http://[::1]/…"));
        QCOMPARE(redactedUrl(QUrl()), QStringLiteral("(no valid URL)"));
        const QUrl url(QStringLiteral("https://discord.com/api/webhooks/123/secret-token"));
        const QString reason = networkReason(
            QNetworkReply::UnknownNetworkError,
            QStringLiteral("Error transferring %1 - server replied: Bad").arg(url.toString()), url,
            15000);
        QVERIFY2(!reason.contains(QLatin1String("secret-token")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("https://discord.com/…")));
        QCOMPARE(networkReason(QNetworkReply::OperationCanceledError, QString(), url, 15000),
                 QStringLiteral("timed out after 15 s"));
        QCOMPARE(httpReason(404, QByteArray("  no\n  such\thook ") + QByteArray(300, 'x')),
                 QStringLiteral("HTTP 404: no such hook ") + QString(200 - 17, QLatin1Char('x')));
        QCOMPARE(httpReason(500, {}), QStringLiteral("HTTP 500"));
    }

    void tokenBucket()
    {
        const qint64 t = now();
        TokenBucket slack(destinationRatePerSecond(ChannelType::Slack, 5), 1, t);
        QVERIFY(slack.tryTake(t));
        QVERIFY(!slack.tryTake(t + 500));
        QCOMPARE(slack.readyAtMs(t + 500), t + 1000);
        QVERIFY(slack.tryTake(t + 1000));
        TokenBucket other(destinationRatePerSecond(ChannelType::Webhook, 5), 5, t);
        for (int i = 0; i < 5; ++i)
            QVERIFY(other.tryTake(t));
        QVERIFY(!other.tryTake(t));
        QCOMPARE(other.readyAtMs(t), t + 200);
        QCOMPARE(destinationRatePerSecond(ChannelType::PagerDuty, 5), 2.0);
        QVERIFY(!other.tryTake(t - 10000)); // a clock going back refills nothing
    }

    void messages()
    {
        QCOMPARE(formatDelay(24 * kHour), QStringLiteral("24 h"));
        QCOMPARE(formatDelay(90 * 60000), QStringLiteral("90 min"));
        QCOMPARE(formatDelay(1000), QStringLiteral("1 s"));
        QCOMPARE(formatDelay(250), QStringLiteral("250 ms"));
        QCOMPARE(gaveUpMessage(kDay, 3, QStringLiteral("HTTP 503")),
                 QStringLiteral("gave up after 24 h (3 attempts, last: HTTP 503)"));
        QCOMPARE(gaveUpMessage(kDay, 0, QString()),
                 QStringLiteral("gave up after 24 h (0 attempts, last: none)"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
