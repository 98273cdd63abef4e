#pragma once

#include "export/ExportState.h"
#include "series/SeriesRegistry.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace vigil {

class Clock;

// The HTTP endpoints (/metrics, /health/*, /api/v1/*; docs/api.md). Lives on the "vigil-http"
// thread (ExporterThread): the Engine publishes value copies to its slots through queued
// connections, and every request is answered from that copy in this thread, so neither the GUI
// thread nor the collector ever waits for a client.
class HttpExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExporter)

public:
    HttpExporter(const Clock &clock, const SeriesRegistry &registry, QObject *parent = nullptr);
    ~HttpExporter() override;

    // The /metrics document for the current state (cached until the state changes).
    QByteArray metricsText();
    const ExportState &state() const { return m_state; }

    static const QByteArray MetricsContentType;

public Q_SLOTS:
    // Binds listen ("host:port"; port 0 = any free one); listening() or listenFailed() tells.
    // A non-empty token is required as "Authorization: Bearer <token>" on every endpoint.
    void start(const QString &listen, const QString &token);
    void setSampling(qint64 intervalMs, qsizetype historyCapacity);
    void setSystemBatch(const vigil::SampleBatch &batch);
    void addCheckBatch(const vigil::SampleBatch &batch);
    void setCollectDuration(qint64 micros);
    void setAlerts(const QList<vigil::Alert> &alerts);
    void setChecks(const QList<vigil::CheckState> &checks);
    void updateCheck(const vigil::CheckState &check);
    void setOutboxPending(int items);

Q_SIGNALS:
    void listening(quint16 port);
    void listenFailed(const QString &error);

private:
    void addRoutes();
    bool authorized(const QHttpServerRequest &request) const;
    QHttpServerResponse unauthorized() const;
    QHttpServerResponse ready();
    void changed() { m_metricsValid = false; }

    const Clock &m_clock;
    SeriesRegistry m_registry;
    ExportState m_state;
    QByteArray m_token;
    std::unique_ptr<QHttpServer> m_server;
    QByteArray m_metrics;
    bool m_metricsValid = false;
    bool m_metricsReady = false; // readiness the cached document was rendered with
};

} // namespace vigil
