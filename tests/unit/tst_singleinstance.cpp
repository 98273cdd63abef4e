// SingleInstance in one process: the lock decides the roles, requests travel over a real
// QLocalServer/QLocalSocket pair, stale and malformed input is handled.
#include "desktop/SingleInstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstClaimsSecondDefers()
    {
        QTemporaryDir dir;
        SingleInstance primary(dir.path());
        QCOMPARE(primary.claim(), SingleInstance::Claim::Primary);
        QVERIFY(QFile::exists(primary.socketPath()));
        QVERIFY(primary.socketPath().startsWith(dir.path()));
        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Secondary);
        QCOMPARE(second.primaryPid(), QCoreApplication::applicationPid());
    }

    void requestIsHandedOver_data()
    {
        QTest::addColumn<bool>("show");
        QTest::newRow("show the window") << true;
        QTest::newRow("--minimized") << false;
    }

    void requestIsHandedOver()
    {
        QFETCH(bool, show);
        QTemporaryDir dir;
        SingleInstance primary(dir.path());
        QCOMPARE(primary.claim(), SingleInstance::Claim::Primary);
        primary.setConfigPath(QStringLiteral("/home/u/.config/vigil/config.json"));
        QSignalSpy received(&primary, &SingleInstance::requestReceived);

        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Secondary);
        QSignalSpy handed(&second, &SingleInstance::handedOver);
        QSignalSpy failed(&second, &SingleInstance::handOverFailed);
        InstanceRequest request;
        request.showWindow = show;
        request.pid = 4242;
        request.configPath = QStringLiteral("/tmp/other.json");
        second.sendRequest(request);
        QTRY_COMPARE(handed.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto reply = handed.at(0).at(0).value<InstanceReply>();
        QCOMPARE(reply.pid, QCoreApplication::applicationPid());
        QCOMPARE(reply.configPath, QStringLiteral("/home/u/.config/vigil/config.json"));
        QCOMPARE(received.size(), 1);
        const auto got = received.at(0).at(0).value<InstanceRequest>();
        QCOMPARE(got.showWindow, show);
        QCOMPARE(got.pid, qint64(4242));
        QCOMPARE(got.configPath, QStringLiteral("/tmp/other.json"));
    }

    void staleSocketFileIsRemoved()
    {
        QTemporaryDir dir;
        SingleInstance probe(dir.path());
        {
            QFile leftover(probe.socketPath()); // what a crashed instance leaves behind
            QVERIFY(leftover.open(QIODevice::WriteOnly));
        }
        SingleInstance primary(dir.path());
        QCOMPARE(primary.claim(), SingleInstance::Claim::Primary);
        QLocalSocket client;
        client.connectToServer(primary.socketPath());
        QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    }

    void socketGoesAwayWithThePrimary()
    {
        QTemporaryDir dir;
        QString socket;
        {
            SingleInstance primary(dir.path());
            QCOMPARE(primary.claim(), SingleInstance::Claim::Primary);
            socket = primary.socketPath();
        }
        QVERIFY(!QFile::exists(socket));
        SingleInstance next(dir.path());
        QCOMPARE(next.claim(), SingleInstance::Claim::Primary);
    }

    void malformedRequestsAreDropped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("hello\n");
        QTest::newRow("wrong version") << QByteArray("{\"version\":7,\"show\":true}\n");
        QTest::newRow("array") << QByteArray("[1,2]\n");
        QTest::newRow("oversized") << QByteArray(5000, 'x');
    }

    void malformedRequestsAreDropped()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        SingleInstance primary(dir.path());
        QCOMPARE(primary.claim(), SingleInstance::Claim::Primary);
        QSignalSpy received(&primary, &SingleInstance::requestReceived);
        QLocalSocket client;
        client.connectToServer(primary.socketPath());
        QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
        client.write(bytes);
        QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState); // dropped, no reply
        QCOMPARE(client.readAll(), QByteArray());
        QCOMPARE(received.size(), 0);

        // The server still serves well-formed requests afterwards.
        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Secondary);
        QSignalSpy handed(&second, &SingleInstance::handedOver);
        second.sendRequest({});
        QTRY_COMPARE(handed.size(), 1);
        QCOMPARE(received.size(), 1);
    }

    void silentPrimaryFailsTheHandOver()
    {
        QTemporaryDir dir;
        SingleInstance probe(dir.path());
        QLockFile held(probe.lockPath()); // holds the lock but never listens
        QVERIFY(held.tryLock(0));
        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Claim::Secondary);
        QSignalSpy failed(&second, &SingleInstance::handOverFailed);
        QSignalSpy handed(&second, &SingleInstance::handedOver);
        second.sendRequest({});
        QVERIFY(failed.wait(15000));
        QCOMPARE(handed.size(), 0);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("does not answer")),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void unusableDirectoryIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-dir"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        SingleInstance instance(file + QStringLiteral("/sub"));
        QString error;
        QCOMPARE(instance.claim(&error), SingleInstance::Claim::Unavailable);
        QVERIFY2(error.contains(QLatin1String("runtime directory")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
