// HttpExporter over real HTTP on 127.0.0.1 (a free port): routes, content types, readiness with
// an injected clock, the bearer token, bad parameters and a port that is already taken.
#include "export/HttpExporter.h"

#include "FakeClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace vigil;
using namespace std::chrono_literals;

namespace {
struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray authenticate;
};
} // namespace

class TestHttpExporter : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<HttpExporter> m_exporter;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;

    bool startExporter(const QString &token = {})
    {
        m_exporter = std::make_unique<HttpExporter>(m_clock, SeriesRegistry::withSystemSeries());
        QSignalSpy listening(m_exporter.get(), &HttpExporter::listening);
        m_exporter->start(QStringLiteral("127.0.0.1:0"), token);
        if (listening.isEmpty())
            return false;
        m_port = listening.first().at(0).value<quint16>();
        return m_port != 0;
    }

    Answer request(const QString &path, const QByteArray &verb = "GET",
                   const QByteArray &authorization = {})
    {
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        r.setTransferTimeout(5000);
        if (!authorization.isEmpty())
            r.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(r, verb));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(6000);
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll(),
                reply->rawHeader("WWW-Authenticate")};
    }

    static SampleBatch loadBatch(double load)
    {
        SampleBatch b;
        b.timeMs = 1795254000000;
        b.add(QStringLiteral("load1"), load);
        return b;
    }

private Q_SLOTS:
    void initTestCase() { m_nam.setProxy(QNetworkProxy::NoProxy); }
    void init() { QVERIFY(startExporter()); }
    void cleanup() { m_exporter.reset(); }

    void metricsServesTheLatestBatch()
    {
        m_exporter->setSystemBatch(loadBatch(0.5));
        Answer a = request(QStringLiteral("/metrics"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(a.body.contains("\nnode_load1 0.5\n"));
        m_exporter->setSystemBatch(loadBatch(1.25)); // the cached document is rendered again
        a = request(QStringLiteral("/metrics"));
        QVERIFY(a.body.contains("\nnode_load1 1.25\n"));
    }

    void onlyGet()
    {
        QCOMPARE(request(QStringLiteral("/metrics"), "POST").status, 404);
        QCOMPARE(request(QStringLiteral("/nothing")).status, 404);
    }

    void liveAndReady()
    {
        Answer live = request(QStringLiteral("/health/live"));
        QCOMPARE(live.status, 200);
        Answer ready = request(QStringLiteral("/health/ready"));
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.contentType, QByteArray("application/json"));
        QJsonObject o = QJsonDocument::fromJson(ready.body).object();
        QCOMPARE(o[u"status"].toString(), QStringLiteral("not ready"));
        QCOMPARE(o[u"reason"].toString(),
                 QStringLiteral("the collector has not produced a sample yet"));

        m_exporter->setSampling(1000, 60);
        m_exporter->setSystemBatch(loadBatch(0.1));
        QCOMPARE(request(QStringLiteral("/health/ready")).status, 200);
        m_clock.advance(3000ms); // exactly 3 intervals: still ready
        QCOMPARE(request(QStringLiteral("/health/ready")).status, 200);
        m_clock.advance(1500ms);
        ready = request(QStringLiteral("/health/ready"));
        QCOMPARE(ready.status, 503);
        o = QJsonDocument::fromJson(ready.body).object();
        QCOMPARE(o[u"reason"].toString(),
                 QStringLiteral("no sample from the collector for 4.5 s (interval 1 s)"));
        QVERIFY(request(QStringLiteral("/metrics")).body.contains("\nvigil_collector_up 0\n"));
        QCOMPARE(request(QStringLiteral("/health/live")).status, 200);
        // A batch without samples (every source disabled or failing) does not count.
        SampleBatch empty;
        empty.timeMs = m_clock.nowMs();
        m_exporter->setSystemBatch(empty);
        QCOMPARE(request(QStringLiteral("/health/ready")).status, 503);
    }

    void bearerToken()
    {
        QVERIFY(startExporter(QStringLiteral("s3cret")));
        for (const char *path : {"/metrics", "/health/live", "/health/ready", "/api/v1/alerts",
                                 "/api/v1/checks", "/api/v1/series?match=load1"}) {
            const Answer none = request(QString::fromLatin1(path));
            QCOMPARE(none.status, 401);
            QCOMPARE(none.authenticate, QByteArray("Bearer realm=\"vigil\""));
            QCOMPARE(QJsonDocument::fromJson(none.body).object()[u"errorType"].toString(),
                     QStringLiteral("unauthorized"));
            QCOMPARE(request(QString::fromLatin1(path), "GET", "Bearer wrong").status, 401);
            QCOMPARE(request(QString::fromLatin1(path), "GET", "s3cret").status, 401);
            const int status = request(QString::fromLatin1(path), "GET", "Bearer s3cret").status;
            QVERIFY2(status == 200 || status == 503, path); // ready: 503 without samples
        }
    }

    void apiAnswersJson()
    {
        m_exporter->setSystemBatch(loadBatch(0.75));
        Answer a = request(QStringLiteral("/api/v1/series?match=load1"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, QByteArray("application/json"));
        QVERIFY2(a.body.contains(R"("values":[[1795254000,"0.75"]])"), a.body.constData());
        a = request(QStringLiteral("/api/v1/series?match=load1%7B&step=1s"));
        QCOMPARE(a.status, 400);
        QCOMPARE(QJsonDocument::fromJson(a.body).object()[u"status"].toString(),
                 QStringLiteral("error"));
        QCOMPARE(request(QStringLiteral("/api/v1/alerts")).body,
                 QByteArray(R"({"data":{"alerts":[]},"status":"success"})"));
        QCOMPARE(request(QStringLiteral("/api/v1/checks")).body,
                 QByteArray(R"({"data":{"checks":[]},"status":"success"})"));
    }

    void portInUseIsAnError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        HttpExporter second(m_clock, SeriesRegistry::withSystemSeries());
        QSignalSpy failed(&second, &HttpExporter::listenFailed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("exporter: cannot listen on")));
        second.start(QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()), {});
        QCOMPARE(failed.size(), 1);
        const QString error = failed.first().at(0).toString();
        QVERIFY2(error.startsWith(
                     QStringLiteral("cannot listen on 127.0.0.1:%1: ").arg(taken.serverPort())),
                 qPrintable(error));
    }

    void invalidListenIsAnError()
    {
        HttpExporter bad(m_clock, SeriesRegistry::withSystemSeries());
        QSignalSpy failed(&bad, &HttpExporter::listenFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid listen")));
        bad.start(QStringLiteral(":9464"), {});
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpExporter)
#include "tst_httpexporter.moc"
