#pragma once

#include <QString>

namespace vigil {

enum class Unit {
    None,
    Percent,
    Bytes,
    BytesPerSecond,
    Seconds,
    Celsius,
    Count,
};

// Machine name used in JSON output ("percent", "bytes", "bytes_per_second", ...).
QString unitName(Unit unit);

// Human formatting with binary prefixes for bytes: "97.3 %", "1.50 GiB", "12.0 MiB/s", "2h 03m".
// Uses the C locale so reports are stable; GUI callers may pass their own locale-formatted text.
QString formatValue(double value, Unit unit);

// Picks a binary scale for a byte quantity so the largest value stays below 1024 of that unit:
// returns the divisor and writes the prefix ("", "Ki", "Mi", "Gi", "Ti") into *prefix.
double binaryScaleFor(double maxValue, QString *prefix);

} // namespace vigil
