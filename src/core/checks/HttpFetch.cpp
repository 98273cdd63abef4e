#include "HttpFetch.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace vigil {

HttpFetch::HttpFetch(QNetworkAccessManager *nam, const Request &request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(request)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpFetch::onDeadline);
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpFetch::start()
{
    QNetworkRequest req(m_request.url);
    req.setTransferTimeout(int(qMin<qint64>(m_request.timeoutMs, INT_MAX)));
    req.setMaximumRedirectsAllowed(m_request.maxRedirects);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     m_request.maxRedirects > 0 ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                : QNetworkRequest::ManualRedirectPolicy);
    // Checks measure the service, not a connection Qt kept from the previous run.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Vigil/" VIGIL_VERSION));
    // A fresh connection per attempt, as blackbox_exporter does: the latency includes connect
    // (and TLS), and a dead peer is not hidden behind a pooled connection.
    req.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    for (const auto &[name, value] : m_request.headers)
        req.setRawHeader(name, value);

    m_elapsed.start();
    m_deadline.start(int(qMin<qint64>(m_request.timeoutMs, INT_MAX)));
    m_reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpFetch::noteCertificate);
    if (!m_request.verifyTls) {
        connect(m_reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError> &) { m_reply->ignoreSslErrors(); });
    }
}

void HttpFetch::noteCertificate()
{
    if (m_request.url.scheme() != QLatin1String("https"))
        return;
    const QSslCertificate cert = m_reply->sslConfiguration().peerCertificate();
    if (!cert.isNull()) {
        const qint64 now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
        m_certDaysLeft = double(cert.expiryDate().toMSecsSinceEpoch() - now) / 86400000.0;
    }
}

void HttpFetch::onReadyRead()
{
    const qint64 room = m_request.maxBodyBytes - m_body.size();
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_reply->bytesAvailable() > 0 || (room <= 0 && !m_reply->atEnd())) {
        // Enough read: stop the transfer instead of buffering an endless body.
        m_truncated = true;
        m_reply->abort();
    }
}

void HttpFetch::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpFetch::onFinished()
{
    Response r;
    r.latencySeconds = double(m_elapsed.nsecsElapsed()) / 1e9;
    if (!m_certDaysLeft)
        noteCertificate(); // encrypted() may not have been seen (e.g. a resumed session)
    r.certDaysLeft = m_certDaysLeft;
    r.finalUrl = m_reply->url();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_truncated && m_reply->bytesAvailable() > 0)
        onReadyRead();
    r.body = m_body;
    r.truncated = m_truncated;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_timedOut) {
        r.error = tr("timed out after %1 s").arg(double(m_request.timeoutMs) / 1000.0);
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        r.error = tr("more than %1 redirects").arg(m_request.maxRedirects);
    } else if (status.isValid()) {
        // 4xx/5xx also set error(); the status is what counts. A truncated body was our choice.
        r.ok = true;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Qt's transfer timeout ends a reply this way (no progress for the whole timeout).
        r.error = tr("timed out after %1 s").arg(double(m_request.timeoutMs) / 1000.0);
    } else {
        r.error = m_reply->errorString();
    }
    if (r.ok)
        r.status = status.toInt();
    finish(std::move(r));
}

void HttpFetch::finish(Response response)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(response);
}

} // namespace vigil
