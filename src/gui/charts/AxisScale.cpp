#include "AxisScale.h"

#include <algorithm>
#include <cmath>

namespace vigil {

QString axisUnitText(Unit unit, const QString &binaryPrefix)
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Bytes:
        return binaryPrefix + u'B';
    case Unit::BytesPerSecond:
        return binaryPrefix + QStringLiteral("B/s");
    case Unit::Celsius:
        return QStringLiteral("°C");
    case Unit::Seconds:
        return QStringLiteral("s");
    case Unit::Count:
    case Unit::None:
        break;
    }
    return {};
}

namespace {

// A "nice" step (1, 2 or 5 x 10^k) so that about `steps` steps cover v > 0.
double niceStep(double v, int steps)
{
    const double raw = v / steps;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * mag >= raw * (1 - 1e-9))
            return m * mag;
    }
    return 10.0 * mag;
}

int decimalsFor(double step)
{
    int decimals = 0;
    while (decimals < 6 && std::fabs(step - std::round(step)) > 1e-9) {
        step *= 10;
        ++decimals;
    }
    return decimals;
}

} // namespace

AxisScale autoAxisScale(double maxValue, Unit unit, int steps)
{
    AxisScale scale;
    QString prefix;
    if (unit == Unit::Bytes || unit == Unit::BytesPerSecond)
        scale.divisor = binaryScaleFor(maxValue, &prefix);
    scale.unitText = axisUnitText(unit, prefix);
    if (!(maxValue > 0))
        return scale; // idle or no data: 0..1 rather than 0.0..0.3
    // 5 % headroom so the highest line does not run along the frame.
    const double top = maxValue / scale.divisor * 1.05;
    scale.step = niceStep(top, std::max(steps, 1));
    scale.top = std::max(scale.step, std::ceil(top / scale.step - 1e-9) * scale.step);
    scale.decimals = decimalsFor(scale.step);
    return scale;
}

double outlierResistantMax(QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    const auto maxIt = std::max_element(values.begin(), values.end());
    const double maxValue = *maxIt;
    if (values.size() < 10)
        return maxValue;
    const auto nth = values.begin() + qsizetype(std::floor(0.99 * double(values.size() - 1)));
    std::nth_element(values.begin(), nth, values.end());
    return std::min(maxValue, *nth * 1.1);
}

} // namespace vigil
