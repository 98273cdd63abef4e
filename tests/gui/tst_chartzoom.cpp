// Drag-to-zoom, reset, the aligned time axes and the shared outlier choice of the dashboard
// (TimeSeriesChart, Dashboard, UiState).

#include "Dashboard.h"
#include "UiState.h"
#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace vigil;

namespace {

constexpr qint64 kStart = 1765152000000; // 2025-12-08T00:00:00Z
constexpr qint64 kWindow = 300 * 1000;

// Drags across the chart's plot area from fraction a to fraction b of its width; returns the
// times those pixels stand for, computed from the axis range independently of the chart.
QPair<qint64, qint64> drag(TimeSeriesChart &chart, double a, double b)
{
    QWidget *viewport = chart.chartView()->viewport();
    const QRectF area = chart.plotAreaRect().translated(-viewport->mapTo(&chart, QPoint(0, 0)));
    const int y = int(area.center().y());
    const int x1 = int(std::lround(area.left() + a * area.width()));
    const int x2 = int(std::lround(area.left() + b * area.width()));
    const qint64 from = chart.visibleFromMs();
    const double span = double(chart.visibleToMs() - from);
    QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(x1, y));
    QTest::mouseMove(viewport, QPoint((x1 + x2) / 2, y));
    QTest::mouseMove(viewport, QPoint(x2, y));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, QPoint(x2, y));
    const auto at = [&](int x) { return from + qint64((x - area.left()) / area.width() * span); };
    return {at(x1), at(x2)};
}

void fill(MetricStore &store, const SeriesId &id, double base)
{
    for (int i = 0; i <= 400; ++i)
        store.append(id, Sample{kStart + qint64(i) * 1000, base + (i % 10)});
}

} // namespace

class TestChartZoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // UiState's QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("vigil-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartzoom"));
        QSettings().clear();
    }

    void dashboardSharesTheOutlierChoice()
    {
        Dashboard dashboard;
        QSignalSpy changed(&dashboard, &Dashboard::ignoreOutliersChanged);
        // The user ticks it in one panel's menu: every panel follows.
        dashboard.diskChart()
            ->findChild<QAction *>(QStringLiteral("ignoreOutliersAction"))
            ->trigger();
        QCOMPARE(changed.count(), 1);
        QVERIFY(dashboard.ignoresOutliers());
        for (const TimeSeriesChart *c : dashboard.charts()) {
            QVERIFY2(c->ignoresOutliers(), qPrintable(c->title()));
            QVERIFY(c->findChild<QAction *>(QStringLiteral("ignoreOutliersAction"))->isChecked());
        }
        dashboard.setIgnoreOutliers(true); // no change, no signal
        QCOMPARE(changed.count(), 1);

        // Remembered between runs with the rest of the UI state.
        UiState state;
        state.ignoreOutliers = dashboard.ignoresOutliers();
        state.save();
        QCOMPARE(UiState::load().ignoreOutliers, true);
        state.ignoreOutliers = false;
        state.save();
        QCOMPARE(UiState::load().ignoreOutliers, false);
    }

    void dragZoomsToTheSelectedSpan()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        chart.resize(640, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const SeriesId id(QStringLiteral("load1"));
        MetricStore store;
        fill(store, id, 1);
        chart.setTimeWindow(kWindow);
        chart.setLines({{id, QStringLiteral("1 min")}});
        const qint64 now = kStart + kWindow;
        chart.refresh(store, now);
        QTest::qWait(0);
        chart.refresh(store, now); // the plot area is known after the first layout
        QVERIFY(!chart.isZoomed());
        QCOMPARE(chart.visibleFromMs(), kStart);

        QSignalSpy zoomed(&chart, &TimeSeriesChart::zoomRequested);
        const auto expected = drag(chart, 0.25, 0.75);
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(chart.isZoomed());
        // One pixel is about 0.5 s here; allow one pixel's worth of rounding.
        const qint64 pixelMs = kWindow / 500;
        QVERIFY2(std::abs(chart.visibleFromMs() - expected.first) <= pixelMs,
                 qPrintable(QString::number(chart.visibleFromMs() - expected.first)));
        QVERIFY(std::abs(chart.visibleToMs() - expected.second) <= pixelMs);
        QVERIFY(std::abs(chart.visibleFromMs() - (kStart + kWindow / 4)) <= 3 * pixelMs);
        QCOMPARE(zoomed.first().at(0).toLongLong(), chart.visibleFromMs());
        QVERIFY(chart.pointCount(id) > 100); // the zoomed span is drawn, not emptied

        // The live window stops sliding while zoomed.
        const qint64 from = chart.visibleFromMs();
        const qint64 to = chart.visibleToMs();
        chart.refresh(store, now + 60 * 1000);
        QCOMPARE(chart.visibleFromMs(), from);
        QCOMPARE(chart.visibleToMs(), to);

        // A click is not a drag.
        QTest::mouseClick(chart.chartView()->viewport(), Qt::LeftButton, {},
                          chart.chartView()->viewport()->rect().center());
        QCOMPARE(zoomed.count(), 1);

        // Double-click: back to the live window ending at the last refresh.
        QSignalSpy reset(&chart, &TimeSeriesChart::zoomResetRequested);
        QTest::mouseDClick(chart.chartView()->viewport(), Qt::LeftButton, {},
                           chart.chartView()->viewport()->rect().center());
        QCOMPARE(reset.count(), 1);
        QVERIFY(!chart.isZoomed());
        QCOMPARE(chart.visibleToMs(), now + 60 * 1000);
        QCOMPARE(chart.visibleFromMs(), now + 60 * 1000 - kWindow);
    }

    void shortZoomsGrowToTheMinimum()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        chart.setZoom(kStart + 10000, kStart + 11000);
        QCOMPARE(chart.isZoomed(), true);
        MetricStore store;
        chart.refresh(store, kStart + kWindow);
        QCOMPARE(chart.visibleToMs() - chart.visibleFromMs(), TimeSeriesChart::kMinimumZoomMs);
        QCOMPARE(chart.visibleFromMs() + chart.visibleToMs(), 2 * kStart + 21000);
    }

    void resetByButtonActionAndEscape()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        chart.resize(640, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *button = chart.findChild<QToolButton *>();
        auto *action = chart.findChild<QAction *>(QStringLiteral("resetZoomAction"));
        QVERIFY(button && action);
        QVERIFY(button->isHidden());
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->text().isEmpty() && !action->toolTip().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty());

        const QRect viewGeometry = chart.chartView()->geometry();
        chart.setZoom(kStart, kStart + 60000);
        QVERIFY(button->isVisible());
        QTest::qWait(0); // let the layout run
        // The button appears without moving or resizing the chart view (a Qt Charts 6.4 quirk).
        QCOMPARE(chart.chartView()->geometry(), viewGeometry);
        QSignalSpy reset(&chart, &TimeSeriesChart::zoomResetRequested);
        button->click();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!chart.isZoomed());
        QVERIFY(button->isHidden());

        chart.setZoom(kStart, kStart + 60000);
        chart.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&chart));
        chart.chartView()->setFocus();
        QTest::keyClick(chart.chartView(), Qt::Key_Escape);
        QCOMPARE(reset.count(), 2);
        QVERIFY(!chart.isZoomed());
    }

    void dashboardPanelsZoomTogetherAndAlign()
    {
        Dashboard dashboard;
        dashboard.resize(1100, 900);
        dashboard.setTimeWindow(kWindow);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        MetricStore store;
        const auto with = [](const char *name, const char *key, const char *value) {
            return SeriesId(QLatin1String(name), {{QLatin1String(key), QLatin1String(value)}});
        };
        fill(store, with("cpu_usage_percent", "cpu", "total"), 40);
        fill(store, SeriesId(QStringLiteral("memory_used_percent")), 60);
        fill(store, with("disk_read_bytes_per_second", "device", "sda"), 30e6);
        fill(store, with("network_receive_bytes_per_second", "interface", "eth0"), 900);
        fill(store, SeriesId(QStringLiteral("load1")), 0.25);
        fill(store, with("temperature_celsius", "sensor", "cpu"), 45);
        const qint64 now = kStart + kWindow;
        dashboard.refresh(store, now);
        QTest::qWait(0);
        dashboard.refresh(store, now);

        const QList<TimeSeriesChart *> charts = dashboard.charts();
        // Value labels of different widths ("100" and "%", "0.30", "MiB/s") make the natural
        // plot areas start at different x: without alignment the columns would not line up.
        qreal minNatural = 1e9;
        qreal maxNatural = 0;
        for (const TimeSeriesChart *c : charts) {
            minNatural = std::min(minNatural, c->naturalPlotLeft());
            maxNatural = std::max(maxNatural, c->naturalPlotLeft());
        }
        QVERIFY2(maxNatural - minNatural >= 3,
                 qPrintable(QString::number(maxNatural - minNatural)));
        const auto leftIn = [&](const TimeSeriesChart *c) {
            return c->mapTo(&dashboard, c->plotAreaRect().topLeft().toPoint()).x() -
                   c->mapTo(&dashboard, QPoint(0, 0)).x();
        };
        const auto rightIn = [&](const TimeSeriesChart *c) {
            return c->width() - int(c->plotAreaRect().right());
        };
        for (const TimeSeriesChart *c : charts) {
            QTRY_VERIFY2(std::abs(leftIn(c) - leftIn(charts.first())) <= 1,
                         qPrintable(c->title() + QString::number(leftIn(c))));
            QTRY_VERIFY(std::abs(rightIn(c) - rightIn(charts.first())) <= 1);
        }
        // Same column, same x on screen.
        const auto screenLeft = [&](const TimeSeriesChart *c) {
            return c->mapTo(&dashboard, c->plotAreaRect().topLeft().toPoint()).x();
        };
        QVERIFY(std::abs(screenLeft(dashboard.cpuChart()) - screenLeft(dashboard.loadChart())) <=
                1);

        for (const TimeSeriesChart *c : charts) {
            QCOMPARE(c->visibleFromMs(), kStart);
            QCOMPARE(c->visibleToMs(), now);
        }
        drag(*dashboard.loadChart(), 0.5, 0.9);
        QVERIFY(dashboard.isZoomed());
        const TimeSeriesChart *load = dashboard.loadChart();
        QVERIFY(load->visibleFromMs() > kStart + kWindow / 3);
        for (const TimeSeriesChart *c : charts) {
            QVERIFY2(c->isZoomed(), qPrintable(c->title()));
            QCOMPARE(c->visibleFromMs(), load->visibleFromMs());
            QCOMPARE(c->visibleToMs(), load->visibleToMs());
        }
        dashboard.refresh(store, now + 5000); // live data keeps coming; the span stays
        for (const TimeSeriesChart *c : charts)
            QCOMPARE(c->visibleFromMs(), load->visibleFromMs());

        // Reset from another panel's menu action returns every panel to the live window.
        dashboard.networkChart()
            ->findChild<QAction *>(QStringLiteral("resetZoomAction"))
            ->trigger();
        QVERIFY(!dashboard.isZoomed());
        for (const TimeSeriesChart *c : charts) {
            QVERIFY(!c->isZoomed());
            QCOMPARE(c->visibleToMs(), now + 5000);
            QCOMPARE(c->visibleFromMs(), now + 5000 - kWindow);
        }

        // Choosing another time window goes live as well.
        drag(*dashboard.cpuChart(), 0.1, 0.3);
        QVERIFY(dashboard.isZoomed());
        dashboard.setTimeWindow(2 * kWindow);
        QVERIFY(!dashboard.isZoomed());
        for (const TimeSeriesChart *c : charts)
            QVERIFY(!c->isZoomed());
    }
};

QTEST_MAIN(TestChartZoom)
#include "tst_chartzoom.moc"
