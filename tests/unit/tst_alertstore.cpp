#include "tst_alertstore_support.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <limits>

using namespace vigil;
using namespace vigil::test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMinute = 60 * 1000;

Labels cpuLabels()
{
    return {{QStringLiteral("alertname"), QStringLiteral("cpu_high")},
            {QStringLiteral("cpu"), QStringLiteral("total")}};
}

Labels diskLabels()
{
    return {{QStringLiteral("alertname"), QStringLiteral("filesystem_full")},
            {QStringLiteral("mount"), QStringLiteral("/media/Ünïcode")}};
}

AlertEvent makeEvent(qint64 timeMs, AlertEventKind kind, Severity severity, const Labels &labels,
                     const QString &summary)
{
    AlertEvent e;
    e.timeMs = timeMs;
    e.kind = kind;
    e.rule = labels.constFirst().second;
    e.fingerprint = e.rule == QLatin1String("cpu_high") ? QStringLiteral("0123456789abcdef")
                                                        : QStringLiteral("fedcba9876543210");
    e.labels = labels;
    e.toSeverity = severity;
    e.toState = kind == AlertEventKind::Resolved  ? AlertState::Inactive
                : kind == AlertEventKind::Pending ? AlertState::Pending
                                                  : AlertState::Firing;
    e.summary = summary;
    return e;
}

