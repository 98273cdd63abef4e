#include "Dispatcher.h"

#include "log/LogScope.h"
#include "notify/DeliveryAttempt.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace vigil {

namespace {

QJsonObject deliveryFields(const QString &channel, qint64 id, const QString &requestId)
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("delivery_id"), id},
            {QStringLiteral("request_id"), requestId}};
}

constexpr qint64 kMaxWakeMs = 60000;   // look again at least once a minute (max age)
constexpr int kDatabaseRetryMs = 5000; // after the outbox could not be read

// One token bucket per webhook URL (Slack's limit is per webhook; PagerDuty's per routing key,
// which shares the URL: conservative).
QString bucketKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

// SQLite's words for a file that takes no more writes (SQLITE_FULL, SQLITE_READONLY,
// SQLITE_IOERR), as QSqlError passes them on.
bool isWriteFailure(const QString &message)
{
    return message.contains(QLatin1String("disk is full")) ||
           message.contains(QLatin1String("readonly database")) ||
           message.contains(QLatin1String("disk I/O error"));
}

} // namespace

Dispatcher::Dispatcher(const Clock &clock, QObject *parent)
    : Dispatcher(clock, Options(), RequestSigner(), parent)
{}

Dispatcher::Dispatcher(const Clock &clock, const Options &options, RequestSigner signer,
                       QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_signer(std::move(signer))
    , m_outbox(clock)
    , m_wake(this)
    , m_viewTimer(this)
    , m_pruneTimer(this)
    , m_rng(QRandomGenerator::securelySeeded())
{
    QMetaType::fromType<vigil::OutboxItem>().id();
    QMetaType::fromType<QList<vigil::OutboxItem>>().id();
    QMetaType::fromType<vigil::OutgoingRequest>().id();
    QMetaType::fromType<vigil::ChannelSpec>().id();
    QMetaType::fromType<QList<vigil::ChannelSpec>>().id();
    m_outbox.setMaxPending(m_options.maxPending);
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &Dispatcher::pump);
    m_viewTimer.setSingleShot(true);
    connect(&m_viewTimer, &QTimer::timeout, this, &Dispatcher::refreshItems);
    m_pruneTimer.setInterval(std::clamp<qint64>(m_options.pruneIntervalMs, 1000, 24LL * 3600000));
    connect(&m_pruneTimer, &QTimer::timeout, this, &Dispatcher::prune);
}

