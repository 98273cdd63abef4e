#pragma once

#include "alerts/AlertTypes.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QToolButton;

namespace vigil {

class MetricStore;
class TimeSeriesChart;

// The details of one alert under the alerts table: labels, summary, description, runbook,
// value, thresholds, state timeline and a chart of its series around the alert.
class AlertDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDetailPane)

public:
    explicit AlertDetailPane(QWidget *parent = nullptr);
    ~AlertDetailPane() override;

    // rule: for the thresholds and `for`; may be unknown.
    void setAlert(const Alert &alert, const std::optional<AlertRule> &rule, qint64 nowMs);
    // Stored transitions of this alert, for the timeline (any order; other fingerprints ignored).
    void setHistory(const QList<AlertEvent> &events);
    // Redraws the chart from the in-memory samples (nullptr: no samples to show).
    void refreshChart(const MetricStore *store, qint64 nowMs);

    QString fingerprint() const { return m_alert.fingerprint; }
    const Alert &alert() const { return m_alert; }
    QString timelineText() const;
    TimeSeriesChart *chart() const { return m_chart; }

Q_SIGNALS:
    void closeRequested();

private:
    void updateTexts();
    void updateTimeline();
    void rebuildChart();

    Alert m_alert;
    std::optional<AlertRule> m_rule;
    QList<AlertEvent> m_history;
    qint64 m_nowMs = 0;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_summary;
    QLabel *m_description;
    QLabel *m_labels;
    QLabel *m_value;
    QLabel *m_thresholds;
    QLabel *m_runbook;
    QLabel *m_timeline;
    QToolButton *m_close;
    QWidget *m_chartHolder;
    TimeSeriesChart *m_chart = nullptr;
    QString m_chartKey; // series + unit the current chart was made for
};

} // namespace vigil
