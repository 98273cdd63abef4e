#include "NetworkChecks.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QTcpSocket>

namespace vigil {

namespace {
constexpr qsizetype kMaxBannerBytes = 64 * 1024;

int deadlineMs(const CheckSpec &spec)
{
    return int(qBound<qint64>(1, spec.timeoutMs, qint64(INT_MAX)));
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0);
}
} // namespace

// ---- tcp ----

TcpCheck::TcpCheck(const CheckSpec &spec, QObject *parent)
    : CheckProbe(parent)
    , m_spec(spec)
    , m_expect(unescape(spec.tcp.expect))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(
            CheckStatus::Unhealthy,
            m_connectSeconds
                ? tr("connected, but no expected reply within %1 s").arg(seconds(m_spec.timeoutMs))
                : tr("timed out after %1 s").arg(seconds(m_spec.timeoutMs)));
    });
}

QByteArray TcpCheck::unescape(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\' || i + 1 == in.size()) {
            out += in[i];
            continue;
        }
        const char c = in[++i];
        out += c == 'r' ? '\r' : c == 'n' ? '\n' : c == 't' ? '\t' : c;
    }
    return out;
}

void TcpCheck::start()
{
    m_socket = new QTcpSocket(this);
    m_elapsed.start();
    m_deadline.start(deadlineMs(m_spec));
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connectSeconds = double(m_elapsed.nsecsElapsed()) / 1e9;
        if (!m_spec.tcp.send.isEmpty())
            m_socket->write(unescape(m_spec.tcp.send));
        if (m_expect.isEmpty())
            finish(CheckStatus::Healthy,
                   tr("connected in %1 ms").arg(QString::number(*m_connectSeconds * 1000, 'f', 0)));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_received += m_socket->read(kMaxBannerBytes - m_received.size());
        if (m_received.contains(m_expect)) {
            finish(CheckStatus::Healthy,
                   tr("reply contains \"%1\"").arg(m_spec.tcp.expect.left(40)));
        } else if (m_received.size() >= kMaxBannerBytes) {
            finish(CheckStatus::Unhealthy, tr("no \"%1\" in the first %2 KiB of the reply")
                                               .arg(m_spec.tcp.expect.left(40))
                                               .arg(kMaxBannerBytes / 1024));
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && m_connectSeconds) {
            finish(CheckStatus::Unhealthy,
                   m_received.isEmpty()
                       ? tr("connection closed without a reply")
                       : tr("reply does not contain \"%1\": %2")
                             .arg(m_spec.tcp.expect.left(40),
                                  QString::fromUtf8(m_received.left(60)).simplified()));
            return;
        }
        finish(CheckStatus::Unhealthy, m_socket->errorString());
    });
    m_socket->connectToHost(m_spec.tcp.host, quint16(m_spec.tcp.port));
}

void TcpCheck::finish(CheckStatus status, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    ProbeReport r;
    r.status = status;
    r.message = message;
    r.target = m_spec.target();
    if (m_connectSeconds)
        r.latencySeconds = *m_connectSeconds;
    m_socket->disconnect(this);
    m_socket->abort();
    // Always asynchronous, as CheckProbe promises, even when the socket failed at once.
    QMetaObject::invokeMethod(
        this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

// ---- dns ----

DnsCheck::DnsCheck(const CheckSpec &spec, QObject *parent)
    : CheckProbe(parent)
    , m_spec(spec)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (QDnsLookup *l : std::as_const(m_lookups))
            l->abort();
        finish(CheckStatus::Unhealthy, tr("timed out after %1 s").arg(seconds(m_spec.timeoutMs)));
    });
}

void DnsCheck::start()
{
    m_elapsed.start();
    m_deadline.start(deadlineMs(m_spec));
    for (QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        auto *lookup = new QDnsLookup(type, m_spec.dns.name, this);
        if (!m_spec.dns.server.isEmpty())
            lookup->setNameserver(QHostAddress(m_spec.dns.server));
        connect(lookup, &QDnsLookup::finished, this, &DnsCheck::lookupDone);
        m_lookups.append(lookup);
        ++m_pending;
    }
    for (QDnsLookup *l : std::as_const(m_lookups))
        l->lookup();
}

void DnsCheck::lookupDone()
{
    auto *lookup = qobject_cast<QDnsLookup *>(sender());
    if (lookup->error() == QDnsLookup::NoError) {
        for (const QDnsHostAddressRecord &rec : lookup->hostAddressRecords())
            m_addresses << rec.value().toString();
    } else if (lookup->error() != QDnsLookup::NotFoundError || m_errors.isEmpty()) {
        m_errors << lookup->errorString();
    }
    if (--m_pending > 0)
        return;
    const QString ms = QString::number(double(m_elapsed.nsecsElapsed()) / 1e6, 'f', 0);
    if (m_addresses.isEmpty()) {
        finish(CheckStatus::Unhealthy,
               tr("%1 does not resolve: %2").arg(m_spec.dns.name, m_errors.value(0)));
    } else if (!m_spec.dns.expectAddress.isEmpty() &&
               !m_addresses.contains(QHostAddress(m_spec.dns.expectAddress).toString())) {
        finish(CheckStatus::Unhealthy,
               tr("%1 resolves to %2, expected %3")
                   .arg(m_spec.dns.name, m_addresses.join(QLatin1String(", ")),
                        m_spec.dns.expectAddress));
    } else {
        finish(
            CheckStatus::Healthy,
            tr("%1 → %2 in %3 ms").arg(m_spec.dns.name, m_addresses.join(QLatin1String(", ")), ms));
    }
}

void DnsCheck::finish(CheckStatus status, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    ProbeReport r;
    r.status = status;
    r.message = message;
    r.target = m_spec.target();
    if (status == CheckStatus::Healthy)
        r.latencySeconds = double(m_elapsed.nsecsElapsed()) / 1e9;
    QMetaObject::invokeMethod(
        this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

} // namespace vigil
