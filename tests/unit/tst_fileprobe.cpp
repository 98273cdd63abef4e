// FileProbe: existence, kind, age and size of a real file in a temporary directory.
#include "checks/FileProbe.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

// 2026-11-21T09:40:00Z, whole seconds so the age is exact.
constexpr qint64 ModifiedMs = 1795254000000;
constexpr qint64 HourMs = 3600 * 1000;

QMap<QString, double> values(const ProbeOutcome &outcome)
{
    QMap<QString, double> map;
    for (const SeriesSample &sample : outcome.samples)
        map.insert(sample.id.toString(), sample.value);
    return map;
}

const QString Age = QStringLiteral("check_file_age_seconds{check=\"backup\"}");
const QString Size = QStringLiteral("check_file_size_bytes{check=\"backup\"}");

} // namespace

class TestFileProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(QStringLiteral("backup.tar")); }

    bool writeFile(qint64 size, qint64 modifiedMs = ModifiedMs)
    {
        QFile file(path());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QByteArray(size, 'x')) != size)
            return false;
        file.flush();
        return file.setFileTime(QDateTime::fromMSecsSinceEpoch(modifiedMs),
                                QFileDevice::FileModificationTime);
    }

    FileProbe::Options options(qint64 maxAgeMs = 0, qint64 maxSizeBytes = -1) const
    {
        return {QStringLiteral("backup"), path(), maxAgeMs, maxSizeBytes};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
    }

    void validate()
    {
        QCOMPARE(FileProbe::validate(options()), QString());
        QCOMPARE(FileProbe::validate({QStringLiteral("backup"), QString(), 0, -1}),
                 QStringLiteral("a path is required"));
        QVERIFY(!FileProbe::validate(options(-1)).isEmpty());
        QVERIFY(!FileProbe::validate(options(0, -2)).isEmpty());
    }

    void missing()
    {
        const ProbeOutcome outcome = FileProbe(options()).run(ModifiedMs);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, path() + QStringLiteral(": not found"));
        QCOMPARE(outcome.target, path());
        QVERIFY(outcome.samples.isEmpty());
    }

    void missingParent()
    {
        FileProbe::Options o = options();
        o.path = m_dir.filePath(QStringLiteral("no/such/dir/file"));
        QCOMPARE(FileProbe(o).run(ModifiedMs).message, o.path + QStringLiteral(": not found"));
    }

    void exists()
    {
        QVERIFY(writeFile(1536));
        const ProbeOutcome outcome =
            FileProbe(options(HourMs, 2048)).run(ModifiedMs + 5 * 60 * 1000 + 3000);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(outcome.message, QStringLiteral("1.50 KiB, modified 5m 03s ago"));
        const auto series = values(outcome);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.value(Age), 303.0);
        QCOMPARE(series.value(Size), 1536.0);
    }

    void tooOld()
    {
        QVERIFY(writeFile(10));
        const qint64 now = ModifiedMs + 2 * HourMs + 5 * 60 * 1000;
        const ProbeOutcome outcome = FileProbe(options(HourMs)).run(now);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, QStringLiteral("modified 2h 05m ago (max 1h)"));
        QCOMPARE(values(outcome).value(Age), 7500.0);
        // Exactly at the limit is still fine.
        QCOMPARE(FileProbe(options(HourMs)).run(ModifiedMs + HourMs).verdict,
                 ProbeVerdict::Healthy);
    }

    void futureModificationTimeIsFresh()
    {
        QVERIFY(writeFile(10));
        const ProbeOutcome outcome = FileProbe(options(HourMs)).run(ModifiedMs - 60 * 1000);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(values(outcome).value(Age), 0.0);
    }

    void tooLarge()
    {
        QVERIFY(writeFile(12 * 1024 * 1024));
        const ProbeOutcome outcome = FileProbe(options(0, 10 * 1024 * 1024)).run(ModifiedMs);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, QStringLiteral("12.0 MiB (max 10.0 MiB)"));
        QCOMPARE(values(outcome).value(Size), 12.0 * 1024 * 1024);
    }

    void tooOldAndTooLarge()
    {
        QVERIFY(writeFile(2000));
        const ProbeOutcome outcome = FileProbe(options(HourMs, 1000)).run(ModifiedMs + 2 * HourMs);
        QCOMPARE(outcome.message,
                 QStringLiteral("modified 2h 00m ago (max 1h), 1.95 KiB (max 1000 B)"));
    }

    void directory()
    {
        FileProbe::Options o = options();
        o.path = m_dir.path();
        const ProbeOutcome outcome = FileProbe(o).run(ModifiedMs);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(outcome.message, m_dir.path() + QStringLiteral(": not a regular file"));
        QVERIFY(outcome.samples.isEmpty());
    }

    void secondRunSeesChanges()
    {
        FileProbe probe(options(HourMs, 100));
        QCOMPARE(probe.run(ModifiedMs).verdict, ProbeVerdict::Unhealthy); // not there yet

        QVERIFY(writeFile(50));
        ProbeOutcome outcome = probe.run(ModifiedMs + 1000);
        QCOMPARE(outcome.verdict, ProbeVerdict::Healthy);
        QCOMPARE(values(outcome).value(Size), 50.0);

        QVERIFY(writeFile(150, ModifiedMs + 1000));
        outcome = probe.run(ModifiedMs + 2000);
        QCOMPARE(outcome.verdict, ProbeVerdict::Unhealthy);
        QCOMPARE(values(outcome).value(Size), 150.0);
        QCOMPARE(values(outcome).value(Age), 1.0);

        QVERIFY(QFile::remove(path()));
        QCOMPARE(probe.run(ModifiedMs + 3000).message, path() + QStringLiteral(": not found"));
    }
};

QTEST_GUILESS_MAIN(TestFileProbe)
#include "tst_fileprobe.moc"
