#include "HttpExporter.h"

#include "export/ApiJson.h"
#include "export/ListenAddress.h"
#include "export/MetricsRenderer.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace vigil {

namespace {
using Status = QHttpServerResponse::StatusCode;
const QByteArray JsonType = QByteArrayLiteral("application/json");

QHttpServerResponse json(const QByteArray &body, Status status = Status::Ok)
{
    return QHttpServerResponse(JsonType, body, status);
}

// Compares digests, so the time taken does not reveal how much of the token matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return QCryptographicHash::hash(a, QCryptographicHash::Sha256) ==
           QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}
} // namespace

const QByteArray HttpExporter::MetricsContentType =
    QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

HttpExporter::HttpExporter(const Clock &clock, const SeriesRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("HttpExporter"));
}

HttpExporter::~HttpExporter() = default;

void HttpExporter::start(const QString &listen, const QString &token)
{
    QString why;
    const std::optional<ListenAddress> address = ListenAddress::parse(listen, &why);
    if (!address) {
        qCWarning(lcHttp).noquote() << "exporter: invalid listen address" << listen << "-" << why;
        Q_EMIT listenFailed(tr("invalid listen address %1: %2").arg(listen, why));
        return;
    }
    m_token = token.toUtf8();
    m_server = std::make_unique<QHttpServer>();
    addRoutes();
    // Our own QTcpServer: its errorString() says why a bind failed (QHttpServer's listen()
    // only returns 0).
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(address->host, address->port)) {
        const QString error =
            tr("cannot listen on %1: %2").arg(address->toString(), tcp->errorString());
        qCWarning(lcHttp).noquote() << "exporter:" << error;
        m_server.reset();
        Q_EMIT listenFailed(error);
        return;
    }
    m_server->bind(tcp);
    const quint16 port = tcp->serverPort();
    if (!address->isLoopback())
        qCWarning(lcHttp).noquote() << "exporter: listening on" << address->toString()
                                    << "which is reachable from other machines"
                                    << (m_token.isEmpty() ? "WITHOUT a token (set exporter.token)"
                                                          : "(bearer token required)");
    qCInfo(lcHttp).noquote() << "exporter: serving /metrics on"
                             << ListenAddress{address->host, port}.toString();
    Q_EMIT listening(port);
}

bool HttpExporter::authorized(const QHttpServerRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    return sameSecret(request.value(QByteArrayLiteral("Authorization")), "Bearer " + m_token);
}

QHttpServerResponse HttpExporter::unauthorized() const
{
    QHttpServerResponse response =
        json(api::error(QStringLiteral("unauthorized"),
                        QStringLiteral("send the configured exporter.token as "
                                       "\"Authorization: Bearer <token>\"")),
             Status::Unauthorized);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"vigil\""));
    return response;
}

QHttpServerResponse HttpExporter::ready()
{
    const QString reason = m_state.notReadyReason(m_clock.nowMs());
    if (reason.isEmpty())
        return json(R"({"status":"ready"})");
    return json(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("not ready")},
                                          {QStringLiteral("reason"), reason}})
                    .toJson(QJsonDocument::Compact),
                Status::ServiceUnavailable);
}

void HttpExporter::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    // Routes are GET only; QHttpServer 6.4 answers other methods with 404.
    const auto guarded = [this](auto handler) {
        return [this, handler](const QHttpServerRequest &request) {
            return authorized(request) ? handler(request) : unauthorized();
        };
    };
    m_server->route(QStringLiteral("/metrics"), Method::Get,
                    guarded([this](const QHttpServerRequest &) {
                        return QHttpServerResponse(MetricsContentType, metricsText());
                    }));
    m_server->route(
        QStringLiteral("/health/live"), Method::Get,
        guarded([](const QHttpServerRequest &) { return json(R"({"status":"live"})"); }));
    m_server->route(QStringLiteral("/health/ready"), Method::Get,
                    guarded([this](const QHttpServerRequest &) { return ready(); }));
    m_server->route(
        QStringLiteral("/api/v1/alerts"), Method::Get,
        guarded([this](const QHttpServerRequest &) { return json(api::alerts(m_state.alerts)); }));
    m_server->route(
        QStringLiteral("/api/v1/checks"), Method::Get,
        guarded([this](const QHttpServerRequest &) { return json(api::checks(m_state.checks)); }));
    m_server->route(QStringLiteral("/api/v1/series"), Method::Get,
                    guarded([this](const QHttpServerRequest &request) {
                        const api::Reply reply =
                            api::series(m_state.history, request.query(), m_clock.nowMs());
                        return json(reply.body, Status(reply.status));
                    }));
}

QByteArray HttpExporter::metricsText()
{
    const qint64 now = m_clock.nowMs();
    const bool isReady = m_state.notReadyReason(now).isEmpty();
    if (!m_metricsValid || isReady != m_metricsReady) {
        m_metrics = renderMetrics(m_state, m_registry, now);
        m_metricsValid = true;
        m_metricsReady = isReady;
    }
    return m_metrics;
}

void HttpExporter::setSampling(qint64 intervalMs, qsizetype historyCapacity)
{
    m_state.intervalMs = intervalMs;
    m_state.history.setCapacityPerSeries(historyCapacity);
    changed();
}

void HttpExporter::setSystemBatch(const SampleBatch &batch)
{
    m_state.system = batch;
    if (!batch.samples.isEmpty())
        m_state.systemReceivedMs = m_clock.nowMs();
    m_state.history.append(batch);
    changed();
}

void HttpExporter::addCheckBatch(const SampleBatch &batch)
{
    m_state.applyCheckBatch(batch);
    changed();
}

void HttpExporter::setCollectDuration(qint64 micros)
{
    m_state.collectSeconds = double(micros) / 1e6;
    changed();
}

void HttpExporter::setAlerts(const QList<Alert> &alerts)
{
    m_state.alerts = alerts;
    changed();
}

void HttpExporter::setChecks(const QList<CheckState> &checks)
{
    m_state.setChecks(checks);
    changed();
}

void HttpExporter::updateCheck(const CheckState &check)
{
    m_state.updateCheck(check);
    changed();
}

void HttpExporter::setOutboxPending(int items)
{
    m_state.outboxPending = items;
    changed();
}

} // namespace vigil
