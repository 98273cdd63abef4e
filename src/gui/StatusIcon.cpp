#include "StatusIcon.h"

#include <QPainter>
#include <QPixmap>

// The .qrc is compiled into a static library: register it explicitly before first use.
static void initVigilResources()
{
    Q_INIT_RESOURCE(vigil);
}

namespace vigil {

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Healthy:
        return QColor(0x2ca02c);
    case Severity::Warning:
        return QColor(0xff7f0e);
    case Severity::Critical:
        return QColor(0xd62728);
    case Severity::Unknown:
        break;
    }
    return QColor(0x7f7f7f);
}

QIcon applicationIcon()
{
    static const bool registered = (initVigilResources(), true);
    Q_UNUSED(registered)
    return QIcon(QStringLiteral(":/icons/vigil.svg"));
}

QIcon statusIcon(Severity severity)
{
    const QIcon base = applicationIcon();
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm = base.pixmap(size, size);
        if (pm.isNull()) {
            pm = QPixmap(size, size);
            pm.fill(Qt::transparent);
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal r = size * 0.22;
        const QPointF centre(size - r - 0.5, size - r - 0.5);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        p.setBrush(severityColour(severity));
        p.drawEllipse(centre, r, r);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace vigil
