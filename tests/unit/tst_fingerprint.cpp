#include "alerts/Fingerprint.h"

#include <QRegularExpression>
#include <QTest>

using namespace vigil;

namespace {
Label label(const char *name, const char *value)
{
    return {QLatin1String(name), QString::fromUtf8(value)};
}
} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<QString>("fingerprint");
        // INTEROP §2.5: equal to Alertmanager 0.25's output.
        QTest::newRow("HighCPU") << Labels{label("alertname", "HighCPU"),
                                           label("instance", "desk1"), label("severity", "warning")}
                                 << QStringLiteral("c6b314f6bb6a3fde");
        QTest::newRow("DiskFull") << Labels{label("alertname", "DiskFull"),
                                            label("instance", "desk1")}
                                  << QStringLiteral("cd60049f58ee5339");
        // No labels: the FNV-1a offset basis itself.
        QTest::newRow("empty") << Labels{} << QStringLiteral("cbf29ce484222325");
    }

    void vectors()
    {
        QFETCH(Labels, labels);
        QFETCH(QString, fingerprint);
        QCOMPARE(alertFingerprint(labels), fingerprint);
    }

    void orderDoesNotMatter()
    {
        const Labels unsorted{label("severity", "warning"), label("alertname", "HighCPU"),
                              label("instance", "desk1")};
        QCOMPARE(alertFingerprint(unsorted), QStringLiteral("c6b314f6bb6a3fde"));
    }

    void separatorsKeepPairsApart()
    {
        // Without the 0xFF separators these two would hash the same bytes.
        const QString a = alertFingerprint({label("ab", "c")});
        const QString b = alertFingerprint({label("a", "bc")});
        QVERIFY(a != b);
        QCOMPARE(a.size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("\\A[0-9a-f]{16}\\z")).match(a).hasMatch());
    }

    void valuesAreUtf8()
    {
        // Go hashes a string's UTF-8 bytes; the expected value is computed that way.
        QCOMPARE(alertFingerprint({label("mount", "/m\xc3\xa9"
                                                  "dia")}),
                 QStringLiteral("83fd1ed1e953bc8c"));
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
