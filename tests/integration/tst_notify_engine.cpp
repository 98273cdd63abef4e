// Notification channels end to end through the Engine: samples fed with ingest() fire and resolve
// an alert, the router groups the events per channel, the payload is rendered, queued in the
// persistent outbox (outbox.db in the engine's data dir) and delivered by the notify thread to
// scripted_receiver.py on 127.0.0.1, which records every request.

#include "alerts/AlertTypes.h"
#include "collect/SystemSources.h"
#include "engine/Engine.h"
#include "notify/Outbox.h"

#include "ScriptedReceiver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vigil;

namespace {

constexpr int kWaitMs = 10000;
const char kSecret[] = "It's a Secret to Everybody";
const char kRule[] = "level_e2e";
const char kMetric[] = "vigil_e2e_level";
const char kGoZeroTime[] = "0001-01-01T00:00:00Z";

using Receiver = vigil::test::ScriptedReceiver;

// A port nothing listens on right now (for a receiver started later on a known URL).
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString header(const QJsonObject &record, const char *name)
{
    const QJsonObject headers = record.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

QByteArray rawBody(const QJsonObject &record)
{
    return record.value(QLatin1String("body")).toString().toUtf8();
}

QJsonObject body(const QJsonObject &record)
{
    return QJsonDocument::fromJson(rawBody(record)).object();
}

QJsonArray alertsOf(const QJsonObject &record)
{
    return body(record).value(QLatin1String("alerts")).toArray();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ChannelSpec webhook(const QString &name, const QUrl &url, qint64 groupWaitMs)
{
    ChannelSpec c;
    c.name = name;
    c.type = ChannelType::Webhook;
    c.url = url;
    c.groupWaitMs = groupWaitMs;
    c.secret = QLatin1String(kSecret);
    return c;
}

// level_e2e: vigil_e2e_level > 50 warning, > 90 critical, firing at the first sample.
AlertRule levelRule()
{
    AlertRule r;
    r.name = QLatin1String(kRule);
    r.series = QLatin1String(kMetric);
    r.op = CompareOp::Greater;
    r.warning = 50;
    r.critical = 90;
    r.forMs = 0;
    r.summary = QStringLiteral("Level at {{ $value }}");
    return r;
}

Config engineConfig(const QList<ChannelSpec> &channels)
{
    Config c;
    c.rules = {levelRule()};
    c.channels = channels;
    // One collector tick at start, then none for an hour, and no system series at all: only the
    // test's samples reach the rules.
    c.sampling.intervalMs = 3600 * 1000;
    c.sampling.historyMs = 3600 * 1000;
    const QStringList sources = systemSourceNames();
    c.collectors.disabled = QSet<QString>(sources.begin(), sources.end());
    return c;
}

// Starts the engine on `dir` (storage on, hence the outbox) and waits until its saved state is
// restored: before that, samples are stored but never evaluated.
bool startEngine(Engine &engine, const QString &dir)
{
    engine.setDataDir(dir);
    engine.setChecksEnabled(false);
    QSignalSpy restored(&engine, &Engine::silencesChanged);
    engine.start();
    return restored.wait(kWaitMs);
}

// The outbox items of the engine as the deliveries view sees them, asked for now.
QList<OutboxItem> outboxItems(Engine &engine)
{
    QSignalSpy items(&engine, &Engine::deliveriesChanged);
    engine.refreshDeliveries();
    if (!items.wait(kWaitMs))
        return {};
    return items.constLast().at(0).value<QList<OutboxItem>>();
}

qsizetype itemsFor(const QList<OutboxItem> &items, const QString &channel)
{
    return std::count_if(items.cbegin(), items.cend(),
                         [&](const OutboxItem &i) { return i.channel == channel; });
}

} // namespace

class TestNotifyEngine : public QObject
{
    Q_OBJECT

    // Sample times follow the wall clock (the engine compares them with its monotonic clock)
    // and never repeat.
    qint64 m_lastMs = 0;
    qint64 nextTimeMs()
    {
        m_lastMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastMs + 1);
        return m_lastMs;
    }
    SampleBatch levels(const QList<std::pair<QString, double>> &devices)
    {
        SampleBatch b;
        b.timeMs = nextTimeMs();
        for (const auto &[dev, value] : devices)
            b.add(SeriesId(QLatin1String(kMetric), {{QStringLiteral("dev"), dev}}), value);
        return b;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Receiver> m_receiver;

private Q_SLOTS:
    void initTestCase()
    {
        // Loopback only: no proxy from the environment may come between dispatcher and receiver.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY2(QFile::exists(Receiver::script()), qPrintable(Receiver::script()));
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_receiver = std::make_unique<Receiver>(m_tmp.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".jsonl")));
    }

