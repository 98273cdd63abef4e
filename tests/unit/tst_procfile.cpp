// ProcFile, the /proc parsing helpers, DeviceTable and ExcludeList.
#include "collect/DeviceTable.h"
#include "collect/ExcludeList.h"
#include "collect/ProcFile.h"
#include "collect/ProcParse.h"
#include "tst_collect_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace vigil;
using namespace vigil::testsupport;

class TestProcFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void rootPath_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("system") << QStringLiteral("/") << QByteArray("/proc/stat");
        QTest::newRow("fixture") << QStringLiteral("/tmp/tree")
                                 << QByteArray("/tmp/tree/proc/stat");
        QTest::newRow("trailing slash")
            << QStringLiteral("/tmp/tree/") << QByteArray("/tmp/tree/proc/stat");
        QTest::newRow("empty is /") << QString() << QByteArray("/proc/stat");
    }
    void rootPath()
    {
        QFETCH(QString, root);
        QFETCH(QByteArray, expected);
        QCOMPARE(vigil::rootPath(root, "proc/stat"), expected);
        QCOMPARE(vigil::rootPath(root, "/proc/stat"), expected);
    }

    void readsWholeFileAndSeesInPlaceRewrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big"));
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += QByteArray::number(i) + '\n';
        QVERIFY(big.size() > 4 * 4096);
        QVERIFY(writeFile(path, big));

        ProcFile file(QFile::encodeName(path));
        QVERIFY(file.read());
        QCOMPARE(file.contents(), QByteArrayView(big));
        QVERIFY(file.fd() >= 0);
        QVERIFY(!file.isOnProcFs());

        QVERIFY(writeFile(path, "short\n"));
        QVERIFY(file.read());
        QCOMPARE(file.contents(), QByteArrayView("short\n"));
    }

    void missingFile()
    {
        ProcFile file("/nonexistent/vigil/file");
        QVERIFY(!file.read());
        QCOMPARE(file.error(), ENOENT);
        QVERIFY(file.contents().isEmpty());
        QVERIFY(file.errorString().startsWith(QStringLiteral("/nonexistent/vigil/file: ")));
    }

    void directoryIsUnreadable()
    {
        QTemporaryDir dir;
        ProcFile file(QFile::encodeName(dir.path()));
        QVERIFY(!file.read());
        QCOMPARE(file.error(), EISDIR);
    }

    void procFilesystemIsDetected()
    {
        ProcFile file("/proc/self/mountinfo");
        QVERIFY(file.read());
        QVERIFY(file.isOnProcFs());
        QVERIFY(file.contents().size() > 0);
    }

    void lineReader()
    {
        const QByteArray text = "one\n\nthree 3\nlast";
        proc::LineReader lines(text);
        QByteArrayView line;
        QList<QByteArray> seen;
        while (lines.next(line))
            seen.append(line.toByteArray());
        QCOMPARE(seen, (QList<QByteArray>{"one", "", "three 3", "last"}));
    }

    void fieldReader()
    {
        proc::FieldReader fields("  cpu0\t 12  34 \t");
        QByteArrayView field;
        QList<QByteArray> seen;
        while (fields.next(field))
            seen.append(field.toByteArray());
        QCOMPARE(seen, (QList<QByteArray>{"cpu0", "12", "34"}));

        proc::FieldReader numbers("1 2 x 4");
        quint64 values[4] = {};
        QCOMPARE(proc::parseUInts(numbers, values, 4), 2);
        QCOMPARE(values[1], quint64(2));
    }

    void parseUInt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("value");
        QTest::newRow("zero") << QByteArray("0") << true << quint64(0);
        QTest::newRow("max") << QByteArray("18446744073709551615") << true
                             << quint64(18446744073709551615ULL);
        QTest::newRow("overflow") << QByteArray("18446744073709551616") << false << quint64(0);
        QTest::newRow("empty") << QByteArray() << false << quint64(0);
        QTest::newRow("negative") << QByteArray("-1") << false << quint64(0);
        QTest::newRow("trailing junk") << QByteArray("12a") << false << quint64(0);
        QTest::newRow("unit") << QByteArray("12kB") << false << quint64(0);
    }
    void parseUInt()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(quint64, value);
        quint64 parsed = 0;
        QCOMPARE(proc::parseUInt(text, parsed), ok);
        if (ok)
            QCOMPARE(parsed, value);
    }

    void parseIntAndDouble()
    {
        qint64 i = 0;
        QVERIFY(proc::parseInt("-5000", i));
        QCOMPARE(i, qint64(-5000));
        QVERIFY(!proc::parseInt("5.0", i));
        double d = 0;
        QVERIFY(proc::parseDouble("0.22", d));
        QCOMPARE(d, 0.22);
        QVERIFY(proc::parseDouble("86400.25", d));
        QCOMPARE(d, 86400.25);
        QVERIFY(!proc::parseDouble("1/83", d));
        QVERIFY(!proc::parseDouble("", d));
    }

    void chomp()
    {
        QCOMPARE(proc::chomp("45000\n"), QByteArrayView("45000"));
        QCOMPARE(proc::chomp("Package id 0 \n\n"), QByteArrayView("Package id 0"));
        QCOMPARE(proc::chomp(""), QByteArrayView(""));
    }

    void decodeOctalEscapes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("plain") << QByteArray("/home") << QByteArray("/home");
        QTest::newRow("space") << QByteArray("/mnt/backup\\040disk")
                               << QByteArray("/mnt/backup disk");
        QTest::newRow("tab newline backslash")
            << QByteArray("a\\011b\\012c\\134d") << QByteArray("a\tb\nc\\d");
        QTest::newRow("truncated escape") << QByteArray("x\\04") << QByteArray("x\\04");
        QTest::newRow("not octal") << QByteArray("x\\089") << QByteArray("x\\089");
        QTest::newRow("utf-8 passes")
            << QByteArray("/media/d\xc3\xa9j\xc3\xa0") << QByteArray("/media/d\xc3\xa9j\xc3\xa0");
    }
    void decodeOctalEscapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, decoded);
        QCOMPARE(proc::decodeOctalEscapes(raw), decoded);
    }

    void isAllDigits()
    {
        QVERIFY(proc::isAllDigits("12345"));
        QVERIFY(!proc::isAllDigits(""));
        QVERIFY(!proc::isAllDigits("self"));
        QVERIFY(!proc::isAllDigits("12a"));
    }

    void deviceTableFollowsFileOrder()
    {
        DeviceTable<int> table;
        bool created = false;
        table.beginRead();
        table.lookup("sda", &created).state = 1;
        QVERIFY(created);
        table.lookup("sdb", &created).state = 2;
        QVERIFY(created);
        table.sweep();
        QCOMPARE(table.size(), size_t(2));

        // sda vanishes, sdc appears: sda is dropped and starts over if it returns.
        table.beginRead();
        QCOMPARE(table.lookup("sdb", &created).state, 2);
        QVERIFY(!created);
        table.lookup("sdc", &created).state = 3;
        QVERIFY(created);
        table.sweep();
        QCOMPARE(table.size(), size_t(2));

        table.beginRead();
        QCOMPARE(table.lookup("sda", &created).state, 0);
        QVERIFY(created);
        QCOMPARE(table.lookup("sdc", &created).state, 3);
        QVERIFY(!created);
    }

    void counterDelta()
    {
        quint64 delta = 0;
        QVERIFY(vigil::counterDelta(10, 15, delta));
        QCOMPARE(delta, quint64(5));
        QVERIFY(vigil::counterDelta(10, 10, delta));
        QCOMPARE(delta, quint64(0));
        QVERIFY(!vigil::counterDelta(15, 10, delta));
    }

    void excludeList()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "ignoring invalid excludeDisks pattern .*\\(")));
        const ExcludeList list(
            {QStringLiteral("^sd[b-c]$"), QStringLiteral("(unclosed"), QStringLiteral("loop")},
            "excludeDisks");
        QVERIFY(list.matches(QStringLiteral("sdb")));
        QVERIFY(!list.matches(QStringLiteral("sda")));
        QVERIFY(list.matches(QStringLiteral("myloop7"))); // unanchored unless written with ^$
        QVERIFY(!ExcludeList().matches(QStringLiteral("sda")));
    }
};

QTEST_GUILESS_MAIN(TestProcFile)
#include "tst_procfile.moc"
