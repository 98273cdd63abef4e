#pragma once

#include "checks/CheckTypes.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace vigil {

class MetricStore;
class TimeSeriesChart;

// The details of one service check under the checks table: what it checks, its state, a chart
// of its latency over the last hour, its recent results (with request IDs to copy) and a
// "Run now" button.
class CheckDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckDetailPane)

public:
    enum ResultColumn {
        TimeColumn,
        StatusColumn,
        LatencyColumn,
        HttpColumn,
        MessageColumn,
        RequestIdColumn,
        ResultColumnCount
    };

    explicit CheckDetailPane(QWidget *parent = nullptr);
    ~CheckDetailPane() override;

    void setState(const CheckState &state, qint64 nowMs);
    // Recent results of this check, oldest first (shown newest first).
    void setResults(const QList<CheckResult> &results);
    // Redraws the latency chart from the in-memory samples (nullptr: nothing to show).
    void refreshChart(const MetricStore *store, qint64 nowMs);

    QString checkName() const { return m_state.spec.name; }
    const CheckState &state() const { return m_state; }
    TimeSeriesChart *chart() const { return m_chart; }
    QTableWidget *resultsTable() const { return m_results; }
    QPushButton *runNowButton() const { return m_runNow; }
    // The request ID and traceparent of the selected (or newest) result, as shown.
    QString traceText() const;

Q_SIGNALS:
    void closeRequested();
    void runNowRequested(const QString &check);

private:
    void updateTexts();
    void updateTrace();
    void copyColumn(int column);
    const CheckResult *selectedResult() const;

    CheckState m_state;
    QList<CheckResult> m_resultList; // newest first, as in the table
    qint64 m_nowMs = 0;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_target;
    QLabel *m_schedule;
    QLabel *m_uptime;
    QLabel *m_message;
    QLabel *m_trace;
    QPushButton *m_runNow;
    QToolButton *m_close;
    QTableWidget *m_results;
    QMenu *m_resultsMenu;
    TimeSeriesChart *m_chart;
};

} // namespace vigil
