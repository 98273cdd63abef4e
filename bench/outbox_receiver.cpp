// bench_outbox_receiver [--status CODE] [--port P]
//
// The receiver of the outbox benchmarks (bench/bench_outbox.cpp, bench/outbox_peer.py): a
// minimal HTTP/1.1 server on 127.0.0.1 that answers CODE (default 200) with a tiny body to every
// request, keep-alive, so neither side of the comparison waits on the receiver. Its own process:
// its CPU counts for neither side. First stdout line: "listening 127.0.0.1:<port>".
// GET /_count answers the number of requests answered so far (itself not counted).

#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace {

class Receiver final : public QObject
{
public:
    explicit Receiver(int status)
        : m_status(status)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
    }
    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QString error() const { return m_server.errorString(); }

private:
    // Answers every complete request in the socket's buffer (pipelining included).
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const int end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buf.left(end).toLower();
            qsizetype length = 0;
            const int cl = head.indexOf("\r\ncontent-length:");
            if (cl >= 0) {
                const int eol = head.indexOf("\r\n", cl + 2);
                length = head.mid(cl + 17, eol < 0 ? -1 : eol - cl - 17).trimmed().toLongLong();
            }
            if (buf.size() < end + 4 + length)
                return; // body not complete yet
            const bool count = head.startsWith("get /_count ");
            buf.remove(0, end + 4 + length);
            QByteArray body = count ? QByteArray::number(m_answered) : QByteArray("{\"ok\":false}");
            int status = m_status;
            if (count)
                status = 200;
            else
                ++m_answered;
            if (!count && status == 200)
                body = "{\"ok\":true}";
            s->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
                     "\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status;
    qint64 m_answered = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 200;
    quint16 port = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--status"))
            status = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--port"))
            port = args.at(i + 1).toUShort();
    }
    if (status < 200 || status > 599 || args.size() % 2 == 0) {
        std::fprintf(stderr, "usage: bench_outbox_receiver [--status CODE] [--port P]\n");
        return 2;
    }
    Receiver receiver(status);
    if (!receiver.listen(port)) {
        std::fprintf(stderr, "bench_outbox_receiver: %s\n", qPrintable(receiver.error()));
        return 1;
    }
    std::printf("listening 127.0.0.1:%u\n", unsigned(receiver.port()));
    std::fflush(stdout);
    return app.exec();
}
