#include "SingleInstance.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace vigil {

namespace {

constexpr int kProtocolVersion = 1;
constexpr qsizetype kMaxLineBytes = 4096; // a request is about 100 bytes
constexpr int kClientIdleMs = 5000;       // a connection that sends nothing is dropped
constexpr int kHandOverDeadlineMs = 5000; // a primary that does not answer by then is stuck
constexpr int kRetryMs = 100;             // the primary holds the lock but is not listening yet
const QString kBaseName = QStringLiteral(VIGIL_APP_ID);

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir.isEmpty() ? defaultDirectory() : dir)
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file before the lock goes
}

QString SingleInstance::defaultDirectory()
{
    // Creates $XDG_RUNTIME_DIR (or /tmp/runtime-$USER) with mode 0700 when needed.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

QString SingleInstance::lockPath() const
{
    return QDir(m_dir).filePath(kBaseName + QStringLiteral(".lock"));
}

QString SingleInstance::socketPath() const
{
    return QDir(m_dir).filePath(kBaseName + QStringLiteral(".socket"));
}

SingleInstance::Claim SingleInstance::claim(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Claim::Unavailable;
    };
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir))
        return fail(tr("no runtime directory for the instance lock (%1)").arg(m_dir));
    m_lock = std::make_unique<QLockFile>(lockPath());
    // 0: a live instance's lock never goes stale with age; a dead pid still makes it stale.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return Claim::Secondary;
        return fail(tr("cannot create the instance lock %1").arg(lockPath()));
    }
    // We hold the lock, so a socket file here belongs to an instance that died without cleaning up.
    if (QFile::exists(socketPath())) {
        qCInfo(lcApp).noquote() << "removing the stale instance socket" << socketPath()
                                << "left by a previous run";
        QLocalServer::removeServer(socketPath());
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        const QString why =
            tr("cannot listen on %1: %2").arg(socketPath(), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock->unlock();
        return fail(why);
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCInfo(lcApp).noquote() << "single instance: listening on" << socketPath();
    return Claim::Primary;
}

qint64 SingleInstance::primaryPid() const
{
    qint64 pid = 0;
    if (m_lock)
        m_lock->getLockInfo(&pid, nullptr, nullptr);
    return pid;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(kClientIdleMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxLineBytes) {
            qCWarning(lcApp) << "single instance: dropped a request longer than" << kMaxLineBytes
                             << "bytes";
            socket->abort();
        }
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine(kMaxLineBytes), &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QLatin1String("version")).toInt() != kProtocolVersion) {
        qCWarning(lcApp).noquote() << "single instance: dropped a malformed request"
                                   << (parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : QStringLiteral("(not a version 1 object)"));
        socket->abort();
        return;
    }
    InstanceRequest request;
    request.showWindow = o.value(QLatin1String("show")).toBool(true);
    request.pid = o.value(QLatin1String("pid")).toInteger();
    request.configPath = o.value(QLatin1String("config")).toString();
    socket->write(line({{QStringLiteral("version"), kProtocolVersion},
                        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                        {QStringLiteral("config"), m_configPath}}));
    socket->disconnectFromServer(); // after the reply is written
    qCInfo(lcApp).noquote() << QStringLiteral("single instance: a second launch (pid %1) %2")
                                   .arg(request.pid)
                                   .arg(request.showWindow
                                            ? QStringLiteral("asked to show the window")
                                            : QStringLiteral("asked for nothing (--minimized)"));
    Q_EMIT requestReceived(request);
}

void SingleInstance::sendRequest(const InstanceRequest &request)
{
    m_pendingRequest = line({{QStringLiteral("version"), kProtocolVersion},
                             {QStringLiteral("show"), request.showWindow},
                             {QStringLiteral("pid"), request.pid},
                             {QStringLiteral("config"), request.configPath}});
    m_handOverDone = false;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        failHandOver(tr("Vigil is already running (pid %1) but does not answer on %2")
                         .arg(primaryPid())
                         .arg(socketPath()));
    });
    m_deadline->start(kHandOverDeadlineMs);
    connectToPrimary();
}

void SingleInstance::connectToPrimary()
{
    if (m_handOverDone)
        return;
    delete m_client;
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, m_client,
            [c = m_client, request = m_pendingRequest] { c->write(request); });
    connect(m_client, &QLocalSocket::readyRead, this, &SingleInstance::onClientReadyRead);
    connect(m_client, &QLocalSocket::errorOccurred, this, &SingleInstance::onClientError);
    m_client->connectToServer(socketPath());
}

void SingleInstance::onClientError()
{
    const QLocalSocket::LocalSocketError e = m_client->error();
    if (e == QLocalSocket::ServerNotFoundError || e == QLocalSocket::ConnectionRefusedError) {
        // Starting up: it holds the lock and listens a moment later. Try again shortly.
        QTimer::singleShot(kRetryMs, this, &SingleInstance::connectToPrimary);
        return;
    }
    if (e == QLocalSocket::PeerClosedError && m_client->canReadLine()) {
        onClientReadyRead(); // the reply came in before the close
        return;
    }
    failHandOver(
        tr("cannot reach the running Vigil on %1: %2").arg(socketPath(), m_client->errorString()));
}

void SingleInstance::onClientReadyRead()
{
    if (!m_client->canReadLine()) {
        if (m_client->bytesAvailable() > kMaxLineBytes)
            failHandOver(tr("the running Vigil sent an oversized reply"));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(m_client->readLine(kMaxLineBytes)).object();
    if (o.value(QLatin1String("version")).toInt() != kProtocolVersion) {
        failHandOver(tr("the running Vigil sent a reply this version does not understand"));
        return;
    }
    if (m_handOverDone)
        return;
    m_handOverDone = true;
    InstanceReply reply;
    reply.pid = o.value(QLatin1String("pid")).toInteger();
    reply.configPath = o.value(QLatin1String("config")).toString();
    m_deadline->stop();
    m_client->disconnect(this);
    Q_EMIT handedOver(reply);
}

void SingleInstance::failHandOver(const QString &error)
{
    if (m_handOverDone)
        return;
    m_handOverDone = true;
    m_deadline->stop();
    if (m_client)
        m_client->disconnect(this);
    Q_EMIT handOverFailed(error);
}

} // namespace vigil
