#include "EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>

namespace vigil {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyStateLabel"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    view->viewport()->installEventFilter(this);
    connectModel();
    refresh();
}

void EmptyStateOverlay::connectModel()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        m_connections.append(connect(model, signal, this, &EmptyStateOverlay::refresh));
    m_connections.append(
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::refresh));
    m_connections.append(
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::refresh));
}

void EmptyStateOverlay::refresh()
{
    if (m_connections.isEmpty() && m_view->model())
        connectModel();
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(empty);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace vigil
