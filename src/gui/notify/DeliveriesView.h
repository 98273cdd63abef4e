#pragma once

#include "notify/Outbox.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMessageBox;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Ui {
class DeliveriesView;
}

namespace vigil {

class Clock;
class DeliveryModel;

// The Deliveries tab: the notification outbox (pending, sending, sent, failed) with attempts,
// next retry and last error, a text and state filter, and "Retry now" / "Discard". Data comes
// in through setItems(); what the user wants goes out through signals: the engine acts on the
// notify thread and answers with a new list. The view changes no state itself.
class DeliveriesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesView)

public:
    explicit DeliveriesView(QWidget *parent = nullptr);
    ~DeliveriesView() override;

    DeliveryModel *model() const { return m_model; }
    void setClock(const Clock *clock);
    QTableView *tableView() const;
    // The id of the selected delivery, 0 when none is selected.
    qint64 currentId() const;
    bool selectId(qint64 id);
    bool isEmptyStateShown() const;
    QString emptyStateText() const;
    QString summaryText() const;
    // The open "Discard?" question, or null.
    QMessageBox *discardQuestion() const;

public Q_SLOTS:
    void setItems(const QList<vigil::OutboxItem> &items);
    // Notifications are off (no outbox opened): the empty state says so.
    void setUnavailable(const QString &reason);
    void retrySelected();
    void discardSelected();

Q_SIGNALS:
    void retryRequested(qint64 id);
    void discardRequested(qint64 id);
    // Shown: the list should be refreshed (Engine::refreshDeliveries).
    void refreshRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateSummary();
    void updateEmptyState();

    std::unique_ptr<Ui::DeliveriesView> m_ui;
    DeliveryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_emptyLabel;
    QTimer *m_timer;
    const Clock *m_clock;
    QString m_unavailable;
    QMessageBox *m_question = nullptr;
};

} // namespace vigil
