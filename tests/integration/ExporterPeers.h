#pragma once

// Helpers of tst_exporter_peers: blocking-with-a-bound HTTP GETs from the test thread, a free
// loopback port, and a peer process (node_exporter, Prometheus) stopped when it goes away.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace vigil::exportertest {

struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

inline Fetched get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", auth);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(11000);
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
}

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A child process that is terminated (then killed) on destruction.
class Peer final
{
public:
    Peer() { m_process.setProcessChannelMode(QProcess::MergedChannels); }
    ~Peer() { stop(); }
    Q_DISABLE_COPY_MOVE(Peer)

    // Starts program and waits until url answers 200; empty on success, else why not.
    QString start(QNetworkAccessManager &nam, const QString &program, const QStringList &args,
                  const QUrl &url)
    {
        m_process.start(program, args);
        if (!m_process.waitForStarted(5000))
            return program + QStringLiteral(": ") + m_process.errorString();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (m_process.state() != QProcess::Running)
                return program + QStringLiteral(" exited: ") + QString::fromUtf8(output());
            if (get(nam, url).status == 200)
                return {};
            QTest::qWait(100);
        }
        return program + QStringLiteral(": no answer within 20 s");
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    QByteArray output() { return m_output += m_process.readAll(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace vigil::exportertest
