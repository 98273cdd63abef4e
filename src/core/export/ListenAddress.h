#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace vigil {

// exporter.listen: "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464", "localhost:9464". The host
// is always explicit (":9464" is refused), so listening beyond loopback is a deliberate choice.
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0; // 0: any free port (tests)

    bool isLoopback() const { return host.isLoopback(); }
    QString toString() const; // "127.0.0.1:9464", "[::1]:0"

    // nullopt and *error ("expected host:port, e.g. 127.0.0.1:9464") when text is not one.
    static std::optional<ListenAddress> parse(const QString &text, QString *error = nullptr);
};

} // namespace vigil
