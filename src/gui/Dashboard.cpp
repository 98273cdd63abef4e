#include "Dashboard.h"

#include "FilesystemPanel.h"
#include "charts/TimeSeriesChart.h"
#include "series/MetricStore.h"

#include <QFrame>
#include <QGridLayout>
#include <QTimer>

#include <algorithm>

namespace vigil {

namespace {

SeriesId sid(const char *name, const char *key = nullptr, const QString &value = {})
{
    const QString n = QLatin1String(name);
    if (!key)
        return SeriesId(n);
    return SeriesId(n, {{QLatin1String(key), value}});
}

QString latestText(const MetricStore &store, const SeriesId &id, Unit unit)
{
    const auto s = store.latest(id);
    return s ? formatValue(s->value, unit) : QStringLiteral("–");
}

QFrame *framed(QWidget *w)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(w);
    return frame;
}

// Lines for every series of a metric, one per value of a label, with "<value> <suffix>" names.
QList<ChartLine> linesPerLabel(const MetricStore &store, const QString &metric, const QString &key,
                               const QString &suffix)
{
    QList<ChartLine> lines;
    for (const SeriesId &id : store.seriesNamed(metric))
        lines.append({id, suffix.isEmpty() ? id.label(key) : id.label(key) + u' ' + suffix});
    return lines;
}

} // namespace

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent)
    , m_cpu(new TimeSeriesChart(tr("CPU"), Unit::Percent))
    , m_memory(new TimeSeriesChart(tr("Memory and swap"), Unit::Percent))
    , m_disk(new TimeSeriesChart(tr("Disk I/O"), Unit::BytesPerSecond))
    , m_network(new TimeSeriesChart(tr("Network"), Unit::BytesPerSecond))
    , m_load(new TimeSeriesChart(tr("Load average"), Unit::None))
    , m_temperature(new TimeSeriesChart(tr("Temperatures"), Unit::Celsius))
    , m_filesystems(new FilesystemPanel)
{
    m_cpu->setFixedRange(0, 100);
    m_memory->setFixedRange(0, 100);
    m_disk->setEmptyText(tr("No disks found, or waiting for a second sample."));
    m_network->setEmptyText(tr("No network interfaces found besides loopback."));
    m_temperature->setEmptyText(
        tr("No temperature sensors found.\nVirtual machines usually have none."));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(framed(m_cpu), 0, 0);
    grid->addWidget(framed(m_memory), 0, 1);
    grid->addWidget(framed(m_disk), 1, 0);
    grid->addWidget(framed(m_network), 1, 1);
    grid->addWidget(framed(m_load), 2, 0);
    grid->addWidget(framed(m_temperature), 2, 1);
    grid->addWidget(framed(m_filesystems), 3, 0, 1, 2);
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, 1);
    for (int r = 0; r < 3; ++r)
        grid->setRowStretch(r, 1); // charts take the height; the filesystem list only what it needs
    for (TimeSeriesChart *c : charts())
        connectChart(c);
}

QList<TimeSeriesChart *> Dashboard::charts() const
{
    return {m_cpu, m_memory, m_disk, m_network, m_load, m_temperature};
}

void Dashboard::connectChart(TimeSeriesChart *chart)
{
    connect(chart, &TimeSeriesChart::zoomRequested, this, [this](qint64 from, qint64 to) {
        for (TimeSeriesChart *c : charts())
            c->setZoom(from, to);
    });
    connect(chart, &TimeSeriesChart::zoomResetRequested, this, &Dashboard::resetZoom);
    connect(chart, &TimeSeriesChart::ignoreOutliersToggled, this, &Dashboard::setIgnoreOutliers);
    connect(chart, &TimeSeriesChart::exportFinished, this,
            [this](bool, const QString &message) { Q_EMIT statusMessage(message); });
    connect(chart, &TimeSeriesChart::plotAreaMoved, this, &Dashboard::scheduleAlignment);
}

void Dashboard::resetZoom()
{
    for (TimeSeriesChart *c : charts())
        c->resetZoom();
}

bool Dashboard::isZoomed() const
{
    return m_cpu->isZoomed();
}

void Dashboard::setIgnoreOutliers(bool on)
{
    // The CPU and memory axes are fixed and unaffected, but keep the same state.
    for (TimeSeriesChart *c : charts())
        c->setIgnoreOutliers(on);
    if (on == m_ignoreOutliers)
        return;
    m_ignoreOutliers = on;
    Q_EMIT ignoreOutliersChanged(on);
}

