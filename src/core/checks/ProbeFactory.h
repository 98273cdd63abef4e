#pragma once

#include "checks/CheckTypes.h"

#include <QHash>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QObject;

namespace vigil {

class CheckProbe;
class Clock;
class FileProbe;
class LogTail;
class ProcessProbe;
class PromTarget;

// Creates the probe for one attempt of a check. Checks that remember something between
// attempts (log offsets, process CPU times, counter values for rates) keep that state here,
// per check name, as long as the check's spec is unchanged.
class ProbeFactory
{
public:
    ProbeFactory(QNetworkAccessManager *nam, const Clock &clock, QString procRoot);
    ~ProbeFactory();

    CheckProbe *create(const CheckSpec &spec, QObject *parent);
    // Forgets the state of checks no longer configured (or changed).
    void retain(const QList<CheckSpec> &specs);

private:
    template<typename T> struct Kept
    {
        CheckSpec spec;
        std::shared_ptr<T> state;
    };
    template<typename T, typename Make>
    std::shared_ptr<T> kept(QHash<QString, Kept<T>> &map, const CheckSpec &spec, Make make);

    QNetworkAccessManager *m_nam;
    const Clock &m_clock;
    QString m_procRoot;
    QHash<QString, Kept<LogTail>> m_logs;
    QHash<QString, Kept<ProcessProbe>> m_processes;
    QHash<QString, Kept<PromTarget>> m_targets;
};

} // namespace vigil
