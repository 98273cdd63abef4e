#include "notify/Payloads.h"
#include "notify/Signing.h"
#include "tst_payloads_support.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace vigil;
using namespace vigil::payloadtest;

namespace {

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n == name)
            return v;
    }
    return QByteArray();
}

} // namespace

// Webhook signatures (INTEROP.md §4): both published test vectors, and the per-attempt headers.
class TestPayloadSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void githubVector()
    {
        QCOMPARE(hubSignature256(QByteArrayLiteral("Hello, World!"),
                                 QByteArrayLiteral("It's a Secret to Everybody")),
                 QByteArrayLiteral(
                     "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    }

    void standardWebhooksVector()
    {
        QCOMPARE(standardWebhookSignature(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                          QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                                          1614265330, QByteArrayLiteral("{\"test\": 2432232314}")),
                 QByteArrayLiteral("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    void secretWithoutPrefixIsRawBytes()
    {
        const QByteArray body("{}");
        const QByteArray expected =
            "v1," +
            QMessageAuthenticationCode::hash("id1.5.{}", "plain secret", QCryptographicHash::Sha256)
                .toBase64();
        QCOMPARE(standardWebhookSignature(QStringLiteral("plain secret"), QStringLiteral("id1"), 5,
                                          body),
                 expected);
        QCOMPARE(standardWebhookKey(QStringLiteral("whsec_!!notbase64")),
                 QByteArray("whsec_!!notbase64"));
        QCOMPARE(standardWebhookKey(QStringLiteral("whsec_aGVsbG8=")), QByteArray("hello"));
    }

    void webhookHeaders()
    {
        const OutgoingRequest req = renderRequest(channel(ChannelType::Webhook), firingMessage());
        QVERIFY(!req.signingSecret.isEmpty());
        const auto headers = signingHeaders(req, 1614265330);
        QCOMPARE(headers.size(), 5);
        QCOMPARE(headerValue(headers, "X-Hub-Signature-256"),
                 hubSignature256(req.body, req.signingSecret.toUtf8()));
        QCOMPARE(headerValue(headers, "webhook-id"), req.idempotencyKey.toUtf8());
        QCOMPARE(headerValue(headers, "webhook-timestamp"), QByteArray("1614265330"));
        QCOMPARE(
            headerValue(headers, "webhook-signature"),
            standardWebhookSignature(req.signingSecret, req.idempotencyKey, 1614265330, req.body));
        QVERIFY(headerValue(headers, "webhook-signature").startsWith("v1,"));
        QCOMPARE(headerValue(headers, "Idempotency-Key"), req.idempotencyKey.toUtf8());
        // A retry keeps the id and re-signs with its own timestamp.
        const auto retry = signingHeaders(req, 1614265400);
        QCOMPARE(headerValue(retry, "webhook-id"), headerValue(headers, "webhook-id"));
        QVERIFY(headerValue(retry, "webhook-signature") !=
                headerValue(headers, "webhook-signature"));
        QCOMPARE(headerValue(retry, "X-Hub-Signature-256"),
                 headerValue(headers, "X-Hub-Signature-256"));
    }

    void unsignedHeaders()
    {
        ChannelSpec hook = channel(ChannelType::Webhook);
        hook.secret.clear();
        const auto webhook = signingHeaders(renderRequest(hook, firingMessage()), 1);
        QCOMPARE(webhook.size(), 1);
        QCOMPARE(webhook.first().first, QByteArray("Idempotency-Key"));
        ChannelSpec slack = channel(ChannelType::Slack);
        slack.secret = QStringLiteral("ignored");
        const OutgoingRequest req = renderRequest(slack, firingMessage());
        QVERIFY(req.signingSecret.isEmpty());
        QVERIFY(signingHeaders(req, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPayloadSigning)
#include "tst_payloads_signing.moc"
