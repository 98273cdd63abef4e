// The http check over HTTPS: check_server.py with self-signed certificates that openssl makes
// at test time (365 days and 3 days), and HttpCheck::judge cases no live server produces.

#include "CheckPeers.h"

#include "checks/HttpCheck.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using namespace vigil::checktest;

namespace {

constexpr int WaitMs = 10000;

// A self-signed certificate for 127.0.0.1 valid for `days`; empty string or why it failed.
QString makeCertificate(const QString &dir, int days)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    const QString base = QStringLiteral("%1/%2d").arg(dir).arg(days);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QString::number(days), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), base + QStringLiteral("-key.pem"),
                   QStringLiteral("-out"), base + QStringLiteral("-cert.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: %1 %2")
            .arg(openssl.errorString(), QString::fromUtf8(openssl.readAll()));
    return {};
}

QStringList tlsArgs(const QString &dir, int days)
{
    const QString base = QStringLiteral("%1/%2d").arg(dir).arg(days);
    return {QStringLiteral("--tls-cert"), base + QStringLiteral("-cert.pem"),
            QStringLiteral("--tls-key"), base + QStringLiteral("-key.pem")};
}

CheckSpec httpsSpec(const QUrl &url, bool verify)
{
    CheckSpec spec = makeSpec(CheckType::Http, QStringLiteral("https-test"));
    spec.http.url = url.toString();
    spec.http.verifyTls = verify;
    return spec;
}

} // namespace

class TestHttpCheckTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        QVERIFY(m_dir.isValid());
        for (const int days : {365, 3}) {
            const QString why = makeCertificate(m_dir.path(), days);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QString why = m_year.start(tlsArgs(m_dir.path(), 365));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = m_days.start(tlsArgs(m_dir.path(), 3));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanupTestCase()
    {
        const QString why = m_runner.eachReportedOnce();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_year.stop();
        m_days.stop();
    }

    void selfSignedIsRejectedWhenVerifying()
    {
        const auto out =
            m_runner.run(httpsSpec(m_year.url(QStringLiteral("/ok"), https()), true), WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, CheckStatus::Unhealthy);
        QCOMPARE(
            out.result->message,
            QStringLiteral("SSL handshake failed: The certificate is self-signed, and untrusted"));
        QCOMPARE(out.result->httpStatus, 0);
    }

    void yearCertificateWithoutVerification()
    {
        const auto out =
            m_runner.run(httpsSpec(m_year.url(QStringLiteral("/ok"), https()), false), WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, CheckStatus::Healthy);
        QVERIFY2(fullMatch(QStringLiteral("HTTP 200 in \\d+ ms"), out.result->message),
                 qPrintable(out.result->message));
        QVERIFY(out.result->certDaysLeft.has_value());
        QVERIFY2(qAbs(*out.result->certDaysLeft - 365.0) < 0.01,
                 qPrintable(QString::number(*out.result->certDaysLeft)));
    }

    // A 3-day certificate has a little under 3 days left: below the default critical 3 days,
    // above a critical threshold of 1 but below the 14-day warning.
    void shortCertificate_data()
    {
        QTest::addColumn<int>("criticalDays");
        QTest::addColumn<CheckStatus>("status");
        QTest::newRow("critical 3 (default)") << 3 << CheckStatus::Unhealthy;
        QTest::newRow("critical 1") << 1 << CheckStatus::Degraded;
    }

    void shortCertificate()
    {
        QFETCH(int, criticalDays);
        QFETCH(CheckStatus, status);
        CheckSpec spec = httpsSpec(m_days.url(QStringLiteral("/ok"), https()), false);
        spec.http.certCriticalDays = criticalDays;
        const auto out = m_runner.run(spec, WaitMs);
        QVERIFY2(out.result, "no result");
        QCOMPARE(out.result->status, status);
        QVERIFY2(fullMatch(QStringLiteral("HTTP 200 in \\d+ ms: certificate expires in 3.0 days"),
                           out.result->message),
                 qPrintable(out.result->message));
        QVERIFY(out.result->certDaysLeft.has_value());
        QVERIFY(*out.result->certDaysLeft < 3.0 && *out.result->certDaysLeft > 2.99);
    }

    // judge() alone, for responses a live server does not easily give.
    void judge_data()
    {
        QTest::addColumn<CheckSpec>("spec");
        QTest::addColumn<HttpFetch::Response>("response");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QString>("message");

        HttpFetch::Response ok;
        ok.ok = true;
        ok.status = 200;
        ok.latencySeconds = 0.012;
        ok.body = QByteArrayLiteral("{\"status\": \"healthy\"}");
        const CheckSpec plain = makeSpec(CheckType::Http, QStringLiteral("judge"));

        HttpFetch::Response expired = ok;
        expired.certDaysLeft = -2.5;
        QTest::newRow("expired certificate")
            << plain << expired << CheckStatus::Unhealthy
            << QStringLiteral("HTTP 200 in 12 ms: certificate expired 2.5 days ago");

        HttpFetch::Response cut = ok;
        cut.body = QByteArrayLiteral("{\"status\": \"hea");
        cut.truncated = true;
        CheckSpec field = plain;
        field.http.jsonField = QStringLiteral("status");
        field.http.jsonEquals = QStringLiteral("healthy");
        QTest::newRow("JSON field in a cut body")
            << field << cut << CheckStatus::Unhealthy
            << QStringLiteral("HTTP 200: body over the read limit, not parsed");

        HttpFetch::Response failed;
        failed.error = QStringLiteral("Host 127.0.0.1 not found");
        QTest::newRow("no response") << plain << failed << CheckStatus::Unhealthy
                                     << QStringLiteral("Host 127.0.0.1 not found");

        HttpFetch::Response warned = ok;
        warned.body = QByteArrayLiteral("{\"status\": \"WARN\"}");
        warned.certDaysLeft = 10.04;
        QTest::newRow("warn document and warning certificate")
            << plain << warned << CheckStatus::Degraded
            << QStringLiteral(
                   "HTTP 200 in 12 ms: service reports \"WARN\"; certificate expires in 10.0 days");
    }

    void judge()
    {
        QFETCH(CheckSpec, spec);
        QFETCH(HttpFetch::Response, response);
        QFETCH(CheckStatus, status);
        QFETCH(QString, message);
        const ProbeReport report = HttpCheck::judge(spec, response);
        QCOMPARE(report.status, status);
        QCOMPARE(report.message, message);
    }

private:
    static QString https() { return QStringLiteral("https"); }

    QTemporaryDir m_dir;
    CheckServer m_year;
    CheckServer m_days;
    CheckRunner m_runner;
};

QTEST_GUILESS_MAIN(TestHttpCheckTls)
#include "tst_httpcheck_tls.moc"
