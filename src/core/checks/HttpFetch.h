#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace vigil {

// One HTTP request with the limits a check needs: a deadline for the whole exchange (a server
// that trickles bytes never resets it, unlike QNetworkRequest's transfer timeout), a bounded
// body (the rest is not read), bounded redirects, and the TLS certificate's expiry.
class HttpFetch final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        QByteArray method = "GET";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 timeoutMs = 10000;
        qint64 maxBodyBytes = 1024 * 1024;
        int maxRedirects = 5;
        bool verifyTls = true;
    };

    struct Response
    {
        bool ok = false; // an HTTP response arrived (any status)
        QString error;   // why not, for the user
        int status = 0;
        QByteArray body;        // at most maxBodyBytes
        bool truncated = false; // the body was longer than that
        double latencySeconds = 0;
        std::optional<double> certDaysLeft; // HTTPS only
        QUrl finalUrl;
    };

    HttpFetch(QNetworkAccessManager *nam, const Request &request, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start();
    // Wall time of "now" for certificate expiry; tests of expiry pass a fixed clock.
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }

Q_SIGNALS:
    void finished(const vigil::HttpFetch::Response &response);

private:
    void noteCertificate();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void finish(Response response);

    QNetworkAccessManager *m_nam;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    bool m_truncated = false;
    bool m_timedOut = false;
    bool m_done = false;
    qint64 m_nowMs = 0;
    std::optional<double> m_certDaysLeft;
};

} // namespace vigil
