#pragma once

#include "series/Unit.h"

#include <QList>
#include <QString>

namespace vigil {

// How a value axis that follows its data is scaled and labelled.
struct AxisScale
{
    double divisor = 1.0; // values are divided by this (1024^n for bytes)
    QString unitText;     // axis title: "%", "MiB/s", "°C", "" for plain numbers
    double top = 1.0;     // range is [0, top]
    double step = 0.5;    // tick interval, 1/2/5 x 10^k
    int decimals = 1;     // label decimals that show every tick exactly
};

// Unit text for an axis, with a binary prefix for byte units ("Ki", "Mi", ...).
QString axisUnitText(Unit unit, const QString &binaryPrefix = {});

// Scale for data whose largest value is maxValue, with about `steps` ticks above zero.
// No data or all zero gives a plain 0..1 axis.
AxisScale autoAxisScale(double maxValue, Unit unit, int steps);

// The top for a Y axis that ignores outliers: the 99th percentile of the values with 10 %
// headroom, never above their maximum. Fewer than 10 values give their maximum (a percentile of
// a handful of points would hide real data). Values are reordered.
double outlierResistantMax(QList<double> &values);

} // namespace vigil
