// The http check end to end: CheckService::testCheck against check_server.py on 127.0.0.1
// (plain HTTP; HTTPS is in tst_httpcheck_tls.cpp).

#include "CheckPeers.h"

#include "checks/HttpFetch.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace vigil;
using namespace vigil::checktest;

namespace {

// Generous: every case ends well within it unless the check hangs.
constexpr int WaitMs = 10000;

CheckSpec httpSpec(const QString &path, qint64 timeoutMs = 5000)
{
    CheckSpec spec = makeSpec(CheckType::Http, QStringLiteral("http-test"), timeoutMs);
    spec.http.url = path; // made absolute by the test
    return spec;
}

// The process's peak resident set (VmHWM) in KiB, or -1.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestHttpCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Loopback only: no proxy from the environment may come between check and server.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const QString why = m_server.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        const QString why = m_runner.eachReportedOnce();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_server.stop();
    }

    void responses_data()
    {
        QTest::addColumn<CheckSpec>("spec");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message"); // regular expression, fully matched

        const QString fine = QStringLiteral("HTTP 200 in \\d+ ms");
        auto row = [](const char *name, const CheckSpec &spec, const char *status,
                      const QString &message) {
            QTest::newRow(name) << spec << QString::fromLatin1(status) << message;
        };
        row("200", httpSpec(QStringLiteral("/ok")), "healthy", fine);
        row("500", httpSpec(QStringLiteral("/status/500")), "unhealthy",
            QStringLiteral("HTTP 500: expected 200-399"));
        CheckSpec notFound = httpSpec(QStringLiteral("/status/404"));
        notFound.http.expectStatus = {StatusRange{404, 404}};
        row("404 expected", notFound, "healthy", QStringLiteral("HTTP 404 in \\d+ ms"));
        CheckSpec ranges = httpSpec(QStringLiteral("/status/503"));
        ranges.http.expectStatus = {StatusRange{200, 299}, StatusRange{301, 301}};
        row("503 outside ranges", ranges, "unhealthy",
            QStringLiteral("HTTP 503: expected 200-299, 301"));

        row("redirect loop", httpSpec(QStringLiteral("/redirect-loop")), "unhealthy",
            QStringLiteral("more than 5 redirects"));
        CheckSpec fewRedirects = httpSpec(QStringLiteral("/redirect-loop"));
        fewRedirects.http.maxRedirects = 2;
        row("redirect loop, max 2", fewRedirects, "unhealthy",
            QStringLiteral("more than 2 redirects"));
        row("redirect once", httpSpec(QStringLiteral("/redirect-once")), "healthy", fine);
        CheckSpec noFollow = httpSpec(QStringLiteral("/redirect-once"));
        noFollow.http.maxRedirects = 0;
        noFollow.http.expectStatus = {StatusRange{200, 299}};
        row("redirect not followed", noFollow, "unhealthy",
            QStringLiteral("HTTP 302: expected 200-299"));

        CheckSpec keyword = httpSpec(QStringLiteral("/ok"));
        keyword.http.keyword = QStringLiteral("vigil");
        row("keyword present", keyword, "healthy", fine);
        keyword.http.keyword = QStringLiteral("goodbye");
        row("keyword absent", keyword, "unhealthy",
            QStringLiteral("HTTP 200: body does not contain \"goodbye\""));
        CheckSpec regex = httpSpec(QStringLiteral("/ok"));
        regex.http.bodyRegex = QStringLiteral("^hello \\w+$");
        row("regex matches", regex, "healthy", fine);
        regex.http.bodyRegex = QStringLiteral("^bye");
        row("regex does not match", regex, "unhealthy",
            QStringLiteral("HTTP 200: body does not match /\\^bye/"));
        CheckSpec nonUtf8 = httpSpec(QStringLiteral("/nonutf8"));
        nonUtf8.http.keyword = QStringLiteral("marker");
        row("non-UTF-8 body, keyword", nonUtf8, "healthy", fine);

        CheckSpec notJson = httpSpec(QStringLiteral("/invalid-json"));
        notJson.http.jsonField = QStringLiteral("status");
        notJson.http.jsonEquals = QStringLiteral("ok");
        row("invalid JSON", notJson, "unhealthy",
            QStringLiteral("HTTP 200: body is not JSON \\(.+ at offset \\d+\\)"));
        CheckSpec field = httpSpec(QStringLiteral("/json"));
        field.http.jsonField = QStringLiteral("db.state");
        field.http.jsonEquals = QStringLiteral("up");
        row("json field equals", field, "healthy", fine);
        field.http.jsonEquals = QStringLiteral("down");
        row("json field differs", field, "unhealthy",
            QStringLiteral("HTTP 200: db.state is \"up\", expected \"down\""));
        field.http.jsonField = QStringLiteral("db.latency");
        row("json field missing", field, "unhealthy",
            QStringLiteral("HTTP 200: no JSON field \"db.latency\""));

        row("health healthy", httpSpec(QStringLiteral("/health/healthy")), "healthy", fine);
        row("health degraded", httpSpec(QStringLiteral("/health/degraded")), "degraded",
            fine + QStringLiteral(": service reports \"degraded\""));
        row("health unhealthy", httpSpec(QStringLiteral("/health/unhealthy")), "unhealthy",
            fine + QStringLiteral(": service reports \"unhealthy\""));
        CheckSpec ignored = httpSpec(QStringLiteral("/health/unhealthy"));
        ignored.http.healthDocument = false;
        row("health document off", ignored, "healthy", fine);

        CheckSpec slowish = httpSpec(QStringLiteral("/slow?ms=300"));
        slowish.http.degradedLatencyMs = 100;
        row("degraded latency", slowish, "degraded", fine + QStringLiteral(": slower than 100 ms"));
        CheckSpec post = httpSpec(QStringLiteral("/ok"));
        post.http.method = QStringLiteral("POST");
        post.http.body = QStringLiteral("{}");
        row("POST", post, "healthy", fine);
    }

    void responses()
    {
        QFETCH(CheckSpec, spec);
        QFETCH(QString, status);
        QFETCH(QString, message);
        spec.http.url = m_server.url(spec.http.url).toString();
        const CheckRunner::Outcome out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        const CheckResult &r = *out.result;
        QCOMPARE(checkStatusName(r.status), status);
        QVERIFY2(fullMatch(message, r.message), qPrintable(r.message));
        QCOMPARE(r.check, spec.name);
        QCOMPARE(r.target, spec.http.url);
        if (r.httpStatus != 0)
            QVERIFY(r.latencySeconds.has_value());
    }

    // A server that is slow, never ends its body, or trickles bytes: the deadline covers the
    // whole exchange, and the attempt ends soon after it.
    void deadlines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("message");
        QTest::newRow("slow") << QStringLiteral("/slow?ms=3000") << 500
                              << QStringLiteral("timed out after 0.5 s");
        QTest::newRow("endless") << QStringLiteral("/endless") << 1000
                                 << QStringLiteral("timed out after 1 s");
        QTest::newRow("trickle") << QStringLiteral("/trickle") << 1000
                                 << QStringLiteral("timed out after 1 s");
    }

    void deadlines()
    {
        QFETCH(QString, path);
        QFETCH(int, timeoutMs);
        QFETCH(QString, message);
        CheckSpec spec = httpSpec(m_server.url(path).toString(), timeoutMs);
        const CheckRunner::Outcome out = m_runner.run(spec, timeoutMs + 2000);
        QVERIFY2(out.result,
                 qPrintable(QStringLiteral("no result after %1 ms").arg(out.elapsedMs)));
        QCOMPARE(out.result->status, CheckStatus::Unhealthy);
        QCOMPARE(out.result->message, message);
        QCOMPARE(out.result->httpStatus, 0);
    }

    // A body past the 1 MiB read limit is cut and the transfer stopped; the status and the
    // part read are still judged.
    void longBodyIsCut()
    {
        CheckSpec spec = httpSpec(m_server.url(QStringLiteral("/huge")).toString());
        spec.http.keyword = QStringLiteral("not in there");
        CheckRunner::Outcome out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, CheckStatus::Unhealthy);
        QCOMPARE(out.result->message,
                 QStringLiteral("HTTP 200: body does not contain \"not in there\""));

        spec.http.keyword.clear();
        out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, CheckStatus::Healthy);
        QVERIFY2(fullMatch(QStringLiteral("HTTP 200 in \\d+ ms: body cut at 1024 KiB"),
                           out.result->message),
                 qPrintable(out.result->message));
    }

    // What the fetch keeps of a 256 MiB body: exactly the limit, and the process does not
    // grow by anything near the body's size.
    void fetchKeepsAtMostTheLimit()
    {
        const qint64 peakBefore = peakRssKiB();
        QVERIFY(peakBefore > 0);
        QNetworkAccessManager nam;
        HttpFetch::Request request;
        request.url = m_server.url(QStringLiteral("/huge?mib=256"));
        request.maxBodyBytes = 1024 * 1024;
        HttpFetch fetch(&nam, request);
        QSignalSpy finished(&fetch, &HttpFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(WaitMs));
        const auto response = finished.first().at(0).value<HttpFetch::Response>();
        QVERIFY(response.ok);
        QCOMPARE(response.status, 200);
        QVERIFY(response.truncated);
        QCOMPARE(qint64(response.body.size()), request.maxBodyBytes);
        const qint64 grownKiB = peakRssKiB() - peakBefore;
        QVERIFY2(grownKiB < 64 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grownKiB)));
    }

    // Known Qt 6.4 limitation, opt-in (VIGIL_TEST_FAST_ENDLESS=1): a chunked body that never
    // ends, written as fast as loopback carries it. Qt's HTTP thread can keep reading it for
    // good (hundreds of MB/s; the read loop runs while the socket has data) and then never gets
    // to the abort, while the reply's readyRead is compressed away: the attempt ends only by its
    // deadline, and every later request of that QNetworkAccessManager times out. Failed in 4 of
    // 5 runs of this function on a 2-core Debian 12 machine (first or second attempt).
    void fastEndlessBody()
    {
        if (!qEnvironmentVariableIsSet("VIGIL_TEST_FAST_ENDLESS"))
            QSKIP("Qt 6.4's HTTP thread can be pinned by a fast endless body; "
                  "set VIGIL_TEST_FAST_ENDLESS=1 to run");
        CheckRunner runner; // its own network access manager, so the other tests stay usable
        for (int i = 0; i < 3; ++i) {
            const auto out = runner.run(
                httpSpec(m_server.url(QStringLiteral("/endless?fast=1")).toString()), WaitMs);
            QVERIFY2(out.result, "no result");
            QVERIFY2(out.result->message.endsWith(QLatin1String("body cut at 1024 KiB")),
                     qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(out.result->message)));
        }
        const auto out =
            runner.run(httpSpec(m_server.url(QStringLiteral("/ok")).toString()), WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->message.left(12), QStringLiteral("HTTP 200 in "));
    }

    // W3C trace context and a request id on every request, and the result names both.
    void traceContextReachesTheServer()
    {
        CheckSpec spec = httpSpec(m_server.url(QStringLiteral("/echo")).toString());
        spec.http.headers = {{QStringLiteral("X-Vigil-Test"), QStringLiteral("yes")}};
        QStringList traceIds;
        for (int i = 0; i < 2; ++i) {
            const CheckRunner::Outcome out = m_runner.run(spec, WaitMs);
            QVERIFY2(out.result, "no result");
            QCOMPARE(out.result->status, CheckStatus::Healthy);
            const QByteArray line = m_server.readLine(WaitMs);
            QVERIFY2(line.startsWith("ECHO "), line.constData());
            const QJsonObject seen = QJsonDocument::fromJson(line.mid(5)).object();

            const QString traceparent = seen.value(QLatin1String("traceparent")).toString();
            QVERIFY2(fullMatch(QStringLiteral("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent),
                     qPrintable(traceparent));
            QCOMPARE(out.result->traceparent, traceparent);
            const QString requestId = seen.value(QLatin1String("x-request-id")).toString();
            QVERIFY(!requestId.isEmpty());
            QCOMPARE(out.result->requestId, requestId);
            QCOMPARE(seen.value(QLatin1String("x-vigil-test")).toString(), QStringLiteral("yes"));
            QVERIFY(seen.value(QLatin1String("user-agent")).toString().startsWith(u"Vigil/"));
            traceIds << traceparent.mid(3, 32);
        }
        QVERIFY2(traceIds.at(0) != traceIds.at(1), "each attempt starts a new trace");
    }

    void unreachable()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const CheckSpec spec = httpSpec(QStringLiteral("http://127.0.0.1:%1/ok").arg(port), 3000);
        const CheckRunner::Outcome out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, CheckStatus::Unhealthy);
        QCOMPARE(out.result->message, QStringLiteral("Connection refused"));
        QCOMPARE(out.result->httpStatus, 0);
        QVERIFY(!out.result->latencySeconds);
    }

private:
    CheckServer m_server;
    CheckRunner m_runner;
};

QTEST_GUILESS_MAIN(TestHttpCheck)
#include "tst_httpcheck.moc"
