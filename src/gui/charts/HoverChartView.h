#pragma once

#include <QChartView>
#include <QMouseEvent>

#include <functional>

namespace vigil {

// A chart view that reports mouse movement, so its owner can show the values under the cursor.
class HoverChartView final : public QChartView
{
public:
    HoverChartView(QChart *chart, std::function<void(QMouseEvent *)> onMove)
        : QChartView(chart)
        , m_onMove(std::move(onMove))
    {
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing, true);
    }

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        m_onMove(event);
        QChartView::mouseMoveEvent(event);
    }

private:
    std::function<void(QMouseEvent *)> m_onMove;
};

} // namespace vigil
