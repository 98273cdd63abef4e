// Pushing alerts into a real Alertmanager (INTEROP.md §2.6): Debian's prometheus-alertmanager 0.25
// on 127.0.0.1 with gossip off and a null receiver, an Engine with an `alertmanager` channel, and
// Alertmanager's own API as the oracle.
//
// What Alertmanager 0.25 shows of a resolved alert: nothing. GET /api/v2/alerts drops every alert
// whose endsAt has passed before applying any filter (api/v2 alertFilter), so
// ?active=false&silenced=false&inhibited=false&unprocessed=false lists it no more than the
// default query does; the alert stays in memory until the next GC. Resolution is therefore
// checked as "no longer listed" plus the counter that records how the push was classified on
// receipt: alertmanager_alerts_received_total{status="resolved",version="v2"} on /metrics.

#include "alerts/Fingerprint.h"
#include "collect/SystemSources.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace vigil;

namespace {

constexpr int kWaitMs = 15000;
const char kAlertmanager[] = "/usr/bin/prometheus-alertmanager";
const char kRule[] = "level_am_e2e";
const char kMetric[] = "vigil_am_e2e_level";

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// One GET; the body, or an empty array on any failure (status in *status, 0 without one).
QByteArray httpGet(QNetworkAccessManager &nam, const QUrl &url, int *status = nullptr)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(3000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->abort();
    reply->deleteLater();
    if (status)
        *status = code;
    return body;
}

// A private Alertmanager: own port, own storage, gossip disabled, one null receiver.
class Alertmanager final
{
public:
    explicit Alertmanager(const QString &dir)
        : m_dir(dir)
    {}
    ~Alertmanager() { stop(); }
    Q_DISABLE_COPY_MOVE(Alertmanager)

    // Empty when /-/ready answered 200, else why not.
    QString start(QNetworkAccessManager &nam)
    {
        QFile config(m_dir + QStringLiteral("/am.yml"));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        config.write("route:\n"
                     "  receiver: \"null\"\n"
                     "receivers:\n"
                     "  - name: \"null\"\n");
        config.close();
        QString why;
        for (int attempt = 0; attempt < 3; ++attempt) { // the free port may be taken meanwhile
            m_port = freePort();
            const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
            m_process.setProgram(QLatin1String(kAlertmanager));
            m_process.setArguments(
                {QStringLiteral("--config.file=") + config.fileName(),
                 QStringLiteral("--storage.path=") + m_dir + QStringLiteral("/data"),
                 QStringLiteral("--web.listen-address=") + listen,
                 QStringLiteral("--cluster.listen-address="),
                 QStringLiteral("--web.external-url=http://") + listen});
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start();
            if (!m_process.waitForStarted(5000))
                return m_process.errorString();
            for (int i = 0; i < 100 && m_process.state() == QProcess::Running; ++i) {
                int status = 0;
                httpGet(nam, url(QStringLiteral("/-/ready")), &status);
                if (status == 200)
                    return {};
                m_process.waitForFinished(100);
            }
            why = QString::fromUtf8(m_process.readAll());
            stop();
        }
        return QStringLiteral("Alertmanager did not become ready: ") + why;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url(const QString &pathAndQuery = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + pathAndQuery);
    }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

private:
    QString m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// level_am_e2e: vigil_am_e2e_level > 50 warning, > 90 critical, firing at the first sample.
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

Config engineConfig(const QUrl &alertmanager)
{
    ChannelSpec am;
    am.name = QStringLiteral("am");
    am.type = ChannelType::Alertmanager;
    am.url = alertmanager;
    am.groupWaitMs = 0;
    Config c;
    c.rules = {levelRule()};
    c.channels = {am};
    // One collector tick at start, then none for an hour, and no system series: only the
    // test's samples reach the rules.
    c.sampling.intervalMs = 3600 * 1000;
    c.sampling.historyMs = 3600 * 1000;
    const QStringList sources = systemSourceNames();
    c.collectors.disabled = QSet<QString>(sources.begin(), sources.end());
    return c;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(str(o, key), Qt::ISODateWithMs);
}

} // namespace

class TestAlertmanagerPush : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Alertmanager> m_am;

