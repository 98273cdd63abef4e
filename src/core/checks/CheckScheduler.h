#pragma once

#include "checks/CheckTypes.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace vigil {

// The retry state of one check: what an attempt's outcome does to its status, and how long to
// wait before the next attempt. Pure: randomness is passed in, so tests are exact.
class CheckRetryState
{
public:
    explicit CheckRetryState(const CheckSpec &spec = {});

    struct Step
    {
        CheckStatus status = CheckStatus::Unknown;
        qint64 delayMs = 0;  // until the next attempt
        int nextAttempt = 0; // 0 = a regular run, n = the n-th retry
    };
    // attemptStatus is Healthy, Degraded or Unhealthy; random01 in [0, 1) draws the backoff.
    Step record(CheckStatus attemptStatus, double random01);

    CheckStatus status() const { return m_status; }
    // The last settled status (not Pending): what the series keep reporting during retries.
    CheckStatus settledStatus() const { return m_settled; }
    int attempt() const { return m_failures; }

    // Full jitter: a random time in [0, min(cap, base * 2^retry)] (retry counts from 0).
    static qint64 backoffMs(const CheckSpec &spec, int retry, double random01);

private:
    CheckSpec m_spec;
    CheckStatus m_status = CheckStatus::Unknown;
    CheckStatus m_settled = CheckStatus::Unknown;
    int m_failures = 0;  // consecutive failed attempts in this episode
    int m_successes = 0; // consecutive successes while unhealthy
};

// Which checks are due when, with a global limit on how many run at once. The first run of each
// check is spread over min(interval, 5 s) so checks configured together do not align.
class CheckScheduler
{
public:
    explicit CheckScheduler(int maxConcurrent = 16, quint32 seed = 0);

    // Replaces the set of checks. A check whose spec is unchanged keeps its state and timing;
    // new or changed ones start afresh. Disabled checks are kept but never due.
    void setChecks(const QList<CheckSpec> &specs, qint64 nowMs);
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    // Upper bound of the random delay before a new check's first run (default 5 s, capped by
    // its interval); 0 runs new checks at once.
    void setFirstSpreadMs(qint64 ms) { m_firstSpreadMs = qMax<qint64>(0, ms); }

    // Names of checks to start now (marked running), oldest due first, within the limit.
    QStringList takeDue(qint64 nowMs);
    // Moves a check to the front: it starts at the next takeDue (if not already running).
    bool runNow(const QString &name, qint64 nowMs);
    // Records the outcome of a running check; returns its step (status, next run).
    CheckRetryState::Step finished(const QString &name, CheckStatus attemptStatus, qint64 nowMs);

    // The check's attempt ended without a result to record (its spec changed meanwhile).
    void abandon(const QString &name);
    // The check never runs again until setChecks() gives it a new spec.
    void retire(const QString &name);
    bool hasActiveChecks() const; // enabled, not retired

    // Earliest time a not-running check is due; -1 when nothing is scheduled.
    qint64 nextDueMs() const;
    int runningCount() const { return m_running; }
    QList<CheckState> states() const;
    std::optional<CheckState> state(const QString &name) const;
    CheckStatus settledStatus(const QString &name) const;
    const CheckSpec *spec(const QString &name) const;
    int attemptOf(const QString &name) const;

private:
    struct Entry
    {
        CheckSpec spec;
        CheckRetryState retry;
        qint64 dueMs = 0;
        bool running = false;
        bool retired = false;
        bool urgent = false; // asked for by runNow()
        bool active() const { return spec.enabled && !retired; }
    };
    static CheckState stateOf(const Entry &e);
    double random01() { return m_random.generateDouble(); }

    QList<Entry> m_entries; // in configuration order
    QHash<QString, qsizetype> m_index;
    int m_maxConcurrent;
    int m_running = 0;
    qint64 m_firstSpreadMs = 5000;
    QRandomGenerator m_random;
};

} // namespace vigil
