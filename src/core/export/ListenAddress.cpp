#include "ListenAddress.h"

namespace vigil {

QString ListenAddress::toString() const
{
    const QString h = host.protocol() == QAbstractSocket::IPv6Protocol
                          ? u'[' + host.toString() + u']'
                          : host.toString();
    return h + u':' + QString::number(port);
}

std::optional<ListenAddress> ListenAddress::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ListenAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return fail(QStringLiteral("expected host:port, e.g. 127.0.0.1:9464"));
    QString hostText = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (hostText.isEmpty())
        return fail(QStringLiteral("the host is missing; write 127.0.0.1:%1 for this machine "
                                   "only or 0.0.0.0:%1 for every interface")
                        .arg(portText));
    if (hostText.startsWith(u'[') && hostText.endsWith(u']'))
        hostText = hostText.mid(1, hostText.size() - 2);
    else if (hostText.contains(u':'))
        return fail(QStringLiteral("write an IPv6 address in brackets, e.g. [::1]:9464"));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535 || portText.startsWith(u'+'))
        return fail(QStringLiteral("port \"%1\" is not a number from 0 to 65535").arg(portText));
    ListenAddress out;
    out.port = quint16(port);
    if (hostText == u"localhost")
        out.host = QHostAddress(QHostAddress::LocalHost);
    else if (!out.host.setAddress(hostText))
        return fail(QStringLiteral("\"%1\" is not an IP address (or localhost)").arg(hostText));
    return out;
}

} // namespace vigil
