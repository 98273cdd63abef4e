#include "Dashboard.h"
#include "FilesystemPanel.h"
#include "MainWindow.h"
#include "charts/TimeSeriesChart.h"
#include "engine/Engine.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace vigil;

namespace {

const qint64 t0 = 1795254000000;

SeriesId cpu(const QString &core)
{
    return SeriesId(QStringLiteral("cpu_usage_percent"), {{QStringLiteral("cpu"), core}});
}

SampleBatch batchAt(qint64 t, double cpuTotal)
{
    SampleBatch b;
    b.timeMs = t;
    b.add(cpu(QStringLiteral("total")), cpuTotal);
    b.add(cpu(QStringLiteral("0")), cpuTotal - 5);
    b.add(cpu(QStringLiteral("1")), cpuTotal + 5);
    b.add(SeriesId(QStringLiteral("cpu_iowait_percent"),
                   {{QStringLiteral("cpu"), QStringLiteral("total")}}),
          1);
    b.add(QStringLiteral("memory_total_bytes"), 8.0 * 1024 * 1024 * 1024);
    b.add(QStringLiteral("memory_used_percent"), 40);
    b.add(QStringLiteral("swap_total_bytes"), 0);
    b.add(QStringLiteral("swap_used_percent"), 0);
    b.add(QStringLiteral("load1"), 0.5);
    b.add(QStringLiteral("load5"), 0.4);
    b.add(QStringLiteral("load15"), 0.3);
    b.add(SeriesId(QStringLiteral("network_receive_bytes_per_second"),
                   {{QStringLiteral("interface"), QStringLiteral("eth0")}}),
          3.0 * 1024 * 1024);
    b.add(SeriesId(QStringLiteral("network_transmit_bytes_per_second"),
                   {{QStringLiteral("interface"), QStringLiteral("eth0")}}),
          1024);
    const Labels root{{QStringLiteral("mount"), QStringLiteral("/")},
                      {QStringLiteral("device"), QStringLiteral("/dev/vda")},
                      {QStringLiteral("fstype"), QStringLiteral("ext4")}};
    b.add(SeriesId(QStringLiteral("filesystem_used_percent"), root), 24.6);
    b.add(SeriesId(QStringLiteral("filesystem_size_bytes"), root), 50.0 * 1024 * 1024 * 1024);
    b.add(SeriesId(QStringLiteral("filesystem_avail_bytes"), root), 37.7 * 1024 * 1024 * 1024);
    return b;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void feedsChartsAndStatus()
    {
        Config config;
        for (AlertRule &r : config.rules)
            r.forMs = 0; // fire on the first breach: the status follows firing alerts
        Engine engine(config);
        MainWindow w(engine);
        w.resize(1100, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 30; ++i)
            engine.ingest(batchAt(t0 + i * 1000, 30));

        Dashboard *d = w.dashboard();
        QCOMPARE(d->cpuChart()->pointCount(cpu(QStringLiteral("total"))), 30);
        QCOMPARE(d->loadChart()->pointCount(SeriesId(QStringLiteral("load1"))), 30);
        QCOMPARE(d->memoryChart()->lines().size(), 1); // no swap configured: no swap line
        QCOMPARE(d->networkChart()->lines().size(), 2);
        QCOMPARE(d->networkChart()->axisUnitText(), QStringLiteral("MiB/s"));
        QCOMPARE(d->cpuChart()->axisUnitText(), QStringLiteral("%"));
        QVERIFY2(d->cpuChart()->summary().startsWith(QStringLiteral("30.0 %")),
                 qPrintable(d->cpuChart()->summary()));
        QCOMPARE(d->filesystemPanel()->mounts(), QStringList{QStringLiteral("/")});
        QCOMPARE(d->filesystemPanel()->rowText(QStringLiteral("/")),
                 QStringLiteral("24.6 % used · 37.7 GiB free of 50.0 GiB"));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Healthy")), qPrintable(w.statusText()));

        engine.ingest(batchAt(t0 + 30000, 97));
        engine.ingest(batchAt(t0 + 31000, 97)); // a series must be seen twice before it alerts
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Critical — CPU at 97.0 %")),
                 qPrintable(w.statusText()));
    }

    void perCoreToggleAddsLines()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        engine.ingest(batchAt(t0, 30));
        QCOMPARE(w.dashboard()->cpuChart()->lines().size(), 2);
        w.setPerCoreCpu(true);
        QCOMPARE(w.dashboard()->cpuChart()->lines().size(), 4);
        QCOMPARE(w.dashboard()->cpuChart()->pointCount(cpu(QStringLiteral("1"))), 1);
    }

    void timeWindowLimitsPoints()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setTimeWindow(60 * 1000);
        for (int i = 0; i < 300; ++i)
            engine.ingest(batchAt(t0 + i * 1000, 30));
        // 1 minute at 1 s: 61 samples at most (both ends inclusive); decimation may only reduce.
        const qsizetype n = w.dashboard()->cpuChart()->pointCount(cpu(QStringLiteral("total")));
        QVERIFY2(n > 0 && n <= 61, qPrintable(QString::number(n)));
        QCOMPARE(w.timeWindow(), 60 * 1000);
    }

    void hiddenWindowDoesNoChartWork()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        engine.ingest(batchAt(t0, 30));
        const int before = w.refreshCount();
        QVERIFY(before > 0);
        w.hide();
        for (int i = 1; i < 10; ++i)
            engine.ingest(batchAt(t0 + i * 1000, 30));
        QCOMPARE(w.refreshCount(), before);
        w.show(); // catches up on show
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.refreshCount() > before);
        QCOMPARE(w.dashboard()->cpuChart()->pointCount(cpu(QStringLiteral("total"))), 10);
    }

    void configErrorBanner()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(!w.isBannerShown());
        w.showConfigError(QStringLiteral(
            "/tmp/c.json: sampling.interval: expected a duration like \"1s\", got \"<fast>\""));
        QVERIFY(w.isBannerShown());
        QVERIFY(w.bannerText().contains(QStringLiteral("runs on defaults")));
        QVERIFY(w.bannerText().contains(QStringLiteral("&lt;fast&gt;"))); // escaped, not markup
    }

    void closeHidesOnlyWhenTrayAvailable()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setHideOnClose(true);
        QSignalSpy hidden(&w, &MainWindow::hiddenOnClose);
        QVERIFY(!w.close()); // ignored: hidden instead
        QVERIFY(!w.isVisible());
        QCOMPARE(hidden.size(), 1);
        w.show();
        w.setHideOnClose(false);
        QVERIFY(w.close());
    }

    void emptyStatesBeforeData()
    {
        Engine engine{Config()};
        MainWindow w(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.statusText().contains(QStringLiteral("No data yet")),
                 qPrintable(w.statusText()));
        QCOMPARE(w.dashboard()->filesystemPanel()->mounts(), QStringList());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
