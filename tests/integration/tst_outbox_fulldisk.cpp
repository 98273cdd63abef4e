// The outbox when its file stops taking writes, on a real 8 MiB tmpfs (CTest runs this through
// tests/support/with_small_fs.sh, which mounts it in a private mount namespace): a full disk
// and a file system remounted read-only. Delivery must go on from memory, to the real
// scripted_receiver.py on 127.0.0.1, and the dispatcher must say so (outboxError).
#include "ScriptedReceiver.h"
#include "SmallFs.h"

#include "notify/Dispatcher.h"
#include "notify/NotifyThread.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;
using test::remount;
using Receiver = vigil::test::ScriptedReceiver;

namespace {

constexpr int kWaitMs = 20000;

OutgoingRequest request(const QUrl &url, int n, int bodyBytes)
{
    OutgoingRequest r;
    r.channel = QStringLiteral("ops");
    r.type = ChannelType::Webhook;
    r.url = url;
    r.headers = {{"Content-Type", "application/json"}};
    r.body =
        QStringLiteral("{\"n\":%1,\"pad\":\"%2\"}").arg(n).arg(QString(bodyBytes, u'x')).toUtf8();
    r.idempotencyKey = QStringLiteral("msg_%1").arg(n);
    r.summary = QStringLiteral("cpu_high firing #%1").arg(n);
    return r;
}

// Which notifications arrived: the "n" of each request body.
QSet<int> keysSeen(const Receiver &rx)
{
    QSet<int> seen;
    for (const QJsonObject &r : rx.records(QStringLiteral("/hook"))) {
        const QJsonObject body =
            QJsonDocument::fromJson(r.value(QLatin1String("body")).toString().toUtf8()).object();
        seen.insert(body.value(QLatin1String("n")).toInt(-1));
    }
    return seen;
}

} // namespace

class TestOutboxFullDisk : public QObject
{
    Q_OBJECT

private:
    QString m_fs;
    std::unique_ptr<QTemporaryDir> m_logs;

    // Delivers `before` items persistently, breaks the file system with `breakIt`, then
    // expects `after` more to be delivered from memory with a loud outboxError.
    void deliverAcross(const std::function<bool()> &breakIt, const QString &dataDir)
    {
        Receiver rx(
            m_logs->filePath(QStringLiteral("requests-%1.jsonl").arg(QDir(dataDir).dirName())));
        QCOMPARE(rx.start({QStringLiteral("--script"), QStringLiteral("200")}), QString());
        Dispatcher::Options options;
        options.ratePerSecond = 100;
        NotifyThread thread(Clock::system(), options);
        Dispatcher *d = thread.dispatcher();
        QSignalSpy opened(d, &Dispatcher::opened);
        QSignalSpy delivered(d, &Dispatcher::delivered);
        QSignalSpy errors(d, &Dispatcher::outboxError);
        QSignalSpy failed(d, &Dispatcher::deliveryFailed);
        ChannelSpec ops;
        ops.name = QStringLiteral("ops");
        ops.url = rx.url(QStringLiteral("/hook"));
        QMetaObject::invokeMethod(
            d,
            [d, dataDir, ops] {
                d->open(dataDir);
                d->setChannels({ops});
            },
            Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWaitMs);
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));

        auto enqueue = [&](int from, int to) {
            for (int n = from; n < to; ++n) {
                const OutgoingRequest r = request(ops.url, n, 1024);
                QMetaObject::invokeMethod(
                    d, [d, r] { d->enqueue(r); }, Qt::QueuedConnection);
            }
        };
        enqueue(0, 3);
        QTRY_COMPARE_WITH_TIMEOUT(keysSeen(rx).size(), 3, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, kWaitMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

        QVERIFY(breakIt());
        enqueue(3, 33);
        // Every one arrives, none lost; one in flight at the switch may arrive twice
        // (at-least-once, with the same idempotency key).
        QTRY_COMPARE_WITH_TIMEOUT(keysSeen(rx).size(), 33, kWaitMs);
        QVERIFY(delivered.size() >= 33);
        QVERIFY(failed.isEmpty());
        QVERIFY(!errors.isEmpty());
        const QString message = errors.constLast().first().toString();
        QVERIFY2(message.contains(QLatin1String("cannot be written")) &&
                     message.contains(QLatin1String("moved to memory")),
                 qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        m_fs = qEnvironmentVariable("VIGIL_TEST_SMALL_FS");
        if (m_fs.isEmpty())
            QFAIL("run through tests/support/with_small_fs.sh (CTest does), which provides "
                  "VIGIL_TEST_SMALL_FS");
        m_logs = std::make_unique<QTemporaryDir>(); // receiver logs off the small file system
        QVERIFY(m_logs->isValid());
    }

    void diskFullDeliversFromMemory()
    {
        const QString dir = m_fs + QStringLiteral("/full");
        const QString filler = m_fs + QStringLiteral("/filler");
        deliverAcross([&] { return test::fillFileSystem(filler); }, dir);
    }

    void cleanup()
    {
        QFile::remove(m_fs + QStringLiteral("/filler"));
        remount(m_fs, "rw");
    }

    // A file system that is read-only from the start (Linux refuses to remount one read-only
    // while outbox.db is open for writing): the outbox opens in memory and says so.
    void readOnlyDeliversFromMemory()
    {
        const QString dir = m_fs + QStringLiteral("/readonly");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(remount(m_fs, "ro"));
        Receiver rx(m_logs->filePath(QStringLiteral("requests-readonly.jsonl")));
        QCOMPARE(rx.start({QStringLiteral("--script"), QStringLiteral("200")}), QString());
        NotifyThread thread(Clock::system());
        Dispatcher *d = thread.dispatcher();
        QSignalSpy opened(d, &Dispatcher::opened);
        QSignalSpy errors(d, &Dispatcher::outboxError);
        ChannelSpec ops;
        ops.name = QStringLiteral("ops");
        ops.url = rx.url(QStringLiteral("/hook"));
        QMetaObject::invokeMethod(
            d,
            [d, dir, ops] {
                d->open(dir);
                d->setChannels({ops});
                for (int n = 0; n < 5; ++n)
                    d->enqueue(request(ops.url, n, 256));
            },
            Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kWaitMs);
        QVERIFY(!opened.first().at(0).toBool()); // not persistent
        QVERIFY(!errors.isEmpty());
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("kept in memory")), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(keysSeen(rx).size(), 5, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestOutboxFullDisk)
#include "tst_outbox_fulldisk.moc"
