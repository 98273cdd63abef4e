// CheckService and the engine's checks: retries through to series, health and the default
// rule, run-once for --report, the settings dialog's one-off test. Real files, real threads.
#include "alerts/AlertEngine.h"
#include "checks/CheckService.h"
#include "engine/Engine.h"
#include "series/MetricStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

CheckSpec fileCheck(const QString &name, const QString &path, int retries = 0)
{
    CheckSpec s;
    s.name = name;
    s.type = CheckType::File;
    s.file.path = path;
    s.intervalMs = 1000;
    s.retries = retries;
    s.backoffBaseMs = 10;
    s.backoffCapMs = 20;
    return s;
}

bool touch(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}

std::optional<double> valueIn(const SampleBatch &batch, const char *name, const QString &check)
{
    const SeriesSample *s =
        batch.find(SeriesId(QLatin1String(name), {{QStringLiteral("check"), check}}));
    return s ? std::optional<double>(s->value) : std::nullopt;
}

} // namespace

class TestCheckService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesThenUnhealthyThenRecovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flag"));
        CheckService service(Clock::system());
        service.setSeed(11);
        QSignalSpy results(&service, &CheckService::resultReady);
        QSignalSpy batches(&service, &CheckService::samplesReady);
        CheckSpec spec = fileCheck(QStringLiteral("flag"), path, 2);
        spec.recoverAfter = 2;
        service.setChecks({spec});

        QTRY_COMPARE(results.size(), 3);
        QList<CheckStatus> statuses;
        for (const QList<QVariant> &r : std::as_const(results))
            statuses << r.at(0).value<CheckResult>().status;
        QCOMPARE(statuses, (QList<CheckStatus>{CheckStatus::Pending, CheckStatus::Pending,
                                               CheckStatus::Unhealthy}));
        const CheckResult first = results.at(0).at(0).value<CheckResult>();
        QVERIFY2(first.message.contains(QLatin1String("not found")), qPrintable(first.message));
        QVERIFY2(first.message.contains(QLatin1String("retry 1 of 2")), qPrintable(first.message));
        QCOMPARE(results.at(2).at(0).value<CheckResult>().attempt, 2);
        // While pending from scratch there is no settled state to report: no status series.
        QVERIFY(!valueIn(batches.at(0).at(0).value<SampleBatch>(), "check_status", spec.name));
        const SampleBatch unhealthy = batches.at(2).at(0).value<SampleBatch>();
        QCOMPARE(valueIn(unhealthy, "check_status", spec.name), 2.0);
        QCOMPARE(valueIn(unhealthy, "check_up", spec.name), 0.0);

        QVERIFY(touch(path));
        // recover_after 2: the first success keeps it unhealthy, the second heals it.
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 5000);
        QCOMPARE(results.at(3).at(0).value<CheckResult>().status, CheckStatus::Unhealthy);
        QCOMPARE(results.at(3).at(0).value<CheckResult>().attemptStatus, CheckStatus::Healthy);
        QCOMPARE(results.at(4).at(0).value<CheckResult>().status, CheckStatus::Healthy);
        const SampleBatch healthy = batches.at(4).at(0).value<SampleBatch>();
        QCOMPARE(valueIn(healthy, "check_status", spec.name), 0.0);
        QCOMPARE(valueIn(healthy, "check_up", spec.name), 1.0);
        const CheckState state = service.states().first();
        QCOMPARE(state.status, CheckStatus::Healthy);
        QVERIFY(state.uptimePercent);
        QCOMPARE(*state.uptimePercent, 40.0); // 2 of 5 attempts succeeded
    }

    void runOnceSettlesEveryCheck()
    {
        QTemporaryDir dir;
        const QString present = dir.filePath(QStringLiteral("present"));
        QVERIFY(touch(present));
        CheckService service(Clock::system());
        service.setRunOnce(true);
        service.setStartSpread(false);
        QSignalSpy settled(&service, &CheckService::allSettled);
        QSignalSpy results(&service, &CheckService::resultReady);
        CheckSpec off = fileCheck(QStringLiteral("off"), present);
        off.enabled = false;
        service.setChecks(
            {fileCheck(QStringLiteral("present"), present),
             fileCheck(QStringLiteral("absent"), dir.filePath(QStringLiteral("no")), 1), off});
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(results.size(), 3); // present once; absent: pending, then unhealthy
        QTest::qWait(1500);          // past the interval: nothing runs again
        QCOMPARE(results.size(), 3);
    }

    void testCheckLeavesNoState()
    {
        QTemporaryDir dir;
        CheckService service(Clock::system());
        QSignalSpy tested(&service, &CheckService::testFinished);
        QSignalSpy batches(&service, &CheckService::samplesReady);
        service.testCheck(7, fileCheck(QStringLiteral("t"), dir.filePath(QStringLiteral("x"))));
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(tested.first().at(0).toULongLong(), 7u);
        const CheckResult r = tested.first().at(1).value<CheckResult>();
        QCOMPARE(r.status, CheckStatus::Unhealthy);
        QVERIFY(r.message.contains(QLatin1String("not found")));
        QVERIFY(service.states().isEmpty());
        QCOMPARE(batches.size(), 0);
    }

    void engineRunsChecksIntoHealthAndTheDefaultRule()
    {
        QTemporaryDir dir;
        Config config;
        config.checks = {fileCheck(QStringLiteral("marker"), dir.filePath(QStringLiteral("m")))};
        Engine engine(config);
        engine.setStorageEnabled(false);
        QSignalSpy states(&engine, &Engine::checkStateChanged);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.checkStates().isEmpty() &&
                                     engine.checkStates().first().status == CheckStatus::Unhealthy,
                                 8000);
        const SeriesId status(QStringLiteral("check_status"),
                              {{QStringLiteral("check"), QStringLiteral("marker")}});
        QCOMPARE(engine.store().latest(status)->value, 2.0);
        QCOMPARE(engine.health().status, Severity::Critical);
        // The default rule check_failing fires on the next collector tick.
        auto checkAlertFiring = [&engine] {
            const QList<Alert> alerts = engine.alerts();
            return std::any_of(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
                return a.rule == QLatin1String("check_failing") &&
                       a.state == AlertState::Firing && a.severity == Severity::Critical;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(checkAlertFiring(), 5000);
        QVERIFY(engine.health().headline().contains(QLatin1String("marker")));

        // Removing the check through the config clears its state.
        Config none = config;
        none.checks.clear();
        engine.applyConfig(none);
        QTRY_VERIFY(engine.checkStates().isEmpty());
        engine.stop();
    }

    void seriesReportedEveryMinuteStayFresh()
    {
        // Rules go stale after 3 sampling intervals, or 3 of the series' own spacing when it
        // reports less often: a check every minute must not read as "no data" in between.
        MetricStore store(100);
        const SeriesId id(QStringLiteral("check_status"),
                          {{QStringLiteral("check"), QStringLiteral("api")}});
        store.append(id, {0, 2});
        store.append(id, {60000, 2});
        AlertEngine alerts;
        AlertRule rule;
        rule.name = QStringLiteral("check_failing");
        rule.series = QStringLiteral("check_status");
        rule.op = CompareOp::GreaterEqual;
        rule.critical = 2;
        QVERIFY(alerts.setRules({rule}).isEmpty());
        alerts.evaluate(store, 100000, 1000);
        QCOMPARE(alerts.alerts().size(), 1);
        QCOMPARE(alerts.alerts().first().state, AlertState::Firing);
        QVERIFY(!alerts.alerts().first().stale);
        alerts.evaluate(store, 60000 + 3 * 60000 + 1, 1000);
        QVERIFY(alerts.alerts().first().stale); // three minutes without a sample
    }
};

QTEST_GUILESS_MAIN(TestCheckService)
#include "tst_checkservice.moc"
