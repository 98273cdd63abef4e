#include "ExporterThread.h"

#include "export/HttpExporter.h"

#include <QThread>

namespace vigil {

void ExporterThread::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

ExporterThread::ExporterThread(const Clock &clock, const SeriesRegistry &registry)
    : m_thread(new QThread)
    , m_exporter(new HttpExporter(clock, registry))
{
    m_thread->setObjectName(QStringLiteral("vigil-http"));
    m_exporter->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_exporter, &QObject::deleteLater);
    m_thread->start();
}

ExporterThread::~ExporterThread() = default;

} // namespace vigil
