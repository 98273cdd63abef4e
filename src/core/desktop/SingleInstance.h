#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

namespace vigil {

// What a second launch asks of the running instance.
struct InstanceRequest
{
    bool showWindow = true; // false for --minimized: nothing visible happens
    qint64 pid = 0;
    QString configPath; // the --config of the second launch (empty: the default)
};

// The running instance's answer.
struct InstanceReply
{
    qint64 pid = 0;
    QString configPath;
};

// One desktop instance per user. A QLockFile in the runtime directory says which process is the
// instance (a lock left by a crashed process is stale and taken over); a QLocalServer next to it
// takes the requests of later launches, one JSON line each way. Event-driven on both sides:
// nothing here waits on a socket.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Claim { Primary, Secondary, Unavailable };

    // dir: where the lock and the socket live; empty means $XDG_RUNTIME_DIR (per user, 0700).
    explicit SingleInstance(const QString &dir = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultDirectory();
    QString lockPath() const;
    QString socketPath() const;

    // Instant. Primary: this process holds the lock and listens; a socket file left by a crashed
    // instance was removed first. Secondary: a live instance holds the lock. Unavailable: the
    // lock or the socket cannot be created; *error says why (the caller runs alone).
    Claim claim(QString *error = nullptr);
    // Primary: what replies tell later launches.
    void setConfigPath(const QString &path) { m_configPath = path; }
    // Secondary: the pid recorded in the lock (0 when unknown).
    qint64 primaryPid() const;

    // Secondary: delivers the request; handedOver() or handOverFailed() follows. A primary that
    // holds the lock but does not listen yet (it is starting) is asked again for a few seconds.
    void sendRequest(const vigil::InstanceRequest &request);

Q_SIGNALS:
    void requestReceived(const vigil::InstanceRequest &request);
    void handedOver(const vigil::InstanceReply &reply);
    void handOverFailed(const QString &error);

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);
    void connectToPrimary();
    void onClientError();
    void onClientReadyRead();
    void failHandOver(const QString &error);

    QString m_dir;
    QString m_configPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_client = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_pendingRequest;
    bool m_handOverDone = false;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::InstanceRequest)
Q_DECLARE_METATYPE(vigil::InstanceReply)