QList<AlertEvent> manyEvents(qint64 startMs, int count)
{
    QList<AlertEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(makeEvent(startMs + i, AlertEventKind::Repeat, Severity::Warning, cpuLabels(),
                                QStringLiteral("x").repeated(200)));
    return events;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir; // data dir inside m_tmp, not yet created
    qint64 now() const { return m_clock.nowMs(); }
    QString dbPath() const { return m_dir + QLatin1String("/alerts.db"); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_clock = FakeClock(); // 2026-11-21T09:40:00Z
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath(QStringLiteral("data/vigil"));
    }

    void defaultDataDirIsXdgDataHomeVigil()
    {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_DATA_HOME", m_tmp->filePath(QStringLiteral("xdg")).toUtf8());
        const QString dir = AlertStore::defaultDataDir();
        QStandardPaths::setTestModeEnabled(true);
        if (saved.isNull())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", saved);
        QCOMPARE(dir, m_tmp->filePath(QStringLiteral("xdg/vigil")));
    }

    void runsOnNamedStorageThreadWithWalSchema()
    {
        {
            Harness h(m_clock);
            QCOMPARE(h.thread()->objectName(), QStringLiteral("vigil-storage"));
            QCOMPARE(h.store()->thread(), h.thread());
            QVERIFY(h.thread() != QThread::currentThread());
            QVERIFY(h.open(m_dir));
            QCOMPARE(h.opened.last().at(1).toString(), dbPath());
            QVERIFY(h.errors.isEmpty());
        }
        QVERIFY(QFile::exists(dbPath()));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), AlertDatabase::SchemaVersion);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void eventRoundTrip_data()
    {
        QTest::addColumn<AlertEvent>("event");
        AlertEvent full;
        full.timeMs = now();
        full.kind = AlertEventKind::Escalated;
        full.fingerprint = QStringLiteral("c0ffee0000000001");
        full.rule = QStringLiteral("filesystem_full");
        full.labels = {{QStringLiteral("alertname"), QStringLiteral("filesystem_full")},
                       {QStringLiteral("mount"), QStringLiteral("/media/Ünïcødé \"q\" 'x' \\ 😀")},
                       {QStringLiteral("zz"), QStringLiteral("{\"json\": [1]}\n")}};
        full.fromState = AlertState::Firing;
        full.toState = AlertState::Firing;
        full.fromSeverity = Severity::Warning;
        full.toSeverity = Severity::Critical;
        full.value = 93.25;
        full.threshold = 90;
        full.firingSinceMs = now() - 5 * kMinute;
        full.summary = QStringLiteral("Disk \"/media\" 93.3 % ≥ 90 %");
        full.runbook = QStringLiteral("https://runbooks.example/disk?x=1&y='2'");
        full.notify = true;
        full.silencedBy = QStringLiteral("silence-1");
        QTest::newRow("all fields, unicode and quotes") << full;

        AlertEvent empty; // defaults: empty strings, no labels
        QTest::newRow("defaults") << empty;

        AlertEvent odd = full;
        odd.kind = AlertEventKind::Resolved;
        odd.toState = AlertState::Inactive;
        odd.toSeverity = Severity::Healthy;
        odd.value = std::numeric_limits<double>::quiet_NaN();
        odd.threshold = -1e300;
        odd.notify = false;
        odd.timeMs = std::numeric_limits<qint64>::max() - 1;
        QTest::newRow("NaN value, extreme numbers") << odd;
    }

    void eventRoundTrip()
    {
        QFETCH(AlertEvent, event);
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const QList<AlertEvent> stored = h.append({event});
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.at(0).id > 0);
        AlertEvent expected = event;
        expected.id = stored.at(0).id;
        compareEvent(stored.at(0), expected);
        if (QTest::currentTestFailed())
            return;
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        compareEvent(read->at(0), expected);
    }

    void idsIncreaseAcrossBatchesRestartsAndPruning()
    {
        QList<qint64> ids;
        {
            Harness h(m_clock);
            QVERIFY(h.open(m_dir));
            ids += idsOf(h.append(manyEvents(now(), 3)));
            ids += idsOf(h.append(manyEvents(now(), 2)));
            h.call([t = now()](AlertStore *s) { s->prune(t + 1000, 1); }); // deletes all
            QTRY_COMPARE_WITH_TIMEOUT(h.pruned.size(), 1, kWaitMs);
            QCOMPARE(h.pruned.last().at(0).toInt(), 5);
        }
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        ids += idsOf(h.append(manyEvents(now(), 2)));
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
    }

    void queryFilters_data()
    {
        QTest::addColumn<EventQuery>("query");
        QTest::addColumn<QList<qint64>>("ids"); // newest first
        const qint64 t = now();
        const auto q = [] { return EventQuery(); };
        EventQuery e = q();
        QTest::newRow("everything, newest first") << e << QList<qint64>{6, 5, 4, 3, 2, 1};
        e = q();
        e.fromMs = t - 30 * kMinute;
        QTest::newRow("from, inclusive") << e << QList<qint64>{6, 5, 4, 3};
        e = q();
        e.toMs = t - 30 * kMinute;
        QTest::newRow("to, inclusive") << e << QList<qint64>{3, 2, 1};
        e.fromMs = t - 40 * kMinute;
        e.toMs = t - 20 * kMinute;
        QTest::newRow("range") << e << QList<qint64>{4, 3, 2};
        e = q();
        e.severities = {Severity::Critical};
        QTest::newRow("severity") << e << QList<qint64>{6, 4, 3};
        e.severities = {Severity::Warning, Severity::Critical};
        QTest::newRow("two severities") << e << QList<qint64>{6, 4, 3, 2, 1};
        e = q();
        e.kinds = {AlertEventKind::Firing};
        QTest::newRow("kind") << e << QList<qint64>{4, 2};
        e.kinds = {AlertEventKind::Firing, AlertEventKind::Resolved};
        QTest::newRow("two kinds") << e << QList<qint64>{5, 4, 2};
        e = q();
        e.text = QStringLiteral("CPU_High");
        QTest::newRow("text in rule, any case") << e << QList<qint64>{5, 3, 2, 1};
        e.text = QStringLiteral(" NORMAL ");
        QTest::newRow("text in summary, trimmed") << e << QList<qint64>{5};
        e.text = QStringLiteral("üNÏCODE");
        QTest::newRow("text in label value, unicode case") << e << QList<qint64>{6, 4};
        e.text = QStringLiteral("mount");
        QTest::newRow("label names are not searched") << e << QList<qint64>{};
        e.text = QStringLiteral("high\x1f"
                                "cpu");
        QTest::newRow("no match across fields") << e << QList<qint64>{};
        e.text = QStringLiteral("high cpu");
        QTest::newRow("fields are not joined by spaces") << e << QList<qint64>{};
        e = q();
        e.limit = 2;
        QTest::newRow("limit") << e << QList<qint64>{6, 5};
        e.limit = 0;
        QTest::newRow("limit 0 is unlimited") << e << QList<qint64>{6, 5, 4, 3, 2, 1};
        e = q();
        e.severities = {Severity::Critical};
        e.kinds = {AlertEventKind::Firing, AlertEventKind::Acknowledged};
        e.text = QStringLiteral("media");
        e.fromMs = t - 15 * kMinute;
        QTest::newRow("everything combined") << e << QList<qint64>{6};
    }

    void queryFilters()
    {
        QFETCH(EventQuery, query);
        QFETCH(QList<qint64>, ids);
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const qint64 t = now();
        const QList<AlertEvent> stored = h.append({
            makeEvent(t - 50 * kMinute, AlertEventKind::Pending, Severity::Warning, cpuLabels(),
                      QStringLiteral("CPU 85 %")),
            makeEvent(t - 40 * kMinute, AlertEventKind::Firing, Severity::Warning, cpuLabels(),
                      QStringLiteral("CPU 86 %")),
            makeEvent(t - 30 * kMinute, AlertEventKind::Escalated, Severity::Critical, cpuLabels(),
                      QStringLiteral("CPU 97 %")),
            makeEvent(t - 20 * kMinute, AlertEventKind::Firing, Severity::Critical, diskLabels(),
                      QStringLiteral("Disk almost full")),
            makeEvent(t - 10 * kMinute, AlertEventKind::Resolved, Severity::Healthy, cpuLabels(),
                      QStringLiteral("CPU back to normal")),
            makeEvent(t - 10 * kMinute, AlertEventKind::Acknowledged, Severity::Critical,
                      diskLabels(), QStringLiteral("acknowledged by Bob")),
        });
        QCOMPARE(idsOf(stored), (QList<qint64>{1, 2, 3, 4, 5, 6}));
        const auto result = h.query(query);
        QVERIFY(result);
        QCOMPARE(idsOf(*result), ids);
    }

    void alertsAndSilencesRoundTripAndSurviveRestart()
    {
        Alert firing;
        firing.fingerprint = QStringLiteral("0123456789abcdef");
        firing.rule = QStringLiteral("filesystem_full");
        firing.labels = diskLabels();
        firing.series = SeriesId(QStringLiteral("filesystem_used_percent"),
                                 {{QStringLiteral("mount"), QStringLiteral("/media/Ü \"q\"")}});
        firing.state = AlertState::Firing;
        firing.severity = Severity::Critical;
        firing.value = 91.5;
        firing.threshold = 90;
        firing.activeSinceMs = now() - 3 * kMinute;
        firing.firingSinceMs = now() - 2 * kMinute;
        firing.lastSampleMs = now() - 1000;
        firing.lastNotifiedMs = now() - 2 * kMinute;
        firing.notifiedFiring = true;
        firing.stale = true;
        firing.acknowledged = true;
        firing.silencedBy = QStringLiteral("s1");
        firing.summary = QStringLiteral("Disk 91.5 % «full»");
        firing.description = QStringLiteral("line 1\nline 2 'quoted'");
        firing.runbook = QStringLiteral("https://runbooks.example/disk");
        Alert pending;
        pending.fingerprint = QStringLiteral("1111111111111111");
        pending.rule = QStringLiteral("cpu_high");
        pending.labels = cpuLabels();
        pending.series = SeriesId(QStringLiteral("cpu_usage_percent"),
                                  {{QStringLiteral("cpu"), QStringLiteral("total")}});
        pending.state = AlertState::Pending;
        pending.activeSinceMs = now() - 30000;

        Silence silence;
        silence.id = QStringLiteral("s1");
        silence.matchers = {
            {QStringLiteral("alertname"), LabelMatcher::Op::Equal, QStringLiteral("disk")},
            {QStringLiteral("mount"), LabelMatcher::Op::NotEqual, QStringLiteral("/bööt")},
            {QStringLiteral("host"), LabelMatcher::Op::Regex, QStringLiteral("desk[0-9]+")},
            {QStringLiteral("env"), LabelMatcher::Op::NotRegex, QStringLiteral("\"prod\".*")}};
        silence.startsAtMs = now() - kMinute;
        silence.endsAtMs = now() + 60 * kMinute;
        silence.comment = QStringLiteral("maintenance — «disk swap»");
        silence.createdBy = QStringLiteral("bob");

        QList<AlertEvent> events;
        {
            Harness h(m_clock);
            QVERIFY(h.open(m_dir));
            // A first snapshot is replaced by the second, not added to.
            h.call([a = QList<Alert>{pending}](AlertStore *s) { s->saveActiveAlerts(a); });
            h.call([a = QList<Alert>{firing, pending}](AlertStore *s) { s->saveActiveAlerts(a); });
            h.call([l = QList<Silence>{silence, silence}](AlertStore *s) { s->saveSilences(l); });
            h.call([l = QList<Silence>{silence}](AlertStore *s) { s->saveSilences(l); });
            events = h.append(manyEvents(now(), 3));
            QCOMPARE(events.size(), 3);
            QList<Alert> active;
            QList<Silence> silences;
            QVERIFY(h.loadState(&active, &silences));
            QCOMPARE(active.size(), 2);
            QVERIFY(h.errors.isEmpty());
        } // the store and its thread are gone: a restart
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        QList<Alert> active;
        QList<Silence> silences;
        QVERIFY(h.loadState(&active, &silences));
        QCOMPARE(active.size(), 2);
        compareAlert(active.at(0), firing); // ordered by fingerprint
        compareAlert(active.at(1), pending);
        QCOMPARE(silences.size(), 1);
        compareSilence(silences.at(0), silence);
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(idsOf(*read), (QList<qint64>{3, 2, 1}));
        compareEvent(read->at(0), events.at(2));
    }

    void expiredSilencesAreNotLoaded()
    {
        const auto silence = [this](const char *id, qint64 endsInMs) {
            Silence s;
            s.id = QString::fromLatin1(id);
            s.matchers = {
                {QStringLiteral("alertname"), LabelMatcher::Op::Equal, QStringLiteral("cpu_high")}};
            s.startsAtMs = now() - 60 * kMinute;
            s.endsAtMs = now() + endsInMs;
            return s;
        };
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const QList<Silence> all{silence("ended", -kMinute), silence("ends-now", 0),
                                 silence("later", 10 * kMinute), silence("soon", kMinute)};
        h.call([all](AlertStore *s) { s->saveSilences(all); });
        QList<Alert> active;
        QList<Silence> silences;
        QVERIFY(h.loadState(&active, &silences));
        QStringList ids;
        for (const Silence &s : std::as_const(silences))
            ids.append(s.id);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("later"), QStringLiteral("soon")}));
        m_clock.advance(2min);
        QVERIFY(h.loadState(&active, &silences));
        QCOMPARE(silences.size(), 1);
        QCOMPARE(silences.at(0).id, QStringLiteral("later"));
    }

    void pruneDeletesEventsOlderThanRetention_data()
    {
        QTest::addColumn<qint64>("retentionMs");
        QTest::addColumn<QList<qint64>>("kept");
        QTest::newRow("default 90 days") << qint64(0) << QList<qint64>{4, 3};
        QTest::newRow("30 days") << qint64(30) * 24 * 60 * kMinute << QList<qint64>{4};
        QTest::newRow("200 days") << qint64(200) * 24 * 60 * kMinute << QList<qint64>{4, 3, 2, 1};
    }

    void pruneDeletesEventsOlderThanRetention()
    {
        QFETCH(qint64, retentionMs);
        QFETCH(QList<qint64>, kept);
        const qint64 day = 24 * 60 * kMinute;
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        QList<AlertEvent> events;
        for (qint64 ageDays : {100, 91, 89, 1})
            events.append(makeEvent(now() - ageDays * day, AlertEventKind::Firing,
                                    Severity::Warning, cpuLabels(), QString()));
        h.append(events);
        h.call([t = now(), retentionMs](AlertStore *s) { s->prune(t, retentionMs); });
        QTRY_COMPARE_WITH_TIMEOUT(h.pruned.size(), 1, kWaitMs);
        QCOMPARE(h.pruned.last().at(0).toInt(), 4 - kept.size());
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(idsOf(*read), kept);
    }

    void corruptDatabaseIsMovedAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage bytes") << QStringLiteral("garbage");
        QTest::newRow("truncated database") << QStringLiteral("truncate");
        QTest::newRow("overwritten pages") << QStringLiteral("overwrite");
    }

    void corruptDatabaseIsMovedAside()
    {
        QFETCH(QString, damage);
        if (damage == QLatin1String("garbage")) {
            QVERIFY(QDir().mkpath(m_dir));
            QByteArray garbage;
            for (int i = 0; i < 10000; ++i)
                garbage.append(static_cast<char>((i * 7919 + 13) % 251));
            QVERIFY(writeFile(dbPath(), garbage));
        } else {
            {
                Harness h(m_clock);
                QVERIFY(h.open(m_dir));
                QCOMPARE(h.append(manyEvents(now(), 3000)).size(), 3000);
            }
            QFile f(dbPath());
            QVERIFY(f.size() > 100000);
            if (damage == QLatin1String("truncate")) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.seek(8192));
                QVERIFY(f.write(QByteArray(16384, '\xA5')) == 16384);
            }
        }
        const QByteArray damaged = readFile(dbPath());

        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        QTRY_COMPARE_WITH_TIMEOUT(h.recovered.size(), 1, kWaitMs);
        const QString moved = dbPath() + QLatin1String(".corrupt-20261121T094000");
        const QString message = h.recovered.at(0).at(0).toString();
        QVERIFY2(message.contains(moved), qPrintable(message));
        QVERIFY(QFile::exists(moved));
        QCOMPARE(readFile(moved), damaged); // moved, not rewritten
        QVERIFY(h.errors.isEmpty());

        // The new database works.
        QCOMPARE(idsOf(h.append(manyEvents(now(), 2))), (QList<qint64>{1, 2}));
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
    }

    void secondCorruptionGetsItsOwnName()
    {
        QVERIFY(QDir().mkpath(m_dir));
        const QString first = dbPath() + QLatin1String(".corrupt-20261121T094000");
        QVERIFY(writeFile(first, "earlier damaged file"));
        QVERIFY(writeFile(dbPath(), QByteArray(5000, 'x')));
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        QTRY_COMPARE_WITH_TIMEOUT(h.recovered.size(), 1, kWaitMs);
        QCOMPARE(readFile(first), QByteArray("earlier damaged file"));
        QCOMPARE(readFile(first + QLatin1String("-2")), QByteArray(5000, 'x'));
    }

    void newerSchemaIsNotTouched()
    {
        QVERIFY(QDir().mkpath(m_dir));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("new"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("new"));
        const QByteArray before = readFile(dbPath());
        Harness h(m_clock);
        QVERIFY(!h.open(m_dir));
        QCOMPARE(h.errors.size(), 1);
        QVERIFY2(h.errors.at(0).at(0).toString().contains(QLatin1String("newer")),
                 qPrintable(h.errors.at(0).at(0).toString()));
        QVERIFY(h.recovered.isEmpty());
        QCOMPARE(readFile(dbPath()), before);
    }

    void unwritableDirKeepsEventsUntilAValidDirOpens()
    {
        QVERIFY(writeFile(m_tmp->filePath(QStringLiteral("file")), "not a directory"));
        const QString bad = m_tmp->filePath(QStringLiteral("file/vigil"));
        QList<AlertEvent> accepted;
        {
            Harness h(m_clock);
            QVERIFY(!h.open(bad));
            QCOMPARE(h.errors.size(), 1);
            QVERIFY2(h.errors.at(0).at(0).toString().contains(bad),
                     qPrintable(h.errors.at(0).at(0).toString()));
            accepted = h.append(manyEvents(now(), 3));
            QCOMPARE(idsOf(accepted), (QList<qint64>{1, 2, 3}));
            Alert a;
            a.fingerprint = QStringLiteral("0123456789abcdef");
            a.state = AlertState::Firing;
            h.call([a](AlertStore *s) { s->saveActiveAlerts({a}); });
            // Held in memory, still answered.
            const auto held = h.query(EventQuery());
            QVERIFY(held);
            QCOMPARE(idsOf(*held), (QList<qint64>{3, 2, 1}));
            QList<Alert> active;
            QList<Silence> silences;
            QVERIFY(h.loadState(&active, &silences));
            QCOMPARE(active.size(), 1);
            QCOMPARE(h.errors.size(), 1); // said once, not per write

            QVERIFY(h.open(m_dir));
            QTRY_COMPARE_WITH_TIMEOUT(h.resumed.size(), 1, kWaitMs);
            QVERIFY(h.resumed.at(0).at(0).toString().contains(QLatin1String("3 held")));
        }
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(read->size(), 3);
        compareEvent(read->at(2), accepted.at(0));
        QList<Alert> active;
        QList<Silence> silences;
        QVERIFY(h.loadState(&active, &silences));
        QCOMPARE(active.size(), 1);
    }

    void heldEventsAreWrittenWhenTheConditionIsFixed()
    {
        const QString blocker = m_tmp->filePath(QStringLiteral("data"));
        QVERIFY(writeFile(blocker, "not a directory")); // m_dir is data/vigil
        {
            Harness h(m_clock);
            h.call([](AlertStore *s) { s->setRetryInterval(20); });
            QVERIFY(!h.open(m_dir));
            QCOMPARE(h.append(manyEvents(now(), 4)).size(), 4);
            QVERIFY(QFile::remove(blocker));
            QTRY_COMPARE_WITH_TIMEOUT(h.resumed.size(), 1, kWaitMs);
            QCOMPARE(h.opened.size(), 2);
            QVERIFY(h.opened.last().at(0).toBool());
        }
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(idsOf(*read), (QList<qint64>{4, 3, 2, 1}));
    }

    void heldEventsAreBoundedAndLossIsReported()
    {
        const QString blocker = m_tmp->filePath(QStringLiteral("data"));
        QVERIFY(writeFile(blocker, "not a directory"));
        Harness h(m_clock);
        h.call([](AlertStore *s) { s->setMaxPendingEvents(5); });
        QVERIFY(!h.open(m_dir));
        QCOMPARE(h.append(manyEvents(now(), 8)).size(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(h.errors.size(), 2, kWaitMs);
        QVERIFY(h.errors.at(1).at(0).toString().contains(QLatin1String("dropped")));
        const auto held = h.query(EventQuery());
        QVERIFY(held);
        QCOMPARE(idsOf(*held), (QList<qint64>{8, 7, 6, 5, 4})); // the newest are kept
        QVERIFY(QFile::remove(blocker));
        QVERIFY(h.open(m_dir));
        QTRY_COMPARE_WITH_TIMEOUT(h.resumed.size(), 1, kWaitMs);
        const QString message = h.resumed.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("3 event(s) were lost")), qPrintable(message));
    }

    // Needs a small file system of its own; CTest runs it as tst_alertstore_fulldisk through
    // tests/support/with_small_fs.sh. By hand, as root:
    //   mount -t tmpfs -o size=256k tmpfs /mnt/small && VIGIL_TEST_SMALL_FS=/mnt/small ctest ...
    void fullDiskKeepsEventsAndWritesThemWhenSpaceReturns()
    {
        const QString small = qEnvironmentVariable("VIGIL_TEST_SMALL_FS");
        if (small.isEmpty())
            QSKIP("set VIGIL_TEST_SMALL_FS to an empty, small file system (see comment)");
        QTemporaryDir fs(small + QLatin1String("/vigil-XXXXXX"));
        QVERIFY(fs.isValid());
        const QString dir = fs.filePath(QStringLiteral("data"));
        const QString filler = fs.filePath(QStringLiteral("filler"));
        qint64 total = 0;
        {
            Harness h(m_clock);
            h.call([](AlertStore *s) { s->setRetryInterval(20); });
            QVERIFY(h.open(dir));
            { // take all free space
                QFile f(filler);
                QVERIFY(f.open(QIODevice::WriteOnly));
                const QByteArray chunk(4096, 'f');
                while (f.write(chunk) == chunk.size() && f.flush()) {
                }
            }
            for (int i = 0; i < 200 && h.errors.isEmpty(); ++i)
                total += h.append(manyEvents(now() + total, 20)).size();
            QVERIFY2(!h.errors.isEmpty(), "the file system never filled up");
            qInfo() << "disk full after" << total << "events:" << h.errors.at(0).at(0).toString();
            total += h.append(manyEvents(now() + total, 20)).size(); // held in memory
            QVERIFY(QFile::remove(filler));
            QTRY_COMPARE_WITH_TIMEOUT(h.resumed.size(), 1, kWaitMs);
        }
        Harness h(m_clock);
        QVERIFY(h.open(dir));
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(read->size(), total);
    }

    void callsQueuedBeforeShutdownAreWritten()
    {
        {
            Harness h(m_clock);
            h.call([dir = m_dir](AlertStore *s) { s->open(dir); });
            for (int i = 0; i < 50; ++i)
                h.call([e = manyEvents(now() + i, 1)](AlertStore *s) { s->appendEvents(e); });
        } // destroyed without waiting for any answer
        Harness h(m_clock);
        QVERIFY(h.open(m_dir));
        const auto read = h.query(EventQuery());
        QVERIFY(read);
        QCOMPARE(read->size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
