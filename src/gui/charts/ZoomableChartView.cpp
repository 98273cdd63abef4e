#include "ZoomableChartView.h"

#include <QMouseEvent>
#include <QRubberBand>

#include <algorithm>
#include <cmath>

namespace vigil {

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing, true);
    setRubberBand(QChartView::NoRubberBand);
    m_band->hide();
}

qreal ZoomableChartView::clampToPlot(qreal x) const
{
    const QRectF area = chart()->plotArea();
    return std::clamp(x, area.left(), area.right());
}

void ZoomableChartView::updateBand(qreal x)
{
    const QRectF area = chart()->plotArea();
    const qreal left = std::min(m_origin, clampToPlot(x));
    const qreal right = std::max(m_origin, clampToPlot(x));
    m_band->setGeometry(QRectF(left, area.top(), right - left, area.height()).toRect());
}

void ZoomableChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_dragging = true;
        m_origin = event->position().x();
        updateBand(m_origin);
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        updateBand(event->position().x());
    Q_EMIT hovered(event->position(), event->globalPosition().toPoint());
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_band->hide();
    const qreal end = clampToPlot(event->position().x());
    if (std::fabs(end - m_origin) >= kMinimumDragPixels)
        Q_EMIT spanSelected(std::min(m_origin, end), std::max(m_origin, end));
    event->accept();
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        m_band->hide();
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

} // namespace vigil
