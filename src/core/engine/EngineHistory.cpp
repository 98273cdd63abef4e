// Engine: the series history on the storage thread (HistoryWriter, history.db).
#include "Engine.h"

#include "storage/AlertStore.h"
#include "storage/HistoryWriter.h"
#include "storage/StorageThread.h"

#include <QThread>

namespace vigil {

namespace {

HistorySettings historySettings(const Config &config)
{
    HistorySettings s;
    s.enabled = config.history.enabled;
    s.retention.rawMs = config.history.rawRetentionMs;
    s.retention.minuteMs = config.history.minuteRetentionMs;
    s.retention.hourMs = config.history.hourRetentionMs;
    s.flushIntervalMs = config.history.flushIntervalMs;
    s.rawStepMs = config.sampling.intervalMs;
    return s;
}

} // namespace

void Engine::startHistory()
{
    registerHistoryMetaTypes();
    HistoryWriter *writer = m_storage->history();
    connect(writer, &HistoryWriter::historyReady, this, &Engine::historyReady);
    connect(writer, &HistoryWriter::opened, this, [this](bool ok, const QString &message) {
        if (!ok && m_config.history.enabled)
            Q_EMIT storageMessage(message, true);
    });
    connect(writer, &HistoryWriter::databaseRecovered, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    connect(writer, &HistoryWriter::storageError, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, true); });
    connect(writer, &HistoryWriter::storageResumed, this,
            [this](const QString &message) { Q_EMIT storageMessage(message, false); });

    QHash<QString, QString> units;
    for (const QString &name : m_registry.names())
        units.insert(name, unitName(m_registry.info(name).unit));
    const QString dir = m_dataDir.isEmpty() ? AlertStore::defaultDataDir() : m_dataDir;
    const HistorySettings settings = historySettings(m_config);
    QMetaObject::invokeMethod(
        writer,
        [writer, units, dir, settings] {
            writer->setUnits(units);
            writer->open(dir, settings);
        },
        Qt::QueuedConnection);
}

void Engine::applyHistoryConfig(const Config &previous)
{
    const HistorySettings settings = historySettings(m_config);
    if (!m_storage || settings == historySettings(previous))
        return;
    HistoryWriter *writer = m_storage->history();
    const QString dir = m_dataDir.isEmpty() ? AlertStore::defaultDataDir() : m_dataDir;
    const bool reopen = settings.enabled && !previous.history.enabled;
    QMetaObject::invokeMethod(
        writer,
        [writer, settings, dir, reopen] {
            if (reopen)
                writer->open(dir, settings);
            else
                writer->setSettings(settings);
        },
        Qt::QueuedConnection);
}

void Engine::recordHistory(const SampleBatch &batch)
{
    if (!m_storage || !m_config.history.enabled)
        return;
    HistoryWriter *writer = m_storage->history();
    QMetaObject::invokeMethod(
        writer, [writer, batch] { writer->append(batch); }, Qt::QueuedConnection);
}

void Engine::queryHistory(quint64 requestId, const QList<HistoryQuery> &queries)
{
    if (!m_storage) {
        QList<HistoryResult> results;
        for (const HistoryQuery &q : queries)
            results.append({q.id, HistoryTier::Raw, {}, tr("Storage is not running.")});
        Q_EMIT historyReady(requestId, results);
        return;
    }
    HistoryWriter *writer = m_storage->history();
    QMetaObject::invokeMethod(
        writer, [writer, requestId, queries] { writer->query(requestId, queries); },
        Qt::QueuedConnection);
}

} // namespace vigil
