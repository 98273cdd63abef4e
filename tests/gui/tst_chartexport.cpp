// Exports from the chart's context menu: PNG and CSV, written off the GUI thread.

#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

constexpr qint64 kStart = 1765152000000; // 2025-12-08T00:00:00Z

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuHasTheExports()
    {
        TimeSeriesChart chart(QStringLiteral("Network"), Unit::BytesPerSecond);
        for (const char *name : {"savePngAction", "exportCsvAction", "ignoreOutliersAction"}) {
            auto *action = chart.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY(action->text().contains(u'&')); // a mnemonic
            QVERIFY(!action->toolTip().isEmpty());
        }
    }

    void pngIsTheChartAsShown()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        chart.resize(640, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const SeriesId id(QStringLiteral("load1"));
        MetricStore store;
        for (int i = 0; i <= 300; ++i)
            store.append(id, Sample{kStart + i * 1000, 1.0 + (i % 20) / 10.0});
        chart.setTimeWindow(300 * 1000);
        chart.setLines({{id, QStringLiteral("1 min")}});
        chart.refresh(store, kStart + 300 * 1000);
        QTest::qWait(0);
        chart.refresh(store, kStart + 300 * 1000);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.png"));
        QSignalSpy done(&chart, &TimeSeriesChart::exportFinished);
        chart.exportPng(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(done.first().at(1).toString().contains(QStringLiteral("load.png")));

        QImage image;
        QVERIFY(image.load(path, "PNG"));
        const QWidget *view = chart.chartView();
        QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        // The first line's colour (Tableau blue, antialiased) is in the picture: it holds the
        // plot. Nothing else on the chart is blue.
        int blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += c.blue() - c.red() > 60 ? 1 : 0;
            }
        }
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
    }

    void csvHoldsTheVisibleSamplesExactly()
    {
        TimeSeriesChart chart(QStringLiteral("Network"), Unit::BytesPerSecond);
        const SeriesId in(QStringLiteral("rx"));
        const SeriesId out(QStringLiteral("tx"));
        MetricStore store;
        store.append(in, Sample{kStart, 1.5});
        store.append(in, Sample{kStart + 10000, 1048576});
        store.append(out, Sample{kStart + 10000, 3});
        store.append(out, Sample{kStart + 20250, 0.1});
        store.append(in, Sample{kStart + 30000, 7}); // past "now": not shown, not exported
        chart.setTimeWindow(60 * 1000);
        // A comma and a quote in a label must be quoted, not split the row.
        chart.setLines({{in, QStringLiteral("eth0 in")}, {out, QStringLiteral("eth0, \"out\"")}});
        chart.refresh(store, kStart + 25000);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("net.csv"));
        QSignalSpy done(&chart, &TimeSeriesChart::exportFinished);
        chart.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), true);
        QCOMPARE(readAll(path), QByteArray("time,eth0 in (B/s),\"eth0, \"\"out\"\" (B/s)\"\r\n"
                                           "2025-12-08T00:00:00.000Z,1.5,\r\n"
                                           "2025-12-08T00:00:10.000Z,1048576,3\r\n"
                                           "2025-12-08T00:00:20.250Z,,0.1\r\n"));

        // Zoomed: only the zoomed span.
        chart.setZoom(kStart + 5000, kStart + 15000);
        chart.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QCOMPARE(readAll(path), QByteArray("time,eth0 in (B/s),\"eth0, \"\"out\"\" (B/s)\"\r\n"
                                           "2025-12-08T00:00:10.000Z,1048576,3\r\n"));
    }

    void csvWithoutUnitHasPlainHeaders()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        const SeriesId id(QStringLiteral("load1"));
        MetricStore store;
        store.append(id, Sample{kStart, 0.25});
        chart.setLines({{id, QStringLiteral("1 min")}});
        chart.refresh(store, kStart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.csv"));
        QSignalSpy done(&chart, &TimeSeriesChart::exportFinished);
        chart.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(readAll(path), QByteArray("time,1 min\r\n2025-12-08T00:00:00.000Z,0.25\r\n"));
    }

    void failedWriteIsReportedAndLeavesNothing()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/load.csv"));
        QSignalSpy done(&chart, &TimeSeriesChart::exportFinished);
        chart.exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("load.csv")), qPrintable(message));
        QVERIFY(!QFile::exists(path));

        chart.exportPng(path + QStringLiteral(".png"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QCOMPARE(done.last().at(0).toBool(), false);
    }

    void existingFileIsReplacedWhole()
    {
        TimeSeriesChart chart(QStringLiteral("Load"), Unit::None);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("load.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QSignalSpy done(&chart, &TimeSeriesChart::exportFinished);
        chart.exportCsv(path); // no lines: just the header
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(readAll(path), QByteArray("time\r\n"));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