    void cleanup() { m_receiver.reset(); }

    // Firing, signed, as Alertmanager's webhook v4; then resolved when the value drops.
    void firingThenResolvedArriveSigned()
    {
        const QString error = m_receiver->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        Engine engine(engineConfig(
            {webhook(QStringLiteral("hook"), m_receiver->url(QStringLiteral("/hook")), 200)}));
        QVERIFY(startEngine(engine, dir.path()));

        engine.ingest(levels({{QStringLiteral("sda"), 60}}));
        QCOMPARE(engine.alerts().size(), 1);
        QCOMPARE(engine.alerts().first().state, AlertState::Firing);
        const QString fingerprint = engine.alerts().first().fingerprint;
        QCOMPARE(fingerprint.size(), 16);

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 1, kWaitMs);
        const QJsonObject fired = m_receiver->records(QStringLiteral("/hook")).first();
        QCOMPARE(str(fired, "method"), QStringLiteral("POST"));
        QCOMPARE(header(fired, "Content-Type"), QStringLiteral("application/json"));
        QVERIFY(header(fired, "User-Agent").startsWith(QLatin1String("Vigil/")));
        const QJsonObject root = body(fired);
        QCOMPARE(str(root, "version"), QStringLiteral("4"));
        QCOMPARE(str(root, "status"), QStringLiteral("firing"));
        QCOMPARE(str(root, "receiver"), QStringLiteral("hook"));
        QVERIFY(str(root, "groupKey").contains(QLatin1String(kRule)));
        QCOMPARE(alertsOf(fired).size(), 1);
        const QJsonObject alert = alertsOf(fired).at(0).toObject();
        QCOMPARE(str(alert, "status"), QStringLiteral("firing"));
        const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
        QCOMPARE(str(labels, "alertname"), QLatin1String(kRule));
        QCOMPARE(str(labels, "dev"), QStringLiteral("sda"));
        QCOMPARE(str(labels, "severity"), QStringLiteral("warning"));
        QCOMPARE(str(alert, "fingerprint"), fingerprint);
        QCOMPARE(str(alert, "endsAt"), QLatin1String(kGoZeroTime));
        QVERIFY(QDateTime::fromString(str(alert, "startsAt"), Qt::ISODateWithMs).isValid());

        // Signed over the exact bytes received (INTEROP.md §4), both schemes.
        const QByteArray raw = rawBody(fired);
        const QByteArray secret(kSecret);
        QCOMPARE(
            header(fired, "X-Hub-Signature-256").toLatin1(),
            QByteArray("sha256=") +
                QMessageAuthenticationCode::hash(raw, secret, QCryptographicHash::Sha256).toHex());
        const QString key = header(fired, "Idempotency-Key");
        QVERIFY2(key.startsWith(QStringLiteral("msg_") + fingerprint + QLatin1Char('_')),
                 qPrintable(key));
        QVERIFY(!key.contains(QLatin1Char('.')));
        QCOMPARE(header(fired, "webhook-id"), key);
        const QByteArray signedContent =
            key.toUtf8() + '.' + header(fired, "webhook-timestamp").toLatin1() + '.' + raw;
        QCOMPARE(header(fired, "webhook-signature").toLatin1(),
                 QByteArray("v1,") + QMessageAuthenticationCode::hash(signedContent, secret,
                                                                      QCryptographicHash::Sha256)
                                         .toBase64());

