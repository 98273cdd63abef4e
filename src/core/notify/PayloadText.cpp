#include "PayloadText.h"

#include "notify/Payloads.h"

#include "config/Duration.h"

#include <QDateTime>

namespace vigil::payload {

namespace {

constexpr QChar kEllipsis(0x2026);

QString labelValue(const Labels &labels, QLatin1String name)
{
    for (const auto &[n, v] : labels) {
        if (n == name)
            return v;
    }
    return QString();
}

qsizetype utf8Length(QChar c)
{
    const ushort u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800)
        return 2;
    if (c.isSurrogate())
        return 2; // a pair is 4 bytes
    return 3;
}

} // namespace

QString rfc3339(qint64 ms)
{
    return QDateTime::fromSecsSinceEpoch(ms / 1000, Qt::UTC).toString(Qt::ISODate);
}

QString humanDuration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    const auto pair = [](qint64 big, const char *bigUnit, qint64 small, const char *smallUnit) {
        QString out = QString::number(big) + QLatin1String(bigUnit);
        if (small > 0)
            out += QLatin1Char(' ') + QString::number(small) + QLatin1String(smallUnit);
        return out;
    };
    if (s < 60)
        return QString::number(s) + QLatin1Char('s');
    if (s < 3600)
        return pair(s / 60, "m", s % 60, "s");
    if (s < 86400)
        return pair(s / 3600, "h", s % 3600 / 60, "m");
    return pair(s / 86400, "d", s % 86400 / 3600, "h");
}

QString machineDuration(qint64 ms)
{
    return formatDuration(qMax<qint64>(0, ms / 1000 * 1000));
}

QString truncated(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    if (maxChars <= 0)
        return QString();
    qsizetype keep = maxChars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + kEllipsis;
}

QString truncatedUtf8(const QString &text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    for (const QChar c : text)
        bytes += utf8Length(c);
    if (bytes <= maxBytes)
        return text;
    const qsizetype budget = maxBytes - 3; // the ellipsis is 3 bytes
    if (budget < 0)
        return QString();
    qsizetype keep = 0;
    bytes = 0;
    while (keep < text.size() && bytes + utf8Length(text.at(keep)) <= budget) {
        bytes += utf8Length(text.at(keep));
        ++keep;
    }
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + kEllipsis;
}

QString slackEscaped(const QString &text, qsizetype maxChars)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return slackCut(escaped, maxChars);
}

QString slackCut(const QString &escaped, qsizetype maxChars)
{
    if (escaped.size() <= maxChars)
        return escaped;
    QString out = truncated(escaped, maxChars);
    const qsizetype amp = out.lastIndexOf(QLatin1Char('&'));
    if (amp >= 0 && out.indexOf(QLatin1Char(';'), amp) < 0)
        out = out.left(amp) + kEllipsis; // no half "&am"
    return out;
}

QString alertName(const NotifyAlert &alert)
{
    const QString name = labelValue(alert.labels, QLatin1String("alertname"));
    return name.isEmpty() ? alert.rule : name;
}

bool isResolved(const NotifyAlert &alert)
{
    return alert.kind == AlertEventKind::Resolved;
}

bool anyFiring(const NotifyMessage &message)
{
    for (const NotifyAlert &a : message.alerts) {
        if (!isResolved(a))
            return true;
    }
    return false;
}

Severity worstSeverity(const NotifyMessage &message)
{
    // Critical > Warning > Unknown > Healthy.
    const auto rank = [](Severity s) {
        return s == Severity::Critical  ? 3
               : s == Severity::Warning ? 2
               : s == Severity::Unknown ? 1
                                        : 0;
    };
    Severity worst = Severity::Healthy;
    for (const NotifyAlert &a : message.alerts) {
        if (!isResolved(a) && rank(a.severity) > rank(worst))
            worst = a.severity;
    }
    return worst;
}

qint64 firingDurationMs(const NotifyAlert &alert)
{
    qint64 end = alert.eventTimeMs;
    if (isResolved(alert) && alert.endsAtMs > 0)
        end = alert.endsAtMs;
    return qMax<qint64>(0, end - alert.startsAtMs);
}

