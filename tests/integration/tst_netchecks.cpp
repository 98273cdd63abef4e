// The tcp, dns and prometheus checks end to end against peers on 127.0.0.1: check_server.py
// (TCP banner and echo servers, Prometheus expositions) and dnsmasq on port 53.

#include "CheckPeers.h"

#include <QFile>
#include <QNetworkProxy>
#include <QTest>

using namespace vigil;
using namespace vigil::checktest;

namespace {

constexpr int WaitMs = 10000;
const QString Dnsmasq = QStringLiteral("/usr/sbin/dnsmasq");

} // namespace

class TestNetChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QString why = m_banner.start({QStringLiteral("--tcp-banner")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_echo.start({QStringLiteral("--tcp-echo")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_http.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_dnsSkip = startDnsmasq();
    }

    void cleanupTestCase()
    {
        const QString why = m_runner.eachReportedOnce();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        if (m_dnsmasq.state() != QProcess::NotRunning) {
            m_dnsmasq.kill();
            m_dnsmasq.waitForFinished(5000);
        }
    }

    void tcp_data()
    {
        QTest::addColumn<QString>("server"); // banner, echo or closed
        QTest::addColumn<QString>("send");   // config syntax: \r \n escapes
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message"); // regular expression, fully matched

        const QString banner = QStringLiteral("banner");
        const QString echo = QStringLiteral("echo");
        QTest::newRow("closed port")
            << QStringLiteral("closed") << QString() << QString() << 3000
            << QStringLiteral("unhealthy") << QStringLiteral("Connection refused");
        QTest::newRow("connect only")
            << banner << QString() << QString() << 3000 << QStringLiteral("healthy")
            << QStringLiteral("connected in \\d+ ms");
        QTest::newRow("banner") << banner << QString() << QStringLiteral("SSH-2.0") << 3000
                                << QStringLiteral("healthy")
                                << QStringLiteral("reply contains \"SSH-2.0\"");
        QTest::newRow("ping pong")
            << echo << QStringLiteral("PING\\r\\n") << QStringLiteral("PONG") << 3000
            << QStringLiteral("healthy") << QStringLiteral("reply contains \"PONG\"");
        QTest::newRow("ping pong after banner")
            << banner << QStringLiteral("PING\\r\\n") << QStringLiteral("PONG\\r\\n") << 3000
            << QStringLiteral("healthy") << QStringLiteral("reply contains \"PONG\\\\r\\\\n\"");
        QTest::newRow("expected text never sent")
            << banner << QString() << QStringLiteral("220 ESMTP") << 1000
            << QStringLiteral("unhealthy")
            << QStringLiteral("connected, but no expected reply within 1 s");
        QTest::newRow("silent server")
            << echo << QString() << QStringLiteral("PONG") << 1000 << QStringLiteral("unhealthy")
            << QStringLiteral("connected, but no expected reply within 1 s");
    }

    void tcp()
    {
        QFETCH(QString, server);
        QFETCH(QString, send);
        QFETCH(QString, expect);
        QFETCH(int, timeoutMs);
        QFETCH(QString, status);
        QFETCH(QString, message);
        CheckSpec spec = makeSpec(CheckType::Tcp, QStringLiteral("tcp-test"), timeoutMs);
        spec.tcp.host = QStringLiteral("127.0.0.1");
        spec.tcp.port = server == QLatin1String("banner") ? m_banner.port()
                        : server == QLatin1String("echo") ? m_echo.port()
                                                          : closedPort();
        QVERIFY(spec.tcp.port != 0);
        spec.tcp.send = send;
        spec.tcp.expect = expect;
        const CheckRunner::Outcome out = m_runner.run(spec, timeoutMs + 2000);
        QVERIFY2(out.result,
                 qPrintable(QStringLiteral("no result after %1 ms").arg(out.elapsedMs)));
        QCOMPARE(checkStatusName(out.result->status), status);
        QVERIFY2(fullMatch(message, out.result->message), qPrintable(out.result->message));
        QCOMPARE(out.result->target, QStringLiteral("127.0.0.1:%1").arg(spec.tcp.port));
    }

    void dns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectAddress");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message"); // regular expression, fully matched

        QTest::newRow("localhost")
            << QStringLiteral("localhost") << QString() << QStringLiteral("healthy")
            << QStringLiteral("localhost → 127\\.0\\.0\\.1 in \\d+ ms");
        QTest::newRow("expected address")
            << QStringLiteral("vigil.test") << QStringLiteral("127.0.0.1")
            << QStringLiteral("healthy")
            << QStringLiteral("vigil.test → 127\\.0\\.0\\.1 in \\d+ ms");
        QTest::newRow("other address")
            << QStringLiteral("vigil.test") << QStringLiteral("10.0.0.1")
            << QStringLiteral("unhealthy")
            << QStringLiteral("vigil.test resolves to 127\\.0\\.0\\.1, expected 10\\.0\\.0\\.1");
        // dnsmasq answers NXDOMAIN for *.invalid (--local=/invalid/) ...
        QTest::newRow("NXDOMAIN") << QStringLiteral("nonexistent.invalid") << QString()
                                  << QStringLiteral("unhealthy")
                                  << QStringLiteral("nonexistent.invalid does not resolve: "
                                                    "Non existent domain");
        // ... and REFUSED for names it has no upstream server for (--no-resolv).
        QTest::newRow("REFUSED") << QStringLiteral("unknown.example") << QString()
                                 << QStringLiteral("unhealthy")
                                 << QStringLiteral("unknown.example does not resolve: "
                                                   "Server refused to answer");
    }

    void dns()
    {
        if (!m_dnsSkip.isEmpty())
            QFAIL(qPrintable(m_dnsSkip));
        QFETCH(QString, name);
        QFETCH(QString, expectAddress);
        QFETCH(QString, status);
        QFETCH(QString, message);
        CheckSpec spec = makeSpec(CheckType::Dns, QStringLiteral("dns-test"), 3000);
        spec.dns.name = name;
        spec.dns.server = QStringLiteral("127.0.0.1");
        spec.dns.expectAddress = expectAddress;
        const CheckRunner::Outcome out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(checkStatusName(out.result->status), status);
        QVERIFY2(fullMatch(message, out.result->message), qPrintable(out.result->message));
    }

    void prometheus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message"); // regular expression, fully matched
        QTest::addColumn<int>("kept");        // vigil_test_requests_total series kept

        const QString problem = QStringLiteral("1 problem\\(s\\) in the exposition, first: ");
        QTest::newRow("good") << QStringLiteral("/metrics-good") << QStringLiteral("healthy")
                              << QStringLiteral("scraped 3 series in \\d+ ms") << 2;
        QTest::newRow("bad escape")
            << QStringLiteral("/metrics-bad-escape") << QStringLiteral("degraded")
            << problem +
                   QStringLiteral("line 5: invalid escape .+ label \"path\" \\(1 series kept\\)")
            << 1;
        QTest::newRow("duplicate")
            << QStringLiteral("/metrics-duplicate") << QStringLiteral("degraded")
            << problem + QStringLiteral("line 4: duplicate series .+ \\(1 series kept\\)") << 1;
        QTest::newRow("no final newline")
            << QStringLiteral("/metrics-no-newline") << QStringLiteral("degraded")
            << problem + QStringLiteral("line 4: missing final newline \\(1 series kept\\)") << 1;
    }

    // Scheduled (not testCheck) so that the scraped samples come out as series.
    void prometheus()
    {
        QFETCH(QString, path);
        QFETCH(QString, status);
        QFETCH(QString, message);
        QFETCH(int, kept);
        CheckService &service = m_runner.service();
        service.setRunOnce(true);
        service.setSeed(1); // no start-up spread: runs at once
        CheckSpec spec = makeSpec(CheckType::Prometheus, QStringLiteral("prom-test"));
        spec.prometheus.url = m_http.url(path).toString();
        QSignalSpy results(&service, &CheckService::resultReady);
        QSignalSpy batches(&service, &CheckService::samplesReady);
        QSignalSpy settled(&service, &CheckService::allSettled);
        service.setChecks({spec});
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, WaitMs);
        service.setChecks({});

        QCOMPARE(results.size(), 1);
        const auto result = results.first().at(0).value<CheckResult>();
        QCOMPARE(checkStatusName(result.status), status);
        QVERIFY2(fullMatch(message, result.message), qPrintable(result.message));
        QCOMPARE(result.httpStatus, 200);

        QCOMPARE(batches.size(), 1);
        const auto batch = batches.first().at(0).value<SampleBatch>();
        int requests = 0;
        for (const SeriesSample &s : batch.samples) {
            if (s.id.name() != QLatin1String("vigil_test_requests_total"))
                continue;
            ++requests;
            QCOMPARE(s.id.label(u"target"), spec.name);
            if (s.id.label(u"code") == QLatin1String("200"))
                QCOMPARE(s.value, 42.0);
        }
        QCOMPARE(requests, kept);
        const SeriesSample *up = batch.find(
            SeriesId(QStringLiteral("check_up"), {{QStringLiteral("check"), spec.name}}));
        QVERIFY(up);
        QCOMPARE(up->value, 1.0); // degraded is still up
    }

