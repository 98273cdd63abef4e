#pragma once

#include "alerts/AlertTypes.h"

#include <QWidget>

#include <memory>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class AlertsView;
}

namespace vigil {

class AlertDetailPane;
class AlertModel;
class Clock;
class EmptyStateOverlay;
class MetricStore;

// The active alerts: a sortable table (worst first) with acknowledge, silence, copy and runbook
// actions, and a detail pane with the series chart. Data comes in through setters; what the user
// wants goes out through signals (the view changes no state itself).
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    explicit AlertsView(QWidget *parent = nullptr);
    ~AlertsView() override;

    void setRules(const QList<AlertRule> &rules);
    void setAlerts(const QList<Alert> &alerts, qint64 nowMs);
    void tick(qint64 nowMs);
    // Samples for the detail chart; must outlive the view (or be reset to nullptr).
    void setStore(const MetricStore *store);
    // Time source of the silence dialog (default: the system clock).
    void setClock(const Clock *clock);
    // Stored events of one alert, for the detail pane's timeline (answer to showAlertRequested).
    void setAlertHistory(const QString &fingerprint, const QList<AlertEvent> &events);
    // Selects the alert and opens its details (e.g. after a click on its notification).
    bool showAlert(const QString &fingerprint);
    void closeDetails();

    QString currentFingerprint() const;
    bool isDetailShown() const;
    QString summaryText() const;

    AlertModel *model() const { return m_model; }
    QTableView *tableView() const;
    AlertDetailPane *detailPane() const;
    QMenu *contextMenu() const { return m_contextMenu; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *silenceAction() const { return m_silence; }
    QAction *copyAction() const { return m_copy; }
    QAction *runbookAction() const { return m_runbook; }
    QAction *detailsAction() const { return m_details; }

Q_SIGNALS:
    void acknowledgeRequested(const QString &fingerprint);
    void silenceRequested(const vigil::Silence &silence);
    // The user opened an alert's details; answer with setAlertHistory() for its timeline.
    void showAlertRequested(const QString &fingerprint);

private:
    void onAcknowledge();
    void onSilence();
    void onCopy();
    void onRunbook();
    void onDetails();
    void updateActions();
    void updateSummary();
    void updateDetails();

    std::unique_ptr<Ui::AlertsView> m_ui;
    AlertModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EmptyStateOverlay *m_empty = nullptr;
    QMenu *m_contextMenu;
    QAction *m_acknowledge;
    QAction *m_silence;
    QAction *m_copy;
    QAction *m_runbook;
    QAction *m_details;
    QAction *m_closeDetails;
    const MetricStore *m_store = nullptr;
    const Clock *m_clock;
    QString m_detailFingerprint;
};

} // namespace vigil
