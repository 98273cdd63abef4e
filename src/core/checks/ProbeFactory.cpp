#include "ProbeFactory.h"

#include "checks/FileProbe.h"
#include "checks/HttpCheck.h"
#include "checks/LocalChecks.h"
#include "checks/LogTail.h"
#include "checks/NetworkChecks.h"
#include "checks/ProcessProbe.h"
#include "checks/PromTarget.h"
#include "util/Clock.h"

#include <QSet>

namespace vigil {

ProbeFactory::ProbeFactory(QNetworkAccessManager *nam, const Clock &clock, QString procRoot)
    : m_nam(nam)
    , m_clock(clock)
    , m_procRoot(std::move(procRoot))
{}

ProbeFactory::~ProbeFactory() = default;

template<typename T, typename Make>
std::shared_ptr<T> ProbeFactory::kept(QHash<QString, Kept<T>> &map, const CheckSpec &spec,
                                      Make make)
{
    auto it = map.find(spec.name);
    if (it == map.end() || it->spec != spec)
        it = map.insert(spec.name, Kept<T>{spec, make()});
    return it->state;
}

CheckProbe *ProbeFactory::create(const CheckSpec &spec, QObject *parent)
{
    const Clock &clock = m_clock;
    switch (spec.type) {
    case CheckType::Http:
        return new HttpCheck(spec, m_nam, parent);
    case CheckType::Tcp:
        return new TcpCheck(spec, parent);
    case CheckType::Dns:
        return new DnsCheck(spec, parent);
    case CheckType::File: {
        FileProbe::Options o;
        o.check = spec.name;
        o.path = spec.file.path;
        o.maxAgeMs = spec.file.maxAgeMs;
        o.maxSizeBytes = spec.file.maxSizeBytes;
        return new LocalCheck([o, &clock] { return FileProbe(o).run(clock.nowMs()); }, parent);
    }
    case CheckType::Process: {
        const auto probe = kept(m_processes, spec, [&] {
            ProcessProbe::Options o;
            o.check = spec.name;
            o.procRoot = m_procRoot;
            o.name = spec.process.name;
            o.cmdlineRegex = spec.process.cmdlineRegex;
            o.minCount = spec.process.minCount;
            o.maxCount = spec.process.maxCount;
            return std::make_shared<ProcessProbe>(o);
        });
        return new LocalCheck(
            [probe, &clock] { return probe->run(clock.nowMs(), clock.monotonicNs()); }, parent);
    }
    case CheckType::Log: {
        const auto tail = kept(m_logs, spec, [&] {
            LogTail::Options o;
            o.check = spec.name;
            o.path = spec.log.path;
            o.pattern = spec.log.pattern;
            o.minLevel = spec.log.minLevel;
            o.maxPerMinute = spec.log.maxPerMinute;
            return std::make_shared<LogTail>(o);
        });
        return new LocalCheck(
            [tail, &clock] { return tail->run(clock.nowMs(), clock.monotonicNs()); }, parent);
    }
    case CheckType::Prometheus: {
        const auto target = kept(m_targets, spec, [&] {
            PromTarget::Options o;
            o.target = spec.name;
            o.allow = spec.prometheus.allow;
            o.deny = spec.prometheus.deny;
            o.maxSeries = spec.prometheus.maxSeries;
            return std::make_shared<PromTarget>(o);
        });
        return new PrometheusCheck(
            spec, m_nam, target, [&clock] { return clock.nowMs(); },
            [&clock] { return clock.monotonicNs(); }, parent);
    }
    }
    return nullptr;
}

void ProbeFactory::retain(const QList<CheckSpec> &specs)
{
    QHash<QString, const CheckSpec *> byName;
    for (const CheckSpec &s : specs)
        byName.insert(s.name, &s);
    auto prune = [&](auto &map) {
        for (auto it = map.begin(); it != map.end();) {
            const CheckSpec *s = byName.value(it.key());
            it = (s && *s == it->spec) ? std::next(it) : map.erase(it);
        }
    };
    prune(m_logs);
    prune(m_processes);
    prune(m_targets);
}

} // namespace vigil
