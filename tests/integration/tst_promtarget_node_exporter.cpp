// The parser and target ingestion against the real node_exporter of Debian 12
// (package prometheus-node-exporter), started on a free loopback port.

#include "checks/PromTarget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace vigil;

namespace {

const QString ExporterPath = QStringLiteral("/usr/bin/prometheus-node-exporter");

struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString error;
};

} // namespace

class TestPromTargetNodeExporter : public QObject
{
    Q_OBJECT

private:
    Fetched fetch(int timeoutMs)
    {
        QNetworkRequest request(m_url);
        request.setTransferTimeout(timeoutMs);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 1000);
        Fetched out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.body = reply->readAll();
        out.error = reply->errorString();
        return out;
    }

    // Picks a free port, starts the exporter on it and waits until /metrics answers.
    bool startExporter(QString *why)
    {
        const auto fail = [why](const QString &text) {
            *why = text;
            return false;
        };
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(probe.errorString());
        const quint16 port = probe.serverPort();
        probe.close();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
        m_url = QUrl(QStringLiteral("http://%1/metrics").arg(address));

        m_exporter = std::make_unique<QProcess>();
        m_exporter->setProcessChannelMode(QProcess::MergedChannels);
        m_exporter->start(ExporterPath,
                          {QStringLiteral("--web.listen-address=") + address,
                           // Needs a systemd D-Bus; absent in containers and CI.
                           QStringLiteral("--no-collector.systemd"),
                           // Reads whatever the host put in /var/lib/prometheus/node-exporter.
                           QStringLiteral("--no-collector.textfile")});
        if (!m_exporter->waitForStarted(5000))
            return fail(m_exporter->errorString());

        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (m_exporter->state() != QProcess::Running)
                return fail(QStringLiteral("exporter exited: ") +
                            QString::fromUtf8(m_exporter->readAll()));
            if (fetch(1000).status == 200) {
                qInfo("node_exporter answered after %lld ms", timer.elapsed());
                return true;
            }
            QTest::qWait(50);
        }
        return fail(QStringLiteral("no answer within 10 s"));
    }

    void stopExporter()
    {
        if (!m_exporter)
            return;
        m_exporter->terminate();
        if (!m_exporter->waitForFinished(3000)) {
            m_exporter->kill();
            m_exporter->waitForFinished(3000);
        }
        m_exporter.reset();
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<QProcess> m_exporter;
    QUrl m_url;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(ExporterPath))
            QFAIL("prometheus-node-exporter is not installed (Debian package "
                  "\"prometheus-node-exporter\")");
        m_nam.setProxy(QNetworkProxy::NoProxy);
        QString why;
        bool started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt) { // the port may be taken
            started = startExporter(&why);
            if (!started)
                stopExporter();
        }
        QVERIFY2(started, qPrintable(why));
    }

    void cleanupTestCase() { stopExporter(); }

    void scrapeParsesCleanly()
    {
        const Fetched f = fetch(10000);
        QCOMPARE(f.status, 200);
        QCOMPARE(f.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const promtext::ParseResult parsed = promtext::parse(f.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY(parsed.sampleCount() > 50);

        const promtext::Family *load = parsed.family(u"node_load1");
        QVERIFY(load);
        QCOMPARE(load->type, promtext::MetricType::Gauge);
        QCOMPARE(load->samples.size(), 1);
        QVERIFY(load->samples[0].value >= 0);

        const promtext::Family *cpu = parsed.family(u"node_cpu_seconds_total");
        QVERIFY(cpu);
        QCOMPARE(cpu->type, promtext::MetricType::Counter);
        QVERIFY(!cpu->help.isEmpty());
        QSet<QString> modes;
        for (const promtext::PromSample &s : cpu->samples) {
            QVERIFY2(!s.id.label(u"cpu").isEmpty(), qPrintable(s.id.toString()));
            QVERIFY2(!s.id.label(u"mode").isEmpty(), qPrintable(s.id.toString()));
            QVERIFY(s.value >= 0);
            modes.insert(s.id.label(u"mode"));
        }
        QVERIFY(modes.contains(QStringLiteral("idle")));
        QVERIFY(modes.contains(QStringLiteral("user")));

        // A Go summary, to cover the summary path on real output.
        const promtext::Family *gc = parsed.family(u"go_gc_duration_seconds");
        QVERIFY(gc);
        QCOMPARE(gc->type, promtext::MetricType::Summary);
    }

    void ingestTwiceGivesRates()
    {
        PromTarget target(PromTarget::Options{QStringLiteral("node"), {}, {}, 5000});
        QVERIFY(target.configError().isEmpty());
        QElapsedTimer mono;
        mono.start();

        const Fetched first = fetch(10000);
        QCOMPARE(first.status, 200);
        const auto r1 = target.ingest(promtext::parse(first.body),
                                      QDateTime::currentMSecsSinceEpoch(), mono.nsecsElapsed());
        QVERIFY2(r1.errors.isEmpty(), qPrintable(r1.errors.join(u'\n')));
        QVERIFY(r1.seriesKept > 50);
        QCOMPARE(r1.droppedByLimit, 0);

        QTest::qWait(1000);
        const Fetched second = fetch(10000);
        QCOMPARE(second.status, 200);
        const auto r2 = target.ingest(promtext::parse(second.body),
                                      QDateTime::currentMSecsSinceEpoch(), mono.nsecsElapsed());
        QVERIFY2(r2.errors.isEmpty(), qPrintable(r2.errors.join(u'\n')));

        int cpuRates = 0;
        for (const SeriesSample &s : r2.batch.samples) {
            QCOMPARE(s.id.label(u"target"), QStringLiteral("node"));
            if (s.id.name() != u"node_cpu_seconds_total:rate")
                continue;
            ++cpuRates;
            // CPU seconds per second of one CPU and mode: 0..1, plus scheduling jitter between
            // node_exporter reading /proc/stat and this process taking the time.
            QVERIFY2(s.value >= 0 && s.value < 3, qPrintable(s.id.toString()));
        }
        QVERIFY(cpuRates > 0);
        qInfo("%d node_cpu_seconds_total:rate samples, %d series kept", cpuRates, r2.seriesKept);
    }
};

QTEST_GUILESS_MAIN(TestPromTargetNodeExporter)
#include "tst_promtarget_node_exporter.moc"