Dispatcher::~Dispatcher()
{
    // No finished() may reach a half-destroyed object; the items stay "sending" in the outbox
    // and are sent again after the next open().
    const auto replies = m_inFlight.keys() + m_tests.values();
    m_inFlight.clear();
    m_tests.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

QNetworkAccessManager *Dispatcher::nam()
{
    if (!m_nam) { // created on first use, so in the thread this object lives in
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(false);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_nam;
}

QNetworkReply *Dispatcher::send(const OutgoingRequest &request)
{
    QList<std::pair<QByteArray, QByteArray>> attemptHeaders;
    if (m_signer)
        attemptHeaders = m_signer(request, m_clock.nowMs() / 1000);
    return nam()->sendCustomRequest(
        buildNetworkRequest(request, m_options.transferTimeoutMs, attemptHeaders), request.method,
        request.body);
}

void Dispatcher::open(const QString &dir)
{
    for (InFlight &f : m_inFlight)
        f.discarded = true; // ids of another file
    Outbox::Result r = m_outbox.open(dir);
    if (!m_outbox.recoveryMessage().isEmpty())
        Q_EMIT outboxRecovered(m_outbox.recoveryMessage());
    const bool persistent = r.ok();
    QString message = m_outbox.filePath();
    if (!persistent) {
        message = tr("The notification outbox cannot be used (%1): deliveries are "
                     "kept in memory and lost if Vigil stops before they are sent.")
                      .arg(r.message);
        qCWarning(lcNotify) << message;
        Q_EMIT outboxError(message);
        r = m_outbox.openInMemory();
    }
    if (!r.ok()) {
        Q_EMIT opened(false, r.message);
        return;
    }
    int requeued = 0;
    if (check(m_outbox.requeueInFlight(&requeued)) && requeued > 0)
        qCInfo(lcNotify) << requeued << "deliveries in flight when Vigil stopped are sent again";
    prune();
    m_pruneTimer.start();
    Q_EMIT opened(persistent, message);
    itemsDirty();
    pump();
}

void Dispatcher::enqueue(const OutgoingRequest &request)
{
    qint64 id = 0;
    QList<OutboxItem> evicted;
    Outbox::Result r = m_outbox.enqueue(request, &id, &evicted);
    if (r.status == Outbox::Status::Corrupt && !check(r) && m_outbox.isOpen()) {
        evicted.clear();
        r = m_outbox.enqueue(request, &id, &evicted); // into the file that replaced it
    }
    if (r.status == Outbox::Status::Failed && m_outbox.isPersistent() && moveToMemory(r.message)) {
        evicted.clear();
        r = m_outbox.enqueue(request, &id, &evicted);
    }
    if (!r.ok()) {
        const QString message = QStringLiteral("A notification for %1 (%2) could not be queued: %3")
                                    .arg(request.channel, request.summary, r.message);
        qCWarning(lcNotify) << message;
        Q_EMIT outboxError(message);
        return;
    }
    for (const OutboxItem &item : std::as_const(evicted))
        Q_EMIT deliveryFailed(item.id, item.channel, item.lastError);
    qCDebug(lcNotify) << "queued item" << id << "for" << request.channel
                      << redactedUrl(request.url);
    Q_EMIT enqueued(id, request.idempotencyKey);
    itemsDirty();
    pump();
}

void Dispatcher::pump()
{
    m_wake.stop();
    if (!m_outbox.isOpen() || !m_channelsKnown)
        return;
    const qint64 now = m_clock.nowMs();
    QList<OutboxItem> expired;
    if (check(m_outbox.expire(now, m_options.maxAgeMs, &expired))) {
        for (const OutboxItem &item : std::as_const(expired)) {
            qCWarning(lcNotify) << "item" << item.id << "for" << item.channel << item.lastError;
            Q_EMIT deliveryFailed(item.id, item.channel, item.lastError);
        }
    }
    QList<OutboxEntry> due;
    if (!check(m_outbox.due(now, m_options.dueBatch, &due))) {
        m_wake.start(kDatabaseRetryMs);
        return;
    }
    qint64 wake = 0;
    const auto earliest = [&wake](qint64 ms) {
        if (ms > 0 && (wake == 0 || ms < wake))
            wake = ms;
    };
    int started = 0;
    for (const OutboxEntry &entry : std::as_const(due))
        started += startHead(entry, now, &wake) ? 1 : 0;
    if (started > 0 && due.size() >= m_options.dueBatch)
        earliest(now); // more heads than one pass takes
    qint64 next = 0;
    if (check(m_outbox.nextAttemptAfter(now, &next)))
        earliest(next);
    if (!expired.isEmpty() || started > 0)
        itemsDirty();
    if (wake > 0)
        m_wake.start(static_cast<int>(std::clamp<qint64>(wake - now, 0, kMaxWakeMs)));
}

bool Dispatcher::startHead(const OutboxEntry &entry, qint64 nowMs, qint64 *wakeMs)
{
    const OutboxItem &item = entry.item;
    const QString problem = channelProblem(item.channel);
    if (!problem.isEmpty()) { // everything queued for it, not just this head
        QList<OutboxItem> failed;
        check(m_outbox.failChannel(item.channel, problem, &failed));
        qCWarning(lcNotify) << failed.size() << "deliveries to" << item.channel
                            << "failed:" << problem;
        for (const OutboxItem &i : std::as_const(failed))
            Q_EMIT deliveryFailed(i.id, i.channel, i.lastError);
        itemsDirty();
        return false;
    }
    const QString key = bucketKey(entry.request.url);
    auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end()) {
        const double rate = destinationRatePerSecond(item.type, m_options.ratePerSecond);
        bucket = m_buckets.insert(key, TokenBucket(rate, rate, nowMs));
    }
    if (!bucket->tryTake(nowMs)) { // a burst waits for its turn instead of earning a 429
        const qint64 ready = bucket->readyAtMs(nowMs);
        if (*wakeMs == 0 || ready < *wakeMs)
            *wakeMs = ready;
        return false;
    }
    if (!check(m_outbox.markSending(item.id)))
        return false;
    OutgoingRequest request = entry.request;
    request.signingSecret = m_channels.value(item.channel).secret;
    InFlight f;
    f.id = item.id;
    f.item = item;
    f.url = request.url;
    f.requestId = request.idempotencyKey;
    f.elapsed.start();
    QNetworkReply *reply = send(request);
    m_inFlight.insert(reply, f);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    const LogScope scope(deliveryFields(f.item.channel, f.id, f.requestId));
    qCDebug(lcNotify) << "sending item" << item.id << "to" << item.channel
                      << redactedUrl(request.url) << "attempt" << item.attempts + 1;
    return true;
}

void Dispatcher::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.cend())
        return;
    const InFlight f = it.value();
    m_inFlight.erase(it);
    reply->deleteLater();
    if (!f.discarded) {
        // Delivered, retried or failed: each line names the channel, item and request.
        const LogScope scope(deliveryFields(f.item.channel, f.id, f.requestId));
        const AttemptResult a = readAttempt(reply, f.item.type, f.url, m_options.transferTimeoutMs);
        const QString &channel = f.item.channel;
        switch (a.action) {
        case DeliveryAction::Delivered:
            check(m_outbox.markSent(f.id, a.status)); // else sent again after a restart
            qCInfo(lcNotify) << "delivered item" << f.id << "to" << channel << redactedUrl(f.url)
                             << "HTTP" << a.status << "after" << f.item.attempts + 1
                             << "attempt(s)";
            Q_EMIT delivered(f.id, a.status, f.elapsed.elapsed());
            break;
        case DeliveryAction::Retry:
            scheduleRetry(f, a);
            break;
        case DeliveryAction::GiveUp:
            failItem(f.id, channel, a.reason, a.status);
            break;
        case DeliveryAction::Disable:
            failItem(f.id, channel, a.reason, a.status);
            disableChannel(channel, a.reason);
            break;
        }
        itemsDirty();
    }
    pump();
}

