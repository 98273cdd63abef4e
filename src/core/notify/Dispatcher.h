#pragma once

#include "notify/DeliveryPolicy.h"
#include "notify/NotifyTypes.h"
#include "notify/Outbox.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vigil {

class Clock;
struct AttemptResult;

// Per-attempt headers for a request (X-Hub-Signature-256, webhook-id/-timestamp/-signature,
// Idempotency-Key: Signing.h's signingHeaders). The request's signingSecret is the channel's
// current secret. nowSecs: unix seconds of this attempt.
using RequestSigner = std::function<QList<std::pair<QByteArray, QByteArray>>(
    const OutgoingRequest &request, qint64 nowSecs)>;

// Delivers outbox items (INTEROP.md §3). Lives on the "vigil-notify" thread (NotifyThread) with
// its own QNetworkAccessManager; talk to it through queued calls and its signals.
//
// Every notification is written to the outbox before anything is sent. Per channel one request
// is in flight at a time, oldest first (a failing head holds its channel back, never another);
// per destination URL a token bucket spaces requests (Slack 1/s, PagerDuty 2/s, others
// Options::ratePerSecond). Each attempt is classified (classifyAttempt): delivered, retried after
// Retry-After or jittered back-off, failed with the reason, or failed and the channel disabled.
// An item still undelivered maxAgeMs after it was queued fails ("gave up after 24 h ...").
// Items in flight when the process ended are sent again on the next open(), with the same
// idempotency key: delivery is at-least-once.
//
// Nothing is sent before the first setChannels(): the signing secret is looked up there at
// every attempt (the outbox never stores it), and items of channels that are not configured,
// disabled in the settings or disabled after a 410 fail instead of being sent.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    struct Options
    {
        qint64 transferTimeoutMs = 15000;
        RetryPolicy retry;
        qint64 maxAgeMs = 24LL * 3600 * 1000;
        int maxPending = Outbox::DefaultMaxPending;
        double ratePerSecond = 5; // destinations without a known limit
        int viewLimit = 500;      // items in itemsChanged
        int viewIntervalMs = 250; // at most one itemsChanged per interval after state changes
        int dueBatch = 200;       // channel heads started per pass
        qint64 pruneIntervalMs = 3600LL * 1000;
    };

    explicit Dispatcher(const Clock &clock, QObject *parent = nullptr);
    Dispatcher(const Clock &clock, const Options &options, RequestSigner signer,
               QObject *parent = nullptr);
    ~Dispatcher() override; // aborts requests in flight; they stay "sending" in the outbox

    // Before the object moves to its thread, or from that thread.
    void setSigner(RequestSigner signer) { m_signer = std::move(signer); }
    const Options &options() const { return m_options; }

public Q_SLOTS:
    // Opens <dir>/outbox.db (a damaged file is moved aside; a file that cannot be used at all
    // falls back to a non-persistent outbox, reported by outboxError), requeues items left in
    // flight, prunes, and starts delivering once channels are known.
    void open(const QString &dir);
    // The current channel configuration: secrets, enabled state. A channel disabled after a
    // 410 is enabled again when its settings change.
    void setChannels(const QList<vigil::ChannelSpec> &channels);
    // Persists the request, then sends it when its channel's turn comes; emits enqueued.
    void enqueue(const vigil::OutgoingRequest &request);
    void retryNow(qint64 id);
    // Removes the item; a request in flight for it is aborted.
    void discard(qint64 id);
    // One attempt outside the outbox, signed with request.signingSecret; emits testFinished.
    void testRequest(quint64 requestId, const vigil::OutgoingRequest &request);
    // Emits itemsChanged with the current list at once (state changes are coalesced to one
    // list per Options::viewIntervalMs; an explicit refresh, retry or discard is not).
    void refreshItems();
    // What the timers do, judged by the injected clock: the prune when pruneIntervalMs has
    // passed on it since the last one, then the due attempts. Production leaves this to the
    // timers; a benchmark driving simulated time (bench/bench_outbox.cpp) calls it after
    // advancing its clock, since real timers know nothing of simulated hours.
    void runDueWork();

Q_SIGNALS:
    void opened(bool persistent, const QString &message);
    void outboxRecovered(const QString &userMessage);
    void outboxError(const QString &message);
    void enqueued(qint64 id, const QString &idempotencyKey);
    // Newest first, at most Options::viewLimit: no secrets, URLs as scheme + host.
    void itemsChanged(const QList<vigil::OutboxItem> &items);
    // ms: duration of the attempt that succeeded.
    void delivered(qint64 id, int httpStatus, qint64 ms);
    // The item will not be retried (give up, max age, outbox full, channel gone): the reason is
    // for the user ("HTTP 404: ...").
    void deliveryFailed(qint64 id, const QString &channel, const QString &reason);
    void channelDisabled(const QString &channel, const QString &reason);
    void testFinished(quint64 requestId, int httpStatus, qint64 ms, const QString &error);

private:
    struct InFlight
    {
        qint64 id = 0;
        OutboxItem item;
        QUrl url;
        QString bucketKey;
        QString requestId; // the idempotency key (webhook-id), the same on every retry
        QElapsedTimer elapsed;
        bool discarded = false;
    };
    QNetworkAccessManager *nam();
    QNetworkReply *send(const OutgoingRequest &request);
    void pump();
    bool startHead(const OutboxEntry &entry, qint64 nowMs, qint64 *wakeMs);
    void onReplyFinished(QNetworkReply *reply);
    void onTestFinished(QNetworkReply *reply, quint64 requestId, ChannelType type, QUrl url,
                        QElapsedTimer elapsed);
    void scheduleRetry(const InFlight &f, const AttemptResult &a);
    void failItem(qint64 id, const QString &channel, const QString &reason, int status = 0);
    void disableChannel(const QString &channel, const QString &reason);
    QString channelProblem(const QString &channel) const;
    void prune();
    bool check(const Outbox::Result &result);
    // DispatcherMemory.cpp: the file outbox cannot be written (disk full, read-only): carry on
    // with an in-memory one holding everything unfinished, and say so.
    bool moveToMemory(const QString &reason);
    void itemsDirty();

    const Clock &m_clock;
    Options m_options;
    RequestSigner m_signer;
    Outbox m_outbox;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer m_wake;            // next due attempt or free token
    QTimer m_viewTimer;       // coalesces itemsChanged
    QElapsedTimer m_lastView; // real time: the view's rate, not the injected clock's
    QTimer m_pruneTimer;
    QRandomGenerator m_rng;
    QHash<QString, ChannelSpec> m_channels;
    QHash<QString, QString> m_disabled; // channel -> why (410, Discord 404)
    QHash<QString, TokenBucket> m_buckets;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QSet<QNetworkReply *> m_tests;
    QString m_lastError;
    bool m_channelsKnown = false;
    qint64 m_lastPruneMs = 0; // injected clock
};

} // namespace vigil