        engine.ingest(levels({{QStringLiteral("sda"), 10}}));
        QVERIFY(engine.alerts().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 2, kWaitMs);
        const QJsonObject resolved = m_receiver->records(QStringLiteral("/hook")).at(1);
        QCOMPARE(str(body(resolved), "status"), QStringLiteral("resolved"));
        QCOMPARE(alertsOf(resolved).size(), 1);
        const QJsonObject gone = alertsOf(resolved).at(0).toObject();
        QCOMPARE(str(gone, "status"), QStringLiteral("resolved"));
        QCOMPARE(str(gone, "fingerprint"), fingerprint);
        QCOMPARE(str(gone, "startsAt"), str(alert, "startsAt"));
        QVERIFY(str(gone, "endsAt") != QLatin1String(kGoZeroTime));
        QVERIFY(QDateTime::fromString(str(gone, "endsAt"), Qt::ISODateWithMs) >=
                QDateTime::fromString(str(gone, "startsAt"), Qt::ISODateWithMs));
        QCOMPARE(header(resolved, "X-Hub-Signature-256").toLatin1(),
                 QByteArray("sha256=") + QMessageAuthenticationCode::hash(
                                             rawBody(resolved), secret, QCryptographicHash::Sha256)
                                             .toHex());
        const QString resolvedKey = header(resolved, "Idempotency-Key");
        QVERIFY(resolvedKey.startsWith(QStringLiteral("msg_") + fingerprint));
        QVERIFY(resolvedKey != key); // another event, another key
        engine.stop();
    }

    // A critical-only channel hears nothing of a warning, its resolution included; it does hear
    // the same alert once it escalates to critical.
    void minSeverityCriticalSkipsWarnings()
    {
        const QString error = m_receiver->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ChannelSpec crit =
            webhook(QStringLiteral("crit"), m_receiver->url(QStringLiteral("/crit")), 200);
        crit.minSeverity = Severity::Critical;
        // crit first: its enqueue, if any, would be queued ahead of hook's.
        Engine engine(engineConfig({crit, webhook(QStringLiteral("hook"),
                                                  m_receiver->url(QStringLiteral("/hook")), 200)}));
        QVERIFY(startEngine(engine, dir.path()));

        engine.ingest(levels({{QStringLiteral("sda"), 60}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 1, kWaitMs);
        engine.ingest(levels({{QStringLiteral("sda"), 20}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 2, kWaitMs);
        QCOMPARE(str(body(m_receiver->records(QStringLiteral("/hook")).at(1)), "status"),
                 QStringLiteral("resolved"));
        // Both windows closed in the same flushes: had crit been given anything, its item would
        // be in the outbox by now.
        QList<OutboxItem> items = outboxItems(engine);
        QCOMPARE(itemsFor(items, QStringLiteral("hook")), 2);
        QCOMPARE(itemsFor(items, QStringLiteral("crit")), 0);
        QVERIFY(m_receiver->records(QStringLiteral("/crit")).isEmpty());

        // The control: critical does reach it.
        engine.ingest(levels({{QStringLiteral("sda"), 95}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/crit")).size(), 1, kWaitMs);
        const QJsonObject alert =
            alertsOf(m_receiver->records(QStringLiteral("/crit")).first()).at(0).toObject();
        QCOMPARE(str(alert.value(QLatin1String("labels")).toObject(), "severity"),
                 QStringLiteral("critical"));
        engine.stop();
    }

    // Two alerts firing within one group window: one request carrying both.
    void groupWindowSendsOneRequest()
    {
        constexpr qint64 kGroupWaitMs = 1000;
        const QString error = m_receiver->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        Engine engine(engineConfig({webhook(
            QStringLiteral("hook"), m_receiver->url(QStringLiteral("/hook")), kGroupWaitMs)}));
        QVERIFY(startEngine(engine, dir.path()));

        const SampleBatch first = levels({{QStringLiteral("sda"), 60}});
        engine.ingest(first);
        QVERIFY(m_receiver->records(QStringLiteral("/hook")).isEmpty());
        engine.ingest(levels({{QStringLiteral("sda"), 61}, {QStringLiteral("sdb"), 70}}));
        QCOMPARE(engine.alerts().size(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 1, kWaitMs);
        const QJsonObject record = m_receiver->records(QStringLiteral("/hook")).first();
        // Not before the window closed (coarse timers may fire up to 5 % early).
        const double waitedMs =
            record.value(QLatin1String("time")).toDouble() * 1000 - double(first.timeMs);
        QVERIFY2(waitedMs >= kGroupWaitMs * 0.9, qPrintable(QString::number(waitedMs)));
        const QJsonArray alerts = alertsOf(record);
        QCOMPARE(alerts.size(), 2);
        QStringList devices, fingerprints;
        for (const QJsonValue &v : alerts) {
            const QJsonObject a = v.toObject();
            QCOMPARE(str(a, "status"), QStringLiteral("firing"));
            devices << str(a.value(QLatin1String("labels")).toObject(), "dev");
            fingerprints << str(a, "fingerprint");
        }
        devices.sort();
        QCOMPARE(devices, QStringList({QStringLiteral("sda"), QStringLiteral("sdb")}));
        QVERIFY(fingerprints.at(0) != fingerprints.at(1));
        const QJsonObject root = body(record);
        QCOMPARE(str(root, "status"), QStringLiteral("firing"));
        QCOMPARE(str(root.value(QLatin1String("commonLabels")).toObject(), "alertname"),
                 QLatin1String(kRule));
        QVERIFY(
            !root.value(QLatin1String("commonLabels")).toObject().contains(QLatin1String("dev")));
        // One message, one outbox item: nothing else left in the window.
        QCOMPARE(itemsFor(outboxItems(engine), QStringLiteral("hook")), 1);
        QCOMPARE(m_receiver->records(QStringLiteral("/hook")).size(), 1);
        engine.stop();
    }

    // Stopping while a group window is open loses nothing: stop() flushes the window into the
    // persistent outbox, and the next engine on the same data dir delivers it. The receiver is
    // only started once the first engine is gone, so the message can only come from outbox.db.
    void stopFlushesOpenWindowIntoOutbox()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
        const Config config = engineConfig({webhook(QStringLiteral("hook"), url, 5000)});
        QTemporaryDir dir;
        QString fingerprint;
        {
            Engine engine(config);
            QVERIFY(startEngine(engine, dir.path()));
            engine.ingest(levels({{QStringLiteral("sda"), 60}}));
            QCOMPARE(engine.alerts().size(), 1);
            fingerprint = engine.alerts().first().fingerprint;
            engine.stop(); // the 5 s window is still open
        }
        const QString error = m_receiver->start({}, port);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Engine engine(config);
        QVERIFY(startEngine(engine, dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->records(QStringLiteral("/hook")).size(), 1, kWaitMs);
        const QJsonObject record = m_receiver->records(QStringLiteral("/hook")).first();
        QCOMPARE(str(body(record), "status"), QStringLiteral("firing"));
        QCOMPARE(alertsOf(record).size(), 1);
        QCOMPARE(str(alertsOf(record).at(0).toObject(), "fingerprint"), fingerprint);
        QVERIFY(!header(record, "X-Hub-Signature-256").isEmpty()); // secret looked up again
        // The restored alert does not fire again: that one item is all there is.
        const QList<OutboxItem> items = outboxItems(engine);
        QCOMPARE(itemsFor(items, QStringLiteral("hook")), 1);
        QCOMPARE(m_receiver->records(QStringLiteral("/hook")).size(), 1);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestNotifyEngine)
#include "tst_notify_engine.moc"