void Dispatcher::scheduleRetry(const InFlight &f, const AttemptResult &a)
{
    const qint64 now = m_clock.nowMs();
    const int attempts = f.item.attempts + 1;
    const qint64 deadline = f.item.retrySinceMs + m_options.maxAgeMs;
    if (now >= deadline) {
        failItem(f.id, f.item.channel, gaveUpMessage(m_options.maxAgeMs, attempts, a.reason),
                 a.status);
        return;
    }
    const qint64 delay =
        retryDelayMs(m_options.retry, f.item.type, attempts - 1, a.retryAfter, a.body, now, m_rng);
    const qint64 next = std::min(now + delay, deadline);
    qCInfo(lcNotify) << "item" << f.id << "to" << f.item.channel << redactedUrl(f.url) << ":"
                     << a.reason << "- retry" << attempts << "in" << next - now << "ms";
    check(m_outbox.markRetry(f.id, next, a.reason, a.status));
}

void Dispatcher::failItem(qint64 id, const QString &channel, const QString &reason, int status)
{
    qCWarning(lcNotify) << "delivery of item" << id << "to" << channel << "failed:" << reason;
    if (check(m_outbox.markFailed(id, reason, status)))
        Q_EMIT deliveryFailed(id, channel, reason);
    itemsDirty();
}

void Dispatcher::runDueWork()
{
    if (m_outbox.isOpen() && m_clock.nowMs() - m_lastPruneMs >= m_options.pruneIntervalMs)
        prune();
    pump();
}

void Dispatcher::prune()
{
    m_lastPruneMs = m_clock.nowMs();
    int deleted = 0;
    if (m_outbox.isOpen() && check(m_outbox.prune(m_clock.nowMs(), &deleted)) && deleted > 0) {
        qCInfo(lcNotify) << "pruned" << deleted << "finished deliveries";
        itemsDirty();
    }
}

bool Dispatcher::check(const Outbox::Result &result)
{
    if (result.ok()) {
        m_lastError.clear();
        return true;
    }
    if (result.status == Outbox::Status::Corrupt) {
        for (InFlight &f : m_inFlight)
            f.discarded = true; // their rows went with the damaged file
        const Outbox::Result r = m_outbox.recover(result.message);
        if (!m_outbox.recoveryMessage().isEmpty())
            Q_EMIT outboxRecovered(m_outbox.recoveryMessage());
        if (!r.ok())
            m_outbox.openInMemory();
        itemsDirty();
    }
    if (result.status == Outbox::Status::Failed && m_outbox.isPersistent() &&
        isWriteFailure(result.message) && moveToMemory(result.message)) {
        m_wake.start(0); // carry on from memory once the current pass is over
        return false;
    }
    if (result.message != m_lastError) {
        qCWarning(lcNotify) << "outbox:" << result.message;
        Q_EMIT outboxError(result.message);
    }
    m_lastError = result.message;
    return false;
}

} // namespace vigil
