#pragma once

#include "alerts/AlertTypes.h"
#include "checks/CheckTypes.h"
#include "collect/CollectorOptions.h"
#include "notify/NotifyTypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil {

// The typed configuration: one JSON document (docs/configuration.md), defaults built in.
struct Config
{
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;

    struct Sampling
    {
        qint64 intervalMs = 1000;   // sampling.interval, "1s"
        qint64 historyMs = 3600000; // sampling.history (in-memory history), "1h"
    } sampling;

    struct Collectors
    {
        QSet<QString> disabled;             // collectors.<name>.enabled == false
        QStringList excludeMounts;          // collectors.filesystem.exclude_mounts
        QStringList excludeFilesystemTypes; // collectors.filesystem.exclude_fstypes
        QStringList excludeDisks;           // collectors.disk.exclude_devices
        QStringList excludeInterfaces;      // collectors.network.exclude_interfaces
        // collectors.processes: the Processes view (read only while it is shown).
        struct Processes
        {
            bool enabled = true; // collectors.processes.enabled
            int top = 50;        // collectors.processes.top: rows by CPU and by memory
            friend bool operator==(const Processes &a, const Processes &b)
            {
                return a.enabled == b.enabled && a.top == b.top;
            }
            friend bool operator!=(const Processes &a, const Processes &b) { return !(a == b); }
        } processes;
    } collectors;

    // checks: service checks (docs/checks.md); none by default.
    QList<CheckSpec> checks;

    // channels: notification channels (docs/notifications.md); none by default.
    QList<ChannelSpec> channels;

    // rules: absent from the document means these defaults; present means exactly its rules.
    QList<AlertRule> rules = defaultAlertRules();

    struct Alerts
    {
        qint64 historyRetentionMs = 90LL * 24 * 3600 * 1000; // alerts.history_retention, "90d"
    } alerts;

    struct Notifications
    {
        struct Desktop
        {
            bool enabled = true;                      // notifications.desktop.enabled
            Severity minSeverity = Severity::Warning; // notifications.desktop.min_severity
        } desktop;
    } notifications;

    // exporter: /metrics, health and the JSON API (docs/api.md, docs/prometheus.md).
    struct Exporter
    {
        bool enabled = true;                               // exporter.enabled
        QString listen = QStringLiteral("127.0.0.1:9464"); // exporter.listen, "host:port"
        QString token; // exporter.token: bearer token every request must send; empty = none
        friend bool operator==(const Exporter &a, const Exporter &b)
        {
            return a.enabled == b.enabled && a.listen == b.listen && a.token == b.token;
        }
        friend bool operator!=(const Exporter &a, const Exporter &b) { return !(a == b); }
    } exporter;

    // history: series kept on disk in history.db (docs/storage.md).
    struct History
    {
        bool enabled = true;                                // history.enabled
        qint64 rawRetentionMs = 48LL * 3600 * 1000;         // history.raw_retention, "48h"
        qint64 minuteRetentionMs = 30LL * 24 * 3600 * 1000; // history.minute_retention, "30d"
        qint64 hourRetentionMs = 400LL * 24 * 3600 * 1000;  // history.hour_retention, "400d"
        qint64 flushIntervalMs = 5000;                      // history.flush_interval, "5s"
        friend bool operator==(const History &a, const History &b)
        {
            return a.enabled == b.enabled && a.rawRetentionMs == b.rawRetentionMs &&
                   a.minuteRetentionMs == b.minuteRetentionMs &&
                   a.hourRetentionMs == b.hourRetentionMs && a.flushIntervalMs == b.flushIntervalMs;
        }
        friend bool operator!=(const History &a, const History &b) { return !(a == b); }
    } history;

    // Number of samples per series the in-memory history keeps.
    qsizetype historyCapacity() const
    {
        return qsizetype(sampling.historyMs / sampling.intervalMs);
    }
    CollectorOptions collectorOptions(const QString &root = QStringLiteral("/")) const;

    friend bool operator==(const Config &a, const Config &b);
    friend bool operator!=(const Config &a, const Config &b) { return !(a == b); }
};

} // namespace vigil
