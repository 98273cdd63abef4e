// The message handler end to end: qCInfo on any thread -> queue -> writer thread -> vigil.log,
// standard error and the tail. Real threads, real files.
#include "log/LogCategories.h"
#include "log/LogScope.h"
#include "log/LogService.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace vigil;

namespace {

LogOptions quietOptions(const QString &dir)
{
    LogOptions o;
    o.directory = dir;
    o.echoToStderr = false; // floods would drown the test output
    return o;
}

QList<QJsonObject> readLines(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QList<QJsonObject> fromCategory(const QList<QJsonObject> &lines, const QString &category)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : lines) {
        if (o.value(u"category").toString() == category)
            out.append(o);
    }
    return out;
}

} // namespace

class TestLogService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLoggingCategory::setFilterRules(QString()); }

    void everyLineIsJsonWithTheRequiredKeys()
    {
        QTemporaryDir dir;
        applyLogLevel(LogLevel::Debug);
        {
            LogService service(quietOptions(dir.path()), Clock::system());
            service.start();
            qCDebug(lcCollector) << "tick" << 1;
            {
                const LogScope alert(
                    {{QStringLiteral("fingerprint"), QStringLiteral("c6b314f6bb6a3fde")}});
                qCInfo(lcAlerts) << "alert firing"
                                 << "HighCPU";
                {
                    const LogScope inner({{QStringLiteral("rule"), QStringLiteral("cpu_high")}});
                    qCWarning(lcAlerts).noquote() << "escalated\nto critical";
                }
            }
            qCCritical(lcStorage) << "disk full";
            qCInfo(lcGui) << "window shown";
            qInfo() << "uncategorised";
        }
        QFile raw(QDir(dir.path()).filePath(QStringLiteral("vigil.log")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        QCOMPARE(lines.size(), 7); // six entries and the empty piece after the last newline
        const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
        for (const QByteArray &line : lines.first(6)) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            const QJsonObject o = doc.object();
            for (const char *key : {"timestamp", "level", "category", "message"})
                QVERIFY2(o.value(QLatin1String(key)).isString(), key);
            QVERIFY2(iso.match(o.value(u"timestamp").toString()).hasMatch(), line.constData());
        }
        const QList<QJsonObject> all = readLines(raw.fileName());
        QCOMPARE(all[0].value(u"level").toString(), QStringLiteral("debug"));
        QCOMPARE(all[0].value(u"category").toString(), QStringLiteral("vigil.collector"));
        QCOMPARE(all[1].value(u"category").toString(), QStringLiteral("vigil.alerts"));
        QCOMPARE(all[1].value(u"message").toString(), QStringLiteral("alert firing HighCPU"));
        QCOMPARE(
            all[1].value(u"fields").toObject(),
            (QJsonObject{{QStringLiteral("fingerprint"), QStringLiteral("c6b314f6bb6a3fde")}}));
        QCOMPARE(all[2].value(u"level").toString(), QStringLiteral("warning"));
        QCOMPARE(all[2].value(u"message").toString(), QStringLiteral("escalated\nto critical"));
        QCOMPARE(all[2].value(u"fields").toObject().value(u"rule").toString(),
                 QStringLiteral("cpu_high"));
        QCOMPARE(all[2].value(u"fields").toObject().value(u"fingerprint").toString(),
                 QStringLiteral("c6b314f6bb6a3fde"));
        QCOMPARE(all[3].value(u"level").toString(), QStringLiteral("error"));
        QVERIFY(!all[3].contains(u"fields"));
        QCOMPARE(all[4].value(u"category").toString(), QStringLiteral("vigil.gui"));
        QCOMPARE(all[5].value(u"category").toString(), QStringLiteral("default"));
    }

    void secretsAreRedactedInFileFieldsAndStderr()
    {
        QTemporaryDir dir;
        QTemporaryFile err;
        QVERIFY(err.open());
        const int savedStderr = ::dup(2);
        ::dup2(err.handle(), 2);
        qSetMessagePattern(QStringLiteral("vigil: %{if-warning}warning: %{endif}%{message}"));
        {
            LogOptions o = quietOptions(dir.path());
            o.echoToStderr = true;
            LogService service(o, Clock::system());
            service.start();
            const LogScope scope(
                {{QStringLiteral("url"),
                  QStringLiteral("https://hooks.slack.com/services/T/B/SECRET1")}});
            qCWarning(lcNotify).noquote()
                << "POST https://hooks.slack.com/services/T/B/SECRET2 with Bearer SECRET3";
        }
        ::fflush(stderr);
        ::dup2(savedStderr, 2);
        ::close(savedStderr);
        err.seek(0); // fd 2 shared the file offset
        qSetMessagePattern(QString());
        QFile file(QDir(dir.path()).filePath(QStringLiteral("vigil.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray logged = file.readAll();
        const QByteArray printed = err.readAll();
        for (const QByteArray &text : {logged, printed})
            QVERIFY2(!text.contains("SECRET"), text.constData());
        QVERIFY2(
            printed.contains("vigil: warning: POST https://hooks.slack.com/… with Bearer ***\n"),
            printed.constData());
        const QJsonObject o = readLines(file.fileName()).value(0);
        QCOMPARE(o.value(u"fields").toObject().value(u"url").toString(),
                 QStringLiteral("https://hooks.slack.com/…"));
    }

    void messagesFromManyThreadsAllArrive()
    {
        QTemporaryDir dir;
        constexpr int kThreads = 6, kEach = 3000;
        LogOptions o = quietOptions(dir.path());
        o.queueCapacity = kThreads * kEach; // big enough that nothing is dropped
        {
            LogService service(o, Clock::system());
            service.start();
            QList<QThread *> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.append(QThread::create([t] {
                    const LogScope scope({{QStringLiteral("thread"), t}});
                    for (int i = 0; i < kEach; ++i)
                        qCInfo(lcChecks).nospace() << "t" << t << " n" << i;
                }));
                threads.last()->start();
            }
            for (QThread *thread : threads) {
                QVERIFY(thread->wait(60000));
                delete thread;
            }
            QCOMPARE(service.droppedCount(), quint64(0));
        }
        const QList<QJsonObject> lines =
            fromCategory(readLines(QDir(dir.path()).filePath(QStringLiteral("vigil.log"))),
                         QStringLiteral("vigil.checks"));
        QCOMPARE(lines.size(), kThreads * kEach);
        QList<int> next(kThreads, 0);
        for (const QJsonObject &line : lines) {
            const int t = line.value(u"fields").toObject().value(u"thread").toInt();
            // Each thread's messages arrive complete and in its own order.
            QCOMPARE(line.value(u"message").toString(),
                     QStringLiteral("t%1 n%2").arg(t).arg(next[t]));
            ++next[t];
        }
    }

    void aFullQueueDropsAndCountsInsteadOfBlocking()
    {
        QTemporaryDir dir;
        LogOptions o = quietOptions(dir.path());
        o.queueCapacity = 100;
        LogService service(o, Clock::system());
        // The handler without its writer: nothing drains the queue, so every message past 100
        // must be dropped. If pushing blocked, this loop would never end.
        service.installHandler();
        for (int i = 0; i < 1000; ++i)
            qCInfo(lcHttp) << "request" << i;
        QCOMPARE(service.droppedCount(), quint64(900));
        service.startWriter();
        service.stop();
        const QList<QJsonObject> lines =
            readLines(QDir(dir.path()).filePath(QStringLiteral("vigil.log")));
        QCOMPARE(fromCategory(lines, QStringLiteral("vigil.http")).size(), 100);
        const QList<QJsonObject> notes = fromCategory(lines, QStringLiteral("vigil.log"));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].value(u"level").toString(), QStringLiteral("warning"));
        QCOMPARE(notes[0].value(u"fields").toObject().value(u"dropped").toInt(), 900);
        QVERIFY(notes[0].value(u"message").toString().contains(QStringLiteral("900")));
    }

    void floodFromThreadsLosesNothingUncounted()
    {
        QTemporaryDir dir;
        constexpr int kThreads = 4, kEach = 5000;
        LogOptions o = quietOptions(dir.path());
        o.queueCapacity = 16;
        quint64 dropped = 0;
        {
            LogService service(o, Clock::system());
            service.start();
            QList<QThread *> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.append(QThread::create([] {
                    for (int i = 0; i < kEach; ++i)
                        qCInfo(lcChecks) << "flood" << i;
                }));
                threads.last()->start();
            }
            for (QThread *thread : threads) {
                QVERIFY(thread->wait(60000));
                delete thread;
            }
            service.stop();
            dropped = service.droppedCount();
        }
        const QList<QJsonObject> lines =
            readLines(QDir(dir.path()).filePath(QStringLiteral("vigil.log")));
        quint64 reported = 0;
        for (const QJsonObject &note : fromCategory(lines, QStringLiteral("vigil.log")))
            reported += quint64(note.value(u"fields").toObject().value(u"dropped").toInteger());
        // Written plus dropped is everything sent, and every drop is reported in the file.
        QCOMPARE(reported, dropped);
        QCOMPARE(quint64(fromCategory(lines, QStringLiteral("vigil.checks")).size()) + dropped,
                 quint64(kThreads * kEach));
    }

    void tailStartsWithTheExistingFileThenFollows()
    {
        QTemporaryDir dir;
        QFile old(QDir(dir.path()).filePath(QStringLiteral("vigil.log")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3; ++i) {
            LogEntry e;
            e.timeMs = 1000 + i;
            e.category = QStringLiteral("vigil.engine");
            e.message = QStringLiteral("earlier %1").arg(i);
            old.write(toJsonLine(e));
        }
        old.write("garbage\n");
        old.close();
        LogService service(quietOptions(dir.path()), Clock::system());
        QSignalSpy appended(service.tail(), &RecentLog::appended);
        service.start();
        qCInfo(lcEngine) << "now";
        QTRY_VERIFY(service.tail()->entries().size() >= 5);
        const QList<LogEntry> &tail = service.tail()->entries();
        QCOMPARE(tail[0].message, QStringLiteral("earlier 0"));
        QCOMPARE(tail[2].message, QStringLiteral("earlier 2"));
        QCOMPARE(tail[3].category, QStringLiteral("vigil.log")); // the unreadable line, counted
        QCOMPARE(tail[3].fields.value(u"unreadable").toInt(), 1);
        QCOMPARE(tail[4].message, QStringLiteral("now"));
        service.stop();
        // The file keeps the bad line: nothing the user had is rewritten.
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().contains("garbage\n"));
    }

    void tailKeepsTheNewestUpToItsCapacity()
    {
        RecentLog tail(3);
        QList<LogEntry> batch(5);
        for (int i = 0; i < 5; ++i)
            batch[i].message = QString::number(i);
        tail.append(batch);
        QCOMPARE(tail.entries().size(), 3);
        QCOMPARE(tail.entries().first().message, QStringLiteral("2"));
        QCOMPARE(tail.entries().last().message, QStringLiteral("4"));
    }

    void anUnwritableDirectoryStillFeedsTheTail()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("logs")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LogService service(quietOptions(blocker.fileName()), Clock::system());
        service.start();
        qCWarning(lcStorage) << "still seen";
        qCWarning(lcStorage) << "and again";
        QTRY_VERIFY(service.tail()->entries().size() >= 3);
        const QList<LogEntry> &tail = service.tail()->entries();
        QCOMPARE(tail[0].message, QStringLiteral("still seen"));
        int notes = 0;
        for (const LogEntry &e : tail) {
            if (e.category == QLatin1String("vigil.log")) {
                ++notes;
                QVERIFY2(e.message.contains(QStringLiteral("cannot create")),
                         qPrintable(e.message));
            }
        }
        QCOMPARE(notes, 1); // reported once, not for every message
    }

    void logLevelSetsTheRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("debug");
        QTest::addColumn<bool>("info");
        QTest::addColumn<bool>("warning");
        QTest::newRow("debug") << "debug" << true << true << true;
        QTest::newRow("info") << "info" << false << true << true;
        QTest::newRow("warning") << "WARNING" << false << false << true;
        QTest::newRow("error") << "error" << false << false << false;
    }
    void logLevelSetsTheRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, debug);
        QFETCH(bool, info);
        QFETCH(bool, warning);
        const std::optional<LogLevel> level = parseLogLevel(name);
        QVERIFY(level);
        applyLogLevel(*level);
        for (const QLoggingCategory *c : {&lcCollector(), &lcAlerts(), &lcGui(), &lcHttp()}) {
            QCOMPARE(c->isDebugEnabled(), debug);
            QCOMPARE(c->isInfoEnabled(), info);
            QCOMPARE(c->isWarningEnabled(), warning);
            QVERIFY(c->isCriticalEnabled());
        }
    }

    void unknownLogLevelsAreRefused()
    {
        for (const char *bad : {"verbose", "", "fatal", "3"})
            QVERIFY2(!parseLogLevel(QLatin1String(bad)), bad);
    }

    void logLevelFiltersWhatReachesTheFile()
    {
        QTemporaryDir dir;
        applyLogLevel(*parseLogLevel(QStringLiteral("warning")));
        {
            LogService service(quietOptions(dir.path()), Clock::system());
            service.start();
            qCDebug(lcChecks) << "debug line";
            qCInfo(lcChecks) << "info line";
            qCWarning(lcChecks) << "warning line";
            qCCritical(lcChecks) << "error line";
        }
        QStringList messages;
        for (const QJsonObject &o :
             readLines(QDir(dir.path()).filePath(QStringLiteral("vigil.log"))))
            messages.append(o.value(u"message").toString());
        QCOMPARE(messages,
                 (QStringList{QStringLiteral("warning line"), QStringLiteral("error line")}));
    }
};

QTEST_GUILESS_MAIN(TestLogService)
#include "tst_logservice.moc"
