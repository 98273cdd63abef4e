#pragma once

#include <QtGlobal>

#include <memory>

class QThread;

namespace vigil {

class Clock;
class HttpExporter;
class SeriesRegistry;

// Owns the "vigil-http" thread and the HttpExporter living on it. Talk to the exporter only
// through queued calls and its signals. Destruction closes the listening socket and joins the
// thread (the exporter is deleted in it).
class ExporterThread final
{
public:
    ExporterThread(const Clock &clock, const SeriesRegistry &registry);
    ~ExporterThread();
    Q_DISABLE_COPY_MOVE(ExporterThread)

    HttpExporter *exporter() const { return m_exporter; }

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    HttpExporter *m_exporter = nullptr;
};

} // namespace vigil
