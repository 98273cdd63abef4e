// vigil.log on disk: JSON lines, rotation by size, reading the tail back.
#include "log/LogFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

LogEntry entry(int n)
{
    LogEntry e;
    e.timeMs = 1796722401042 + n; // 2026-12-08T...
    e.level = n % 2 ? LogLevel::Warning : LogLevel::Info;
    e.category = QStringLiteral("vigil.checks");
    e.message = QStringLiteral("check api #%1 \"quoted\" \\ ü\n").arg(n);
    e.fields = {{QStringLiteral("check"), QStringLiteral("api")}, {QStringLiteral("n"), n}};
    return e;
}

QStringList logFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("vigil.log*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineFormat()
    {
        LogEntry e = entry(1);
        e.timeMs =
            QDateTime::fromString(QStringLiteral("2026-11-21T09:33:21.042Z"), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const QByteArray line = toJsonLine(e);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // the message's newline is escaped
        QVERIFY2(
            line.startsWith("{\"timestamp\":\"2026-11-21T09:33:21.042Z\",\"level\":\"warning\","
                            "\"category\":\"vigil.checks\",\"message\":"),
            line.constData());
        LogEntry back;
        QString error;
        QVERIFY2(fromJsonLine(line, &back, &error), qPrintable(error));
        QCOMPARE(back, e);
    }

    void noFieldsKeyWhenEmpty()
    {
        LogEntry e = entry(2);
        e.fields = {};
        QVERIFY(!toJsonLine(e).contains("fields"));
    }

    void badLinesAreRejectedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("torn") << QByteArray("{\"timestamp\":\"2026-11-21T09:33:21.042Z\",\"lev");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no time") << QByteArray(R"({"level":"info","category":"a","message":"m"})");
        QTest::newRow("bad level") << QByteArray(
            R"({"timestamp":"2026-11-21T09:33:21.042Z","level":"loud","category":"a","message":"m"})");
        QTest::newRow("no message") << QByteArray(
            R"({"timestamp":"2026-11-21T09:33:21.042Z","level":"info","category":"a"})");
    }
    void badLinesAreRejectedWithAReason()
    {
        QFETCH(QByteArray, line);
        LogEntry e;
        QString error;
        QVERIFY(!fromJsonLine(line, &e, &error));
        QVERIFY(!error.isEmpty());
    }

    void rotationAtTheSizeLimitKeepsExactlyFiveFiles()
    {
        QTemporaryDir dir;
        const QByteArray line = toJsonLine(entry(0));
        const qint64 limit = line.size() * 10; // ten lines per file
        LogFile file(dir.path(), limit, 5);
        QString error;
        // Below the limit: one file, no rotation yet.
        for (int i = 0; i < 10; ++i)
            QVERIFY2(file.append({line}, &error), qPrintable(error));
        QCOMPARE(logFiles(dir.path()), QStringList{QStringLiteral("vigil.log")});
        QCOMPARE(QFileInfo(file.path()).size(), limit);
        // The eleventh line would pass the limit: rotated first.
        QVERIFY(file.append({line}, &error));
        QCOMPARE(logFiles(dir.path()),
                 (QStringList{QStringLiteral("vigil.log"), QStringLiteral("vigil.log.1")}));
        QCOMPARE(QFileInfo(file.path()).size(), qint64(line.size()));
        // Many more lines, in batches that straddle the limit: never more than five files, and
        // none past the limit.
        QList<QByteArray> batch;
        for (int i = 0; i < 7; ++i)
            batch.append(toJsonLine(entry(100 + i)));
        for (int i = 0; i < 20; ++i)
            QVERIFY(file.append(batch, &error));
        QCOMPARE(logFiles(dir.path()),
                 (QStringList{QStringLiteral("vigil.log"), QStringLiteral("vigil.log.1"),
                              QStringLiteral("vigil.log.2"), QStringLiteral("vigil.log.3"),
                              QStringLiteral("vigil.log.4")}));
        for (const QString &name : logFiles(dir.path())) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.size() <= limit, qPrintable(name));
            for (const QByteArray &l : f.readAll().split('\n')) {
                if (l.isEmpty())
                    continue;
                QJsonParseError pe;
                QVERIFY2(QJsonDocument::fromJson(l, &pe).isObject(), qPrintable(pe.errorString()));
            }
        }
    }

    void rotationContinuesAnExistingFile()
    {
        QTemporaryDir dir;
        const QByteArray line = toJsonLine(entry(0));
        {
            LogFile first(dir.path(), line.size() * 3, 5);
            QString error;
            QVERIFY(first.append({line, line}, &error));
        }
        LogFile second(dir.path(), line.size() * 3, 5); // a restart
        QString error;
        QVERIFY(second.append({line, line}, &error));
        QCOMPARE(logFiles(dir.path()).size(), 2);
        QCOMPARE(QFileInfo(second.path()).size(), qint64(line.size()));
    }

    void unwritableDirectoryIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("logs")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the directory should be
        blocker.close();
        LogFile file(dir.filePath(QStringLiteral("logs")));
        QString error;
        QVERIFY(!file.append({toJsonLine(entry(0))}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot create")), qPrintable(error));
        // Once the path is usable, the next append works.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("logs"))));
        QVERIFY2(file.append({toJsonLine(entry(0))}, &error), qPrintable(error));
    }

    void tailReadsTheLastEntriesAndCountsBadLines()
    {
        QTemporaryDir dir;
        LogFile file(dir.path());
        QList<QByteArray> lines;
        for (int i = 0; i < 50; ++i)
            lines.append(toJsonLine(entry(i)));
        lines.insert(20, "not json at all\n");
        QString error;
        QVERIFY(file.append(lines, &error));
        QFile raw(file.path());
        QVERIFY(raw.open(QIODevice::Append));
        raw.write("{\"timestamp\":\"2026-12-08T00:00:00.000Z\",\"le"); // torn by a crash
        raw.close();

        const LogFile::Tail all = LogFile::readTail(file.path(), 1000);
        QCOMPARE(all.entries.size(), 50);
        QCOMPARE(all.unreadable, 2);
        QCOMPARE(all.entries.first(), entry(0));
        QCOMPARE(all.entries.last(), entry(49));

        const LogFile::Tail last = LogFile::readTail(file.path(), 10);
        QCOMPARE(last.entries.size(), 10);
        QCOMPARE(last.entries.first(), entry(40));
        QCOMPARE(last.entries.last(), entry(49));

        QVERIFY(
            LogFile::readTail(dir.filePath(QStringLiteral("missing.log")), 10).entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
