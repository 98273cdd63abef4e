#pragma once

#include <QWidget>

namespace vigil {

class FilesystemPanel;
class MetricStore;
class TimeSeriesChart;

// The grid of live panels: CPU, memory, disk I/O, network, load, temperatures, filesystems.
// Lines for disks, interfaces and sensors appear as the store learns about them. The charts move
// together: zooming one zooms all to the same span, "Ignore outliers" applies to all, and their
// plot areas are padded so the time axes line up down the grid.
class Dashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dashboard)

public:
    explicit Dashboard(QWidget *parent = nullptr);

    void setTimeWindow(qint64 ms);
    void setPerCoreCpu(bool perCore);
    void refresh(const MetricStore &store, qint64 nowMs);
    QList<TimeSeriesChart *> charts() const;

    void setIgnoreOutliers(bool on);
    bool ignoresOutliers() const;
    bool isZoomed() const;
    void resetZoom();

    TimeSeriesChart *cpuChart() const { return m_cpu; }
    TimeSeriesChart *memoryChart() const { return m_memory; }
    TimeSeriesChart *diskChart() const { return m_disk; }
    TimeSeriesChart *networkChart() const { return m_network; }
    TimeSeriesChart *loadChart() const { return m_load; }
    TimeSeriesChart *temperatureChart() const { return m_temperature; }
    FilesystemPanel *filesystemPanel() const { return m_filesystems; }

Q_SIGNALS:
    // An export finished or failed; for the status bar.
    void statusMessage(const QString &message);
    void ignoreOutliersChanged(bool on);

private:
    void connectChart(TimeSeriesChart *chart);
    void scheduleAlignment();
    void alignPlotAreas();
    void updateLines(const MetricStore &store);
    void updateSummaries(const MetricStore &store);

    TimeSeriesChart *m_cpu;
    TimeSeriesChart *m_memory;
    TimeSeriesChart *m_disk;
    TimeSeriesChart *m_network;
    TimeSeriesChart *m_load;
    TimeSeriesChart *m_temperature;
    FilesystemPanel *m_filesystems;
    bool m_perCore = false;
    bool m_alignmentPending = false;
    bool m_ignoreOutliers = false;
};

} // namespace vigil
