#include "Unit.h"

#include <cmath>

namespace vigil {

QString unitName(Unit unit)
{
    switch (unit) {
    case Unit::None:
        return QStringLiteral("none");
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Bytes:
        return QStringLiteral("bytes");
    case Unit::BytesPerSecond:
        return QStringLiteral("bytes_per_second");
    case Unit::Seconds:
        return QStringLiteral("seconds");
    case Unit::Celsius:
        return QStringLiteral("celsius");
    case Unit::Count:
        return QStringLiteral("count");
    }
    return QStringLiteral("none");
}

double binaryScaleFor(double maxValue, QString *prefix)
{
    static const char *const prefixes[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
    double divisor = 1.0;
    int i = 0;
    while (std::fabs(maxValue) / divisor >= 1024.0 && i < 5) {
        divisor *= 1024.0;
        ++i;
    }
    if (prefix)
        *prefix = QString::fromLatin1(prefixes[i]);
    return divisor;
}

namespace {

QString number(double v)
{
    // Three significant digits read well in a table: 1.23, 12.3, 123.
    const double a = std::fabs(v);
    const int decimals = a >= 100 || a == 0 ? 0 : a >= 10 ? 1 : 2;
    return QString::number(v, 'f', decimals);
}

QString formatBytes(double v, const char *suffix)
{
    QString prefix;
    const double divisor = binaryScaleFor(v, &prefix);
    if (divisor == 1.0)
        return QString::number(v, 'f', 0) + u' ' + u'B' + QLatin1String(suffix);
    return number(v / divisor) + u' ' + prefix + u'B' + QLatin1String(suffix);
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    if (s < 60)
        return QString::number(s) + u's';
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10,
                                                           QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600, 2, 10,
                                                        QLatin1Char('0'));
}

} // namespace

QString formatValue(double value, Unit unit)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    switch (unit) {
    case Unit::Percent:
        return QString::number(value, 'f', 1) + QStringLiteral(" %");
    case Unit::Bytes:
        return formatBytes(value, "");
    case Unit::BytesPerSecond:
        return formatBytes(value, "/s");
    case Unit::Seconds:
        return formatDuration(value);
    case Unit::Celsius:
        return QString::number(value, 'f', 1) + QStringLiteral(" °C");
    case Unit::Count:
        return QString::number(value, 'f', 0);
    case Unit::None:
        break;
    }
    return number(value);
}

} // namespace vigil
