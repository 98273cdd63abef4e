// Every translations/*.ts is complete: no unfinished, empty or obsolete entry, no lost
// placeholder, and every language has the same messages. The fixture proves the check itself
// sees each kind of problem.
#include "TsCheck.h"

#include <QDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsEveryKindOfProblem()
    {
        const tscheck::Result r =
            tscheck::check(QStringLiteral(VIGIL_FIXTURES_DIR "/i18n/vigil_xx.ts"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.messages, 9);
        const QStringList expected{
            QStringLiteral("Sample: \"New string\": unfinished"),
            QStringLiteral("Sample: \"Half done\": unfinished"),
            QStringLiteral("Sample: \"Blank\": empty translation"),
            QStringLiteral("Sample: \"Gone\": vanished (run update_translations)"),
            QStringLiteral("Sample: \"Old\": obsolete (run update_translations)"),
            QStringLiteral("Sample: \"%1 of %2\": placeholders differ in \"%1 von\""),
            QStringLiteral("Sample: \"%n item(s)\": empty translation"),
        };
        // "%n file(s) in %1" is fine: a plural form may spell the number out.
        QCOMPARE(r.problems, expected);
    }

    void shippedTranslations_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(VIGIL_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("vigil_*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("vigil_de.ts")));
        QVERIFY(files.contains(QStringLiteral("vigil_es.ts")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void shippedTranslations()
    {
        QFETCH(QString, path);
        const tscheck::Result r = tscheck::check(path);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.language.isEmpty());
        QVERIFY(r.messages > 0);
        QVERIFY2(r.problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (scripts/translations-status "
                                           "lists them; docs/development.md, Translations):\n")
                                .arg(r.problems.size())
                                .arg(path) +
                            r.problems.join(u'\n')));
    }

    void everyLanguageHasTheSameMessages()
    {
        const QDir dir(QStringLiteral(VIGIL_SOURCE_DIR "/translations"));
        const tscheck::Result de = tscheck::check(dir.filePath(QStringLiteral("vigil_de.ts")));
        for (const QString &f : dir.entryList({QStringLiteral("vigil_*.ts")}, QDir::Files)) {
            const tscheck::Result other = tscheck::check(dir.filePath(f));
            QStringList onlyOne;
            for (const QString &k : de.contextSource - other.contextSource)
                onlyOne << QStringLiteral("only in vigil_de.ts: ") +
                               QString(k).replace(u'\x1f', u' ');
            for (const QString &k : other.contextSource - de.contextSource)
                onlyOne << QStringLiteral("only in %1: ").arg(f) +
                               QString(k).replace(u'\x1f', u' ');
            QVERIFY2(onlyOne.isEmpty(), qPrintable(onlyOne.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
