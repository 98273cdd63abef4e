#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace Ui {
class ChecksView;
}

namespace vigil {

class CheckDetailPane;
class CheckFilterProxy;
class CheckModel;
class Clock;
class MetricStore;

// The Checks tab: every configured service check in a sortable, filterable table with its
// status, latency, uptime and last message; Run now, Copy and Edit actions; and a detail pane
// with the latency chart and recent results. Data comes in through model(); what the user wants
// goes out through signals (the view changes no state itself).
class ChecksView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksView)

public:
    explicit ChecksView(QWidget *parent = nullptr);
    ~ChecksView() override;

    // Feed it from the engine: setStates / updateState / addResult.
    CheckModel *model() const { return m_model; }
    // Samples for the latency chart; must outlive the view (or be reset to nullptr).
    void setStore(const MetricStore *store);
    // Time source of the relative "last checked" column (default: the system clock).
    void setClock(const Clock *clock);

    // Selects the check and opens its details.
    bool showCheck(const QString &name);
    void closeDetails();
    QString currentCheck() const;
    bool isDetailShown() const;
    bool isEmptyStateShown() const;
    QString emptyStateText() const;
    QString summaryText() const;

    QTableView *tableView() const;
    CheckDetailPane *detailPane() const;
    QPushButton *emptyStateButton() const;
    QMenu *contextMenu() const { return m_contextMenu; }
    QAction *runNowAction() const { return m_runNow; }
    QAction *copyAction() const { return m_copy; }
    QAction *editAction() const { return m_edit; }
    QAction *detailsAction() const { return m_details; }

Q_SIGNALS:
    void runNowRequested(const QString &check);
    // Open the settings on this check (Edit…).
    void editRequested(const QString &check);
    // Open the settings to add a check (the empty state's button).
    void addRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onRunNow();
    void onCopy();
    void onEdit();
    void onDetails();
    void onTick();
    void onModelChanged();
    void onResultAdded(const QString &check);
    void updateActions();
    void updateSummary();
    void updateEmptyState();
    void updateDetails();

    std::unique_ptr<Ui::ChecksView> m_ui;
    CheckModel *m_model;
    CheckFilterProxy *m_proxy;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyButton;
    QMenu *m_contextMenu;
    QAction *m_runNow;
    QAction *m_copy;
    QAction *m_edit;
    QAction *m_details;
    QAction *m_closeDetails;
    QTimer *m_timer;
    const MetricStore *m_store = nullptr;
    const Clock *m_clock;
    QString m_detailName;
};

} // namespace vigil