bool Dashboard::ignoresOutliers() const
{
    return m_ignoreOutliers;
}

void Dashboard::scheduleAlignment()
{
    // Plot areas change in bursts (every chart at a resize): align once they have settled.
    if (m_alignmentPending)
        return;
    m_alignmentPending = true;
    QTimer::singleShot(0, this, [this] {
        m_alignmentPending = false;
        alignPlotAreas();
    });
}

void Dashboard::alignPlotAreas()
{
    // Value labels differ in width ("100" against "0.5"): pad every plot area to the widest
    // chart's, so one moment sits at the same x in both columns of the grid.
    qreal left = 0;
    qreal right = 0;
    for (const TimeSeriesChart *c : charts()) {
        left = std::max(left, c->naturalPlotLeft());
        right = std::max(right, c->naturalPlotRightInset());
    }
    for (TimeSeriesChart *c : charts())
        c->alignPlotArea(left, right);
}

void Dashboard::setTimeWindow(qint64 ms)
{
    // Choosing a window means "show me the last N minutes": back to live.
    for (TimeSeriesChart *c : charts()) {
        c->setTimeWindow(ms);
        c->resetZoom();
    }
}

void Dashboard::setPerCoreCpu(bool perCore)
{
    m_perCore = perCore;
}

void Dashboard::updateLines(const MetricStore &store)
{
    QList<ChartLine> cpu{
        {sid("cpu_usage_percent", "cpu", QStringLiteral("total")), tr("Total")},
        {sid("cpu_iowait_percent", "cpu", QStringLiteral("total")), tr("I/O wait")}};
    if (m_perCore) {
        QList<SeriesId> cores = store.seriesNamed(QStringLiteral("cpu_usage_percent"));
        std::sort(cores.begin(), cores.end(), [](const SeriesId &a, const SeriesId &b) {
            return a.label(u"cpu").toInt() < b.label(u"cpu").toInt();
        });
        for (const SeriesId &id : std::as_const(cores)) {
            if (id.label(u"cpu") != u"total")
                cpu.append({id, tr("Core %1").arg(id.label(u"cpu"))});
        }
    }
    m_cpu->setLines(cpu);

    QList<ChartLine> memory{{sid("memory_used_percent"), tr("Memory")}};
    const auto swapTotal = store.latest(sid("swap_total_bytes"));
    if (swapTotal && swapTotal->value > 0)
        memory.append({sid("swap_used_percent"), tr("Swap")});
    m_memory->setLines(memory);

    const QString device = QStringLiteral("device");
    m_disk->setLines(
        linesPerLabel(store, QStringLiteral("disk_read_bytes_per_second"), device, tr("read")) +
        linesPerLabel(store, QStringLiteral("disk_write_bytes_per_second"), device, tr("write")));
    const QString iface = QStringLiteral("interface");
    m_network->setLines(
        linesPerLabel(store, QStringLiteral("network_receive_bytes_per_second"), iface, tr("in")) +
        linesPerLabel(store, QStringLiteral("network_transmit_bytes_per_second"), iface,
                      tr("out")));
    m_load->setLines(
        {{sid("load1"), tr("1 min")}, {sid("load5"), tr("5 min")}, {sid("load15"), tr("15 min")}});
    m_temperature->setLines(linesPerLabel(store, QStringLiteral("temperature_celsius"),
                                          QStringLiteral("sensor"), QString()));
}

void Dashboard::updateSummaries(const MetricStore &store)
{
    const qsizetype cores = store.seriesNamed(QStringLiteral("cpu_usage_percent")).size() - 1;
    m_cpu->setSummary(
        tr("%1 · %n core(s)", nullptr, int(std::max<qsizetype>(cores, 0)))
            .arg(latestText(store, sid("cpu_usage_percent", "cpu", QStringLiteral("total")),
                            Unit::Percent)));
    m_memory->setSummary(tr("%1 used of %2")
                             .arg(latestText(store, sid("memory_used_percent"), Unit::Percent),
                                  latestText(store, sid("memory_total_bytes"), Unit::Bytes)));
    m_load->setSummary(latestText(store, sid("load1"), Unit::None));
}

void Dashboard::refresh(const MetricStore &store, qint64 nowMs)
{
    updateLines(store);
    updateSummaries(store);
    for (TimeSeriesChart *c : charts())
        c->refresh(store, nowMs);
    m_filesystems->refresh(store);
}

} // namespace vigil