QString statusTag(const NotifyAlert &alert)
{
    switch (alert.kind) {
    case AlertEventKind::Firing:
        return QStringLiteral("FIRING");
    case AlertEventKind::Escalated:
        return QStringLiteral("ESCALATED");
    case AlertEventKind::Deescalated:
        return QStringLiteral("DE-ESCALATED");
    case AlertEventKind::Repeat:
        return QStringLiteral("STILL FIRING");
    case AlertEventKind::Resolved:
        return QStringLiteral("RESOLVED");
    default:
        return alertEventKindName(alert.kind).toUpper();
    }
}

QString kindEmoji(const NotifyAlert &alert)
{
    switch (alert.kind) {
    case AlertEventKind::Escalated:
        return QStringLiteral("⏫");
    case AlertEventKind::Deescalated:
        return QStringLiteral("⏬");
    case AlertEventKind::Repeat:
        return QStringLiteral("🔁");
    case AlertEventKind::Resolved:
        return QStringLiteral("✅");
    default:
        return QStringLiteral("🔥");
    }
}

QString severityText(const NotifyAlert &alert)
{
    return severityName(alert.severity);
}

QString valueOf(const NotifyAlert &alert)
{
    return alert.valueText.isEmpty() ? QString::number(alert.value) : alert.valueText;
}

QString whatText(const NotifyAlert &alert)
{
    if (!alert.summary.isEmpty())
        return alert.summary;
    if (isResolved(alert))
        return QStringLiteral("back to ") + valueOf(alert);
    return valueOf(alert);
}

QString readingLine(const NotifyAlert &alert)
{
    QString out = isResolved(alert) ? QStringLiteral("Value back to ") : QStringLiteral("Value ");
    out += valueOf(alert);
    if (!alert.thresholdText.isEmpty())
        out += QStringLiteral(" (threshold ") + alert.thresholdText + QLatin1Char(')');
    const QString start = rfc3339(alert.startsAtMs);
    const QString event = rfc3339(alert.eventTimeMs);
    const QString lasted = humanDuration(firingDurationMs(alert));
    switch (alert.kind) {
    case AlertEventKind::Resolved:
        return out + QStringLiteral(", resolved at %1 after %2 (firing since %3)")
                         .arg(rfc3339(alert.endsAtMs > 0 ? alert.endsAtMs : alert.eventTimeMs),
                              lasted, start);
    case AlertEventKind::Repeat:
        return out + QStringLiteral(", still firing for %1 (since %2)").arg(lasted, start);
    case AlertEventKind::Escalated:
    case AlertEventKind::Deescalated:
        return out + QStringLiteral(", %1 to %2 at %3, firing since %4 (for %5)")
                         .arg(alert.kind == AlertEventKind::Escalated
                                  ? QStringLiteral("escalated")
                                  : QStringLiteral("de-escalated"),
                              severityText(alert), event, start, lasted);
    default:
        if (firingDurationMs(alert) >= 1000)
            return out + QStringLiteral(", firing since %1 (for %2)").arg(start, lasted);
        return out + QStringLiteral(", firing since ") + start;
    }
}

QString labelsText(const NotifyAlert &alert)
{
    QStringList parts;
    for (const auto &[name, value] : alert.labels) {
        if (name != QLatin1String("alertname"))
            parts << name + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1String(", "));
}

QString headline(const QString &name, const NotifyAlert &alert, const QString &host)
{
    const QString how = QStringLiteral(" (") + severityText(alert) + QStringLiteral(", ") +
                        valueOf(alert) + QLatin1Char(')');
    const QString lasted = humanDuration(firingDurationMs(alert));
    switch (alert.kind) {
    case AlertEventKind::Resolved:
        return QStringLiteral("%1 resolved on %2 after %3").arg(name, host, lasted);
    case AlertEventKind::Repeat:
        return QStringLiteral("%1 still firing on %2 for %3").arg(name, host, lasted) + how;
    case AlertEventKind::Escalated:
        return QStringLiteral("%1 escalated to %2 on %3 (%4)")
            .arg(name, severityText(alert), host, valueOf(alert));
    case AlertEventKind::Deescalated:
        return QStringLiteral("%1 de-escalated to %2 on %3 (%4)")
            .arg(name, severityText(alert), host, valueOf(alert));
    default:
        return QStringLiteral("%1 %2 on %3").arg(name, alertEventKindName(alert.kind), host) + how;
    }
}

