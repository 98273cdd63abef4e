#pragma once

#include <QLabel>

class QAbstractItemView;

namespace vigil {

// A centred, greyed text over an item view's viewport, shown while its model has no rows
// ("No active alerts"). The header stays visible, so the columns still explain the view.
class EmptyStateOverlay final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateOverlay)

public:
    EmptyStateOverlay(QAbstractItemView *view, const QString &text);

    // Re-reads the model (call after replacing the view's model).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectModel();

    QAbstractItemView *m_view;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace vigil
