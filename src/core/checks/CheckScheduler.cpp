#include "CheckScheduler.h"

#include <algorithm>
#include <limits>

namespace vigil {

namespace {

bool isSuccess(CheckStatus s)
{
    return s == CheckStatus::Healthy || s == CheckStatus::Degraded;
}
} // namespace

CheckRetryState::CheckRetryState(const CheckSpec &spec)
    : m_spec(spec)
{}

qint64 CheckRetryState::backoffMs(const CheckSpec &spec, int retry, double random01)
{
    // base * 2^retry without overflow: stop doubling once past the cap.
    qint64 ceiling = qMax<qint64>(0, spec.backoffBaseMs);
    for (int i = 0; i < retry && ceiling < spec.backoffCapMs; ++i)
        ceiling *= 2;
    ceiling = qMin(ceiling, spec.backoffCapMs);
    return qint64(double(ceiling) * std::clamp(random01, 0.0, 1.0));
}

CheckRetryState::Step CheckRetryState::record(CheckStatus attemptStatus, double random01)
{
    Step step;
    if (isSuccess(attemptStatus)) {
        m_failures = 0;
        if (m_status == CheckStatus::Unhealthy && ++m_successes < qMax(1, m_spec.recoverAfter)) {
            step.status = m_status; // not yet recovered
        } else {
            m_successes = 0;
            m_status = m_settled = attemptStatus;
            step.status = m_status;
        }
        step.delayMs = m_spec.intervalMs;
        return step;
    }

    m_successes = 0;
    if (m_status != CheckStatus::Unhealthy && m_failures < m_spec.retries) {
        step.delayMs = backoffMs(m_spec, m_failures, random01);
        ++m_failures;
        m_status = CheckStatus::Pending;
        step.status = m_status;
        step.nextAttempt = m_failures;
        return step;
    }
    // Retries exhausted (or already unhealthy): unhealthy, back to the regular interval.
    m_failures = 0;
    m_status = m_settled = CheckStatus::Unhealthy;
    step.status = m_status;
    step.delayMs = m_spec.intervalMs;
    return step;
}

CheckScheduler::CheckScheduler(int maxConcurrent, quint32 seed)
    : m_maxConcurrent(qMax(1, maxConcurrent))
    , m_random(seed == 0 ? QRandomGenerator::global()->generate() : seed)
{}

void CheckScheduler::setChecks(const QList<CheckSpec> &specs, qint64 nowMs)
{
    QList<Entry> entries;
    QHash<QString, qsizetype> index;
    int running = 0;
    for (const CheckSpec &spec : specs) {
        if (index.contains(spec.name))
            continue; // the config reader refuses duplicates; never schedule one twice
        const auto old = m_index.constFind(spec.name);
        if (old != m_index.constEnd() && m_entries[old.value()].spec == spec) {
            entries.append(m_entries[old.value()]);
        } else {
            Entry e;
            e.spec = spec;
            e.retry = CheckRetryState(spec);
            const qint64 spread = qMin(spec.intervalMs, m_firstSpreadMs);
            e.dueMs = nowMs + qint64(random01() * double(spread));
            // A changed check that is still running finishes first; its result is ignored.
            e.running = old != m_index.constEnd() && m_entries[old.value()].running;
            entries.append(e);
        }
        running += entries.last().running ? 1 : 0;
        index.insert(spec.name, entries.size() - 1);
    }
    m_entries = std::move(entries);
    m_index = std::move(index);
    m_running = running;
}

QStringList CheckScheduler::takeDue(qint64 nowMs)
{
    QList<Entry *> due;
    for (Entry &e : m_entries) {
        if (e.active() && !e.running && e.dueMs <= nowMs)
            due.append(&e);
    }
    std::stable_sort(due.begin(), due.end(), [](const Entry *a, const Entry *b) {
        return a->urgent != b->urgent ? a->urgent : a->dueMs < b->dueMs;
    });
    QStringList names;
    for (Entry *e : due) {
        if (m_running >= m_maxConcurrent)
            break; // the rest stay due and start as others finish
        e->running = true;
        ++m_running;
        names.append(e->spec.name);
    }
    return names;
}

bool CheckScheduler::runNow(const QString &name, qint64 nowMs)
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return false;
    Entry &e = m_entries[it.value()];
    if (e.running)
        return false;
    e.dueMs = std::min(e.dueMs, nowMs);
    e.urgent = true; // ahead of everything merely due
    return true;
}

CheckRetryState::Step CheckScheduler::finished(const QString &name, CheckStatus attemptStatus,
                                               qint64 nowMs)
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return {};
    Entry &e = m_entries[it.value()];
    if (e.running) {
        e.running = false;
        --m_running;
    }
    e.urgent = false;
    const CheckRetryState::Step step = e.retry.record(attemptStatus, random01());
    e.dueMs = nowMs + step.delayMs;
    return step;
}

qint64 CheckScheduler::nextDueMs() const
{
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Entry &e : m_entries) {
        if (e.active() && !e.running)
            next = std::min(next, e.dueMs);
    }
    return next == std::numeric_limits<qint64>::max() ? -1 : next;
}

void CheckScheduler::abandon(const QString &name)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd() && m_entries[it.value()].running) {
        m_entries[it.value()].running = false;
        --m_running;
    }
}

void CheckScheduler::retire(const QString &name)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd())
        m_entries[it.value()].retired = true;
}

bool CheckScheduler::hasActiveChecks() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return e.active(); });
}

CheckState CheckScheduler::stateOf(const Entry &e)
{
    CheckState s;
    s.spec = e.spec;
    s.status = e.spec.enabled ? e.retry.status() : CheckStatus::Unknown;
    s.nextRunMs = e.active() ? e.dueMs : 0;
    s.running = e.running;
    return s;
}

QList<CheckState> CheckScheduler::states() const
{
    QList<CheckState> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(stateOf(e));
    return out;
}

std::optional<CheckState> CheckScheduler::state(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return std::nullopt;
    return stateOf(m_entries[it.value()]);
}

CheckStatus CheckScheduler::settledStatus(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? CheckStatus::Unknown
                                    : m_entries[it.value()].retry.settledStatus();
}

const CheckSpec *CheckScheduler::spec(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_entries[it.value()].spec;
}

int CheckScheduler::attemptOf(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? 0 : m_entries[it.value()].retry.attempt();
}

} // namespace vigil