    // Alertmanager's alerts named kRule (fresh instance: only ours).
    QList<QJsonObject> listed(const QString &query = {})
    {
        QList<QJsonObject> out;
        const QByteArray reply =
            httpGet(*m_nam, m_am->url(QStringLiteral("/api/v2/alerts") + query));
        for (const QJsonValue &v : QJsonDocument::fromJson(reply).array()) {
            const QJsonObject a = v.toObject();
            if (str(a.value(QLatin1String("labels")).toObject(), "alertname") ==
                QLatin1String(kRule))
                out.append(a);
        }
        return out;
    }
    // alertmanager_alerts_received_total{status="<status>",version="v2"}; -1 when unreadable.
    double receivedTotal(const QString &status)
    {
        const QString metrics =
            QString::fromUtf8(httpGet(*m_nam, m_am->url(QStringLiteral("/metrics"))));
        const QRegularExpression line(
            QStringLiteral("^alertmanager_alerts_received_total\\{status=\"%1\",version=\"v2\"\\} "
                           "(\\S+)$")
                .arg(status),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = line.match(metrics);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Loopback only: no proxy from the environment.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        if (!QFile::exists(QLatin1String(kAlertmanager)))
            QFAIL("/usr/bin/prometheus-alertmanager is missing: install the Debian package "
                  "prometheus-alertmanager");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_am = std::make_unique<Alertmanager>(m_dir->filePath(QStringLiteral("am")));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("am"))));
        const QString error = m_am->start(*m_nam);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        if (m_am && QTest::currentTestFailed())
            qInfo().noquote() << "Alertmanager log:\n" << m_am->log();
        m_am.reset(); // kills it
        m_nam.reset();
        m_dir.reset();
    }

    // Firing: listed active with its labels; resolved: gone, counted as a resolved push.
    void firingThenResolved()
    {
        Engine engine(engineConfig(m_am->url()));
        engine.setDataDir(m_dir->filePath(QStringLiteral("vigil")));
        engine.setChecksEnabled(false);
        QSignalSpy restored(&engine, &Engine::silencesChanged);
        engine.start();
        QVERIFY(restored.wait(kWaitMs)); // samples are evaluated only once state is restored

        SampleBatch high;
        high.timeMs = QDateTime::currentMSecsSinceEpoch(); // Alertmanager judges endsAt by now
        high.add(SeriesId(QLatin1String(kMetric), {{QStringLiteral("dev"), QStringLiteral("sda")}}),
                 60);
        engine.ingest(high);
        QCOMPARE(engine.alerts().size(), 1);
        const qint64 firingSinceMs = engine.alerts().first().firingSinceMs;

        QTRY_COMPARE_WITH_TIMEOUT(listed().size(), 1, kWaitMs);
        const QJsonObject alert = listed().first();
        const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
        QCOMPARE(str(labels, "alertname"), QLatin1String(kRule));
        QCOMPARE(str(labels, "severity"), QStringLiteral("warning"));
        QCOMPARE(str(labels, "dev"), QStringLiteral("sda"));
        QCOMPARE(str(labels, "job"), QStringLiteral("vigil"));
        if (!QSysInfo::machineHostName().isEmpty())
            QCOMPARE(str(labels, "instance"), QSysInfo::machineHostName());
        QCOMPARE(str(alert.value(QLatin1String("status")).toObject(), "state"),
                 QStringLiteral("active"));
        QVERIFY(str(alert.value(QLatin1String("annotations")).toObject(), "summary")
                    .startsWith(QLatin1String("Level at")));
        // Alertmanager's fingerprint of the pushed label set is the one Vigil computes.
        Labels pushed;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            pushed.append({it.key(), it.value().toString()});
        QCOMPARE(str(alert, "fingerprint"), alertFingerprint(pushed));
        // startsAt is when it started firing (to the second at least); endsAt lies ahead.
        QVERIFY(std::llabs(timeOf(alert, "startsAt").toMSecsSinceEpoch() - firingSinceMs) < 1000);
        QVERIFY(timeOf(alert, "endsAt") > QDateTime::currentDateTimeUtc());
        QCOMPARE(receivedTotal(QStringLiteral("resolved")), 0.0);
        QVERIFY(receivedTotal(QStringLiteral("firing")) >= 1);

        SampleBatch low;
        low.timeMs = std::max(QDateTime::currentMSecsSinceEpoch(), high.timeMs + 1);
        low.add(SeriesId(QLatin1String(kMetric), {{QStringLiteral("dev"), QStringLiteral("sda")}}),
                10);
        engine.ingest(low);
        QVERIFY(engine.alerts().isEmpty());
        // No resend tick needed: the resolved event is routed at once.
        QTRY_VERIFY_WITH_TIMEOUT(receivedTotal(QStringLiteral("resolved")) >= 1, kWaitMs);
        QVERIFY(listed().isEmpty());
        QVERIFY(listed(QStringLiteral("?active=false&silenced=false&inhibited=false"
                                      "&unprocessed=false"))
                    .isEmpty());
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerPush)
#include "tst_alertmanager_push.moc"
