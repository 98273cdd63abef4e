#pragma once

#include <QString>
#include <QStringView>

namespace vigil {

// Durations as people write them in the configuration and on the command line:
// "500ms", "30s", "5m", "1h", "1d" and compounds such as "1h30m" or "1s500ms".
// Units go from largest to smallest, each at most once; no sign, no fractions, no spaces.

// Parses text into milliseconds. On failure returns false, leaves *ms untouched and writes a
// short reason (without the input) into *error when given.
bool parseDuration(QStringView text, qint64 *ms, QString *error = nullptr);

// The shortest exact form, largest units first: 1000 -> "1s", 90000 -> "1m30s", 500 -> "500ms",
// 0 -> "0s". Negative values are formatted with a leading '-' (which parseDuration rejects).
QString formatDuration(qint64 ms);

enum class DurationStatus {
    Ok,
    Invalid,  // not a duration: empty, no unit, unknown unit, negative, ...
    TooLarge, // well formed, but does not fit in a qint64 count of milliseconds
};

// Like parseDuration(), but tells "not a duration" apart from "too large".
DurationStatus parseDurationStatus(QStringView text, qint64 *ms, QString *error = nullptr);

} // namespace vigil
