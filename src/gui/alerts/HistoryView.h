#pragma once

#include "HistoryExport.h"
#include "alerts/AlertTypes.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Ui {
class HistoryView;
}

namespace vigil {

class Clock;
class EmptyStateOverlay;
class HistoryModel;

// Every stored alert event with filters (time range, severity, kind, text), sorting and export.
// It never reads storage: filter changes go out as queryRequested(), results come back through
// setEvents(), and live events through appendEvents().
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    enum class Range { LastHour, LastDay, LastWeek, Last90Days, Custom };

    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    void setClock(const Clock *clock);
    void setRules(const QList<AlertRule> &rules);
    void setEvents(const QList<AlertEvent> &events);
    // Live events; those outside the current filters are ignored.
    void appendEvents(const QList<AlertEvent> &events);

    // The filters as a query, relative ranges ending now.
    EventQuery query() const;
    void setRange(Range range);
    void setCustomRange(qint64 fromMs, qint64 toMs);
    // Emits queryRequested(query()) at once (e.g. when the view is first shown).
    void requestQuery();

    // The rows as shown (filtered by storage, sorted by the view).
    QList<AlertEvent> shownEvents() const;
    // Writes shownEvents() on the thread pool; exportFinished() reports, errors also in a box.
    void exportTo(const QString &path, HistoryExport::Format format);
    bool isExporting() const { return m_exportWatcher.isRunning(); }

    HistoryModel *model() const { return m_model; }
    QTableView *tableView() const;
    QString countText() const;

Q_SIGNALS:
    void queryRequested(const vigil::EventQuery &query);
    void exportFinished(const QString &path, const QString &error);

private:
    void chooseExportPath(HistoryExport::Format format);
    void onExportFinished();
    void onFiltersChanged();
    void updateCount();

    std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EmptyStateOverlay *m_empty = nullptr;
    QTimer *m_textTimer;
    const Clock *m_clock;
    QFutureWatcher<HistoryExport::Result> m_exportWatcher;
    QString m_exportStatus;
};

} // namespace vigil
