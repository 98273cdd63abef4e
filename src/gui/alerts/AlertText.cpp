#include "AlertText.h"

#include "StatusIcon.h"
#include "series/SeriesRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPixmap>

namespace vigil::AlertText {

QIcon severityDot(Severity severity, bool hollow)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = severityColour(severity);
        const qreal pen = std::max(1.5, size / 8.0);
        p.setPen(QPen(colour, pen));
        p.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
        const qreal inset = size * 0.2;
        p.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Healthy:
        return QCoreApplication::translate("AlertText", "Healthy");
    case Severity::Warning:
        return QCoreApplication::translate("AlertText", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("AlertText", "Critical");
    case Severity::Unknown:
        break;
    }
    return QCoreApplication::translate("AlertText", "Unknown");
}

QString severityWord(Severity severity)
{
    // Lower case in English; the disambiguation keeps them apart from the capitalised titles.
    switch (severity) {
    case Severity::Healthy:
        return QCoreApplication::translate("AlertText", "healthy", "severity inside a sentence");
    case Severity::Warning:
        return QCoreApplication::translate("AlertText", "warning", "severity inside a sentence");
    case Severity::Critical:
        return QCoreApplication::translate("AlertText", "critical", "severity inside a sentence");
    case Severity::Unknown:
        break;
    }
    return QCoreApplication::translate("AlertText", "unknown", "severity inside a sentence");
}

QString eventKindText(AlertEventKind kind)
{
    switch (kind) {
    case AlertEventKind::Pending:
        return QCoreApplication::translate("AlertText", "Pending");
    case AlertEventKind::Firing:
        return QCoreApplication::translate("AlertText", "Firing");
    case AlertEventKind::Escalated:
        return QCoreApplication::translate("AlertText", "Escalated");
    case AlertEventKind::Deescalated:
        return QCoreApplication::translate("AlertText", "De-escalated");
    case AlertEventKind::Repeat:
        return QCoreApplication::translate("AlertText", "Repeat");
    case AlertEventKind::Resolved:
        return QCoreApplication::translate("AlertText", "Resolved");
    case AlertEventKind::Acknowledged:
        return QCoreApplication::translate("AlertText", "Acknowledged");
    }
    return {};
}

QString labelsText(const Labels &labels)
{
    QStringList parts;
    for (const Label &l : labels) {
        if (l.first != u"alertname")
            parts.append(l.first + u'=' + l.second);
    }
    return parts.join(QStringLiteral(", "));
}

QString labelsToolTip(const Labels &labels)
{
    QStringList lines;
    for (const Label &l : labels)
        lines.append(l.first + QStringLiteral(" = ") + l.second);
    return lines.join(u'\n');
}

QString durationText(qint64 ms, bool roundUp)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 s = roundUp ? (ms + 999) / 1000 : ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("AlertText", "%1s").arg(s);
    if (s < 3600) {
        if (s % 60 == 0)
            return QCoreApplication::translate("AlertText", "%1m").arg(s / 60);
        return QCoreApplication::translate("AlertText", "%1m %2s").arg(s / 60).arg(s % 60);
    }
    if (s < 86400)
        return QCoreApplication::translate("AlertText", "%1h %2m")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("AlertText", "%1d %2h")
        .arg(s / 86400)
        .arg((s % 86400) / 3600);
}

QString relativeTimeText(qint64 thenMs, qint64 nowMs)
{
    const qint64 ago = nowMs - thenMs;
    if (ago < 5000)
        return QCoreApplication::translate("AlertText", "just now");
    if (ago < 3600 * 1000)
        return QCoreApplication::translate("AlertText", "%1 ago")
            .arg(durationText(ago < 60000 ? ago : ago / 60000 * 60000));
    return QCoreApplication::translate("AlertText", "%1 ago").arg(durationText(ago));
}

QString absoluteTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Unit unitOfMetric(const QString &metric)
{
    static const SeriesRegistry registry = SeriesRegistry::withSystemSeries();
    return registry.info(metric).unit;
}

QString metricOfSelector(const QString &selector)
{
    const qsizetype brace = selector.indexOf(u'{');
    return (brace < 0 ? selector : selector.left(brace)).trimmed();
}

QString operatorText(CompareOp op)
{
    switch (op) {
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::GreaterEqual:
        return QStringLiteral("≥");
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::LessEqual:
        return QStringLiteral("≤");
    }
    return {};
}

} // namespace vigil::AlertText
