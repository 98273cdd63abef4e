#pragma once

// Strict parser for the Prometheus text exposition format 0.0.4
// (prometheus/docs docs/instrumenting/exposition_formats.md; docs/reference INTEROP.md §5.1).
//
// Rules enforced, each violation reported as "line N: ..." with the line skipped and the rest
// kept, so a scrape with one bad line still yields its good lines:
//  * UTF-8 only, "\n" line ends; the last line must end in "\n" (an unterminated last line may be
//    a cut transfer, so it is reported as "missing final newline" and not used);
//  * "# HELP name text" (escapes \\ and \n) and "# TYPE name counter|gauge|histogram|summary|
//    untyped" at most once per name, TYPE before the first sample of that name; any other line
//    starting with '#' is a comment;
//  * samples `name{label="value",...} value [timestamp]`: names validated as by SeriesId, label
//    values with the escapes \\, \" and \n only, no label twice, "__name__" reserved; values in Go
//    float syntax (1, -1.5e3, .5, NaN, +Inf, -Inf, case-insensitive as Go; no hex, no "_");
//    optional integer timestamp in milliseconds;
//  * the same name + label set twice is an error and only the first is kept;
//  * histogram/summary children (_bucket, _sum, _count, _created) join their base family once
//    its TYPE is known; a histogram _bucket needs a numeric "le", a summary base sample a numeric
//    "quantile", and a histogram sample needs one of the suffixes.
// As in Prometheus, a label with an empty value is the same as no label and is dropped. A family
// split into non-adjacent groups is accepted (Prometheus 2.42 accepts it too) and merged.
//
// Work is bounded: lines longer than MaxLineBytes are skipped unread, at most MaxErrors messages
// are kept, and parse(text, maxSamples) stops after maxSamples samples.

#include "series/SeriesId.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigil::promtext {

// Longest accepted line in bytes (without its "\n"). It bounds what one sample can cost;
// node_exporter's longest line is a few hundred bytes.
constexpr qsizetype MaxLineBytes = 64 * 1024;
// Most error messages kept; a last message then says how many more there were.
constexpr qsizetype MaxErrors = 100;
// Most characters of user text an error message repeats (longer text ends with "…").
constexpr qsizetype MaxQuotedText = 80;

enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

// "untyped", "counter", ...; parseable TYPE keywords.
QString metricTypeName(MetricType type);

struct PromSample
{
    SeriesId id; // full sample name, e.g. "http_duration_seconds_bucket", with its labels
    double value = 0.0;
    std::optional<qint64> timestampMs;
};

// One metric family, in order of first appearance; samples in exposition order. A name seen only
// in HELP / TYPE lines gives a family without samples.
struct Family
{
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    QList<PromSample> samples;
};

struct ParseResult
{
    QList<Family> families;
    QStringList errors; // "line 7: invalid escape \"\\t\" in the value of label \"path\""

    bool ok() const { return errors.isEmpty(); }
    qsizetype sampleCount() const;
    // The family with this exact name, or nullptr.
    const Family *family(QStringView name) const;
};

// Parses one exposition. maxSamples < 0 means no limit; once more than maxSamples samples are
// found, parsing stops with the error "line N: more than <maxSamples> samples".
ParseResult parse(QByteArrayView text, qsizetype maxSamples = -1);

} // namespace vigil::promtext