private:
    // Starts dnsmasq on 127.0.0.1:53; empty string when it serves, else why the DNS cases skip.
    QString startDnsmasq()
    {
        if (!QFile::exists(Dnsmasq))
            return QStringLiteral("%1 is not installed (Debian package dnsmasq-base)").arg(Dnsmasq);
        m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
        m_dnsmasq.start(
            Dnsmasq, {QStringLiteral("--no-daemon"), QStringLiteral("--no-resolv"),
                      QStringLiteral("--no-hosts"), QStringLiteral("--listen-address=127.0.0.1"),
                      QStringLiteral("--bind-interfaces"), QStringLiteral("--port=53"),
                      QStringLiteral("--address=/vigil.test/127.0.0.1"),
                      QStringLiteral("--address=/localhost/127.0.0.1"),
                      QStringLiteral("--local=/invalid/"), QStringLiteral("--pid-file="),
                      QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--log-facility=-")});
        if (!m_dnsmasq.waitForStarted(5000))
            return m_dnsmasq.errorString();
        // It logs "started, version ..." once its sockets are bound, or exits when it cannot bind.
        QByteArray log;
        QElapsedTimer timer;
        timer.start();
        while (!log.contains("started, version") && timer.elapsed() < 5000) {
            if (m_dnsmasq.state() != QProcess::Running)
                break;
            m_dnsmasq.waitForReadyRead(100);
            log += m_dnsmasq.readAll();
        }
        if (log.contains("started, version"))
            return {};
        if (m_dnsmasq.state() == QProcess::Running) {
            m_dnsmasq.kill();
            m_dnsmasq.waitForFinished(5000);
        }
        log += m_dnsmasq.readAll();
        return QStringLiteral("dnsmasq cannot serve 127.0.0.1:53 (needs root and a free port): %1")
            .arg(QString::fromUtf8(log).trimmed());
    }

    CheckServer m_banner;
    CheckServer m_echo;
    CheckServer m_http;
    QProcess m_dnsmasq;
    QString m_dnsSkip;
    CheckRunner m_runner;
};

QTEST_GUILESS_MAIN(TestNetChecks)
#include "tst_netchecks.moc"
