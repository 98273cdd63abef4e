// Secrets never reach the log file, standard error or the Log view.
#include "log/Redaction.h"

#include <QJsonArray>
#include <QTest>

using namespace vigil;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("webhook path") << "delivered to https://hooks.slack.com/services/T0/B1/XyZ"
                                      << "delivered to https://hooks.slack.com/…";
        QTest::newRow("user info") << "connect http://admin:hunter2@10.0.0.5:8080 failed"
                                   << "connect http://10.0.0.5/… failed";
        QTest::newRow("query token") << "GET https://ntfy.sh/alerts?auth=abc123 -> 200"
                                     << "GET https://ntfy.sh/… -> 200";
        QTest::newRow("bare host stays") << "listening on http://127.0.0.1:9464"
                                         << "listening on http://127.0.0.1:9464";
        QTest::newRow("trailing dot") << "see https://discord.com/api/webhooks/1/tok."
                                      << "see https://discord.com/….";
        QTest::newRow("two urls") << "from https://a.example/x to https://b.example/y"
                                  << "from https://a.example/… to https://b.example/…";
        QTest::newRow("bearer") << "Authorization: Bearer eyJhbGciOi.J9.x"
                                << "Authorization: Bearer ***";
        QTest::newRow("basic") << "header Basic dXNlcjpwYXNz sent"
                               << "header Basic *** sent";
        QTest::newRow("lowercase bearer") << "auth: bearer abc.def-123"
                                          << "auth: bearer ***";
        QTest::newRow("words after basic stay")
            << "Basic authentication failed, the bearer of bad news"
            << "Basic authentication failed, the bearer of bad news";
        QTest::newRow("token=") << "using token=s3cr3t&x=1"
                                << "using token=***&x=1";
        QTest::newRow("json password") << R"({"password": "pw1", "user": "me"})"
                                       << R"({"password": "***", "user": "me"})";
        QTest::newRow("api key header") << "X-Api-Key: k-123"
                                        << "X-Api-Key: ***";
        QTest::newRow("routing_key") << "routing_key=R0123456789abcdef"
                                     << "routing_key=***";
        QTest::newRow("access_token") << "access_token: abc, next"
                                      << "access_token: ***, next";
        QTest::newRow("plain words stay") << "check api is unhealthy: HTTP 503 (token bucket)"
                                          << "check api is unhealthy: HTTP 503 (token bucket)";
        QTest::newRow("design= stays") << "design=flat"
                                       << "design=flat";
        QTest::newRow("empty") << ""
                               << "";
    }
    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(input), expected);
    }

    void fieldsNestedAndArrays()
    {
        const QJsonObject in{
            {QStringLiteral("url"), QStringLiteral("https://hooks.slack.com/services/T/B/C")},
            {QStringLiteral("count"), 3},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("auth"), QStringLiteral("Bearer abc123")}}},
            {QStringLiteral("list"), QJsonArray{QStringLiteral("token=zz"), 1}}};
        const QJsonObject out = redactFields(in);
        QCOMPARE(out.value(u"url").toString(), QStringLiteral("https://hooks.slack.com/…"));
        QCOMPARE(out.value(u"count").toInt(), 3);
        QCOMPARE(out.value(u"headers").toObject().value(u"auth").toString(),
                 QStringLiteral("Bearer ***"));
        QCOMPARE(out.value(u"list").toArray().at(0).toString(), QStringLiteral("token=***"));
        QCOMPARE(out.value(u"list").toArray().at(1).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
