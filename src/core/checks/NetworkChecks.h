#pragma once

#include "checks/CheckProbe.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>

class QDnsLookup;
class QTcpSocket;

namespace vigil {

// The tcp check: connect, optionally send a line and expect a reply containing a text.
class TcpCheck final : public CheckProbe
{
    Q_OBJECT

public:
    explicit TcpCheck(const CheckSpec &spec, QObject *parent = nullptr);
    void start() override;

    // "\r\n" style escapes of the config (\r \n \t \\) to bytes.
    static QByteArray unescape(const QString &text);

private:
    void finish(CheckStatus status, const QString &message);

    CheckSpec m_spec;
    QTcpSocket *m_socket = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_received;
    QByteArray m_expect;
    std::optional<double> m_connectSeconds;
    bool m_done = false;
};

// The dns check: resolve a name (A and AAAA, through QDnsLookup, optionally at a given server)
// and optionally expect one address among the answers.
class DnsCheck final : public CheckProbe
{
    Q_OBJECT

public:
    explicit DnsCheck(const CheckSpec &spec, QObject *parent = nullptr);
    void start() override;

private:
    void lookupDone();
    void finish(CheckStatus status, const QString &message);

    CheckSpec m_spec;
    QList<QDnsLookup *> m_lookups;
    QStringList m_addresses;
    QStringList m_errors;
    int m_pending = 0;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    bool m_done = false;
};

} // namespace vigil
