#include "bench_outbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vigil::bench {

ReceiverProcess::~ReceiverProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ReceiverProcess::start(int status)
{
    m_process.setProgram(QCoreApplication::applicationDirPath() +
                         QStringLiteral("/bench_outbox_receiver"));
    m_process.setArguments({QStringLiteral("--status"), QString::number(status)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Killed with this process, even when a signal leaves no time for the destructor.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return m_process.errorString();
    while (!m_process.canReadLine() && m_process.waitForReadyRead(5000)) {
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("listening "))
        return QStringLiteral("no port from bench_outbox_receiver (\"%1\")")
            .arg(QString::fromUtf8(line));
    m_url = QUrl(QStringLiteral("http://%1/hook").arg(QString::fromUtf8(line.mid(10))));
    return {};
}

qint64 receiverCount(const QUrl &url)
{
    QTcpSocket s;
    s.connectToHost(url.host(), quint16(url.port()));
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET /_count HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (s.waitForReadyRead(5000)) {
        reply += s.readAll();
        const int head = reply.indexOf("\r\n\r\n");
        if (head >= 0 && reply.size() > head + 4)
            break;
    }
    const int head = reply.indexOf("\r\n\r\n");
    bool ok = false;
    const qint64 n = head < 0 ? 0 : reply.mid(head + 4).trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

RefusingPort::RefusingPort()
{
    // Bound but never listening: the kernel answers every SYN with a reset, and the port stays
    // ours, so no other process can start listening on it during the soak.
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        m_port = ntohs(address.sin_port);
}

RefusingPort::~RefusingPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

ChannelSpec benchChannel(const QString &name, const QUrl &url)
{
    ChannelSpec c;
    c.name = name;
    c.type = ChannelType::Webhook;
    c.url = url;
    c.minSeverity = Severity::Warning;
    c.groupWaitMs = 0;
    c.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    return c;
}

NotifyAlert firingAlert(int n, qint64 nowMs)
{
    NotifyAlert a;
    // A new fingerprint per event: each is its own message, nothing deduplicated away.
    a.fingerprint = QStringLiteral("%1").arg(n, 16, 16, QLatin1Char('0'));
    a.rule = QStringLiteral("cpu_high");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
                {QStringLiteral("host"), QStringLiteral("bench-host")},
                {QStringLiteral("cpu"), QString::number(n % 8)}};
    a.kind = AlertEventKind::Firing;
    a.severity = Severity::Critical;
    a.value = 97.0;
    a.threshold = 90.0;
    a.valueText = QStringLiteral("97.0 %");
    a.thresholdText = QStringLiteral("90 %");
    a.startsAtMs = nowMs;
    a.eventTimeMs = nowMs;
    a.summary = QStringLiteral("CPU busy above 90 % for 1 min");
    a.description = QStringLiteral("Soak benchmark event %1").arg(n);
    a.runbook = QStringLiteral("https://runbooks.example.com/cpu_high");
    return a;
}

} // namespace vigil::bench