QString groupedTitle(const NotifyAlert &alert)
{
    const QString tag =
        QLatin1Char('[') + statusTag(alert) + QStringLiteral("] ") + alertName(alert);
    if (isResolved(alert))
        return tag;
    return tag + QStringLiteral(" (") + severityText(alert) + QLatin1Char(')');
}

QString groupTitle(const NotifyMessage &message)
{
    qsizetype resolved = 0;
    for (const NotifyAlert &a : message.alerts)
        resolved += isResolved(a) ? 1 : 0;
    const qsizetype firing = message.alerts.size() - resolved;
    QStringList parts;
    if (firing > 0)
        parts << QStringLiteral("%1 firing").arg(firing);
    if (resolved > 0)
        parts << QStringLiteral("%1 resolved").arg(resolved);
    return QStringLiteral("%1 alerts on %2: %3")
        .arg(QString::number(message.alerts.size()), message.host, parts.join(QLatin1String(", ")));
}

QString moreText(qsizetype hidden)
{
    return QStringLiteral("and %1 more").arg(hidden);
}

QString messageTag(const NotifyMessage &message)
{
    return anyFiring(message) ? QStringLiteral("[FIRING] ") : QStringLiteral("[RESOLVED] ");
}

qsizetype listedCount(const NotifyMessage &message)
{
    return qMin<qsizetype>(message.alerts.size(), kMaxListedAlerts);
}

QStringList plainLines(const NotifyAlert &alert, const QString &host, bool withHost,
                       qsizetype textCap)
{
    QStringList lines;
    const QString what = truncated(whatText(alert), textCap);
    lines << (withHost ? QString(what + QStringLiteral(" on ") + host) : what);
    lines << readingLine(alert);
    if (const QString labels = labelsText(alert); !labels.isEmpty())
        lines << QStringLiteral("Labels: ") + truncated(labels, textCap);
    if (!alert.runbook.isEmpty())
        lines << QStringLiteral("Runbook: ") + truncated(alert.runbook, textCap);
    if (!alert.description.isEmpty())
        lines << truncated(alert.description, textCap);
    return lines;
}

QString plainMessage(const NotifyMessage &message, qsizetype textCap)
{
    if (message.alerts.size() == 1)
        return plainLines(message.alerts.first(), message.host, true, textCap)
            .join(QLatin1Char('\n'));
    QStringList blocks;
    for (qsizetype i = 0; i < message.alerts.size() && i < kMaxListedAlerts; ++i) {
        const NotifyAlert &a = message.alerts.at(i);
        blocks << groupedTitle(a) + QLatin1Char('\n') +
                      plainLines(a, message.host, false, textCap).join(QLatin1Char('\n'));
    }
    if (message.alerts.size() > kMaxListedAlerts)
        blocks << moreText(message.alerts.size() - kMaxListedAlerts);
    return blocks.join(QLatin1String("\n\n"));
}

QString pushTitle(const NotifyMessage &message)
{
    if (message.alerts.size() != 1)
        return groupTitle(message);
    const NotifyAlert &a = message.alerts.first();
    const QString name = alertName(a);
    const QString sev = QStringLiteral(" (") + severityText(a) + QLatin1Char(')');
    switch (a.kind) {
    case AlertEventKind::Resolved:
        return QStringLiteral("Resolved: ") + name;
    case AlertEventKind::Escalated:
        return name + QStringLiteral(" escalated") + sev;
    case AlertEventKind::Deescalated:
        return name + QStringLiteral(" de-escalated") + sev;
    case AlertEventKind::Repeat:
        return name + QStringLiteral(" still firing") + sev;
    default:
        return name + sev;
    }
}

QJsonObject amLabels(const NotifyAlert &alert, const QString &host)
{
    QJsonObject labels;
    for (const auto &[name, value] : alert.labels) {
        if (!value.isEmpty())
            labels.insert(name, value);
    }
    if (!labels.contains(QLatin1String("instance")) && !host.isEmpty())
        labels.insert(QStringLiteral("instance"), host);
    labels.insert(QStringLiteral("severity"), severityText(alert));
    return labels;
}

QString generatorUrl(const NotifyMessage &message, const NotifyAlert &alert)
{
    if (message.vigilUrl.isEmpty())
        return QString();
    QString base = message.vigilUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/alerts/") +
           QString::fromLatin1(QUrl::toPercentEncoding(alert.rule));
}

} // namespace vigil::payload
