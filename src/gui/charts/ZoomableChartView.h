#pragma once

#include <QChartView>

class QRubberBand;

namespace vigil {

// A chart view that reports the mouse: movement (for the values under the cursor), a horizontal
// drag across the plot area (a time span to zoom to) and a double-click (back to live). The
// rubber band is our own rather than QChartView's, whose zoomIn() would rewrite the axis ranges
// behind the back of the chart's refresh.
class ZoomableChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomableChartView)

public:
    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    // Drags narrower than this many pixels are clicks, not zooms.
    static constexpr int kMinimumDragPixels = 5;

Q_SIGNALS:
    void hovered(QPointF position, QPoint globalPosition);
    // Left and right edge of a drag, in chart coordinates clamped to the plot area.
    void spanSelected(qreal left, qreal right);
    void resetRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    qreal clampToPlot(qreal x) const;
    void updateBand(qreal x);

    QRubberBand *m_band;
    qreal m_origin = 0;
    bool m_dragging = false;
};

} // namespace vigil
