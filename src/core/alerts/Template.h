#pragma once

#include "series/SeriesId.h"
#include "series/Unit.h"

#include <QList>
#include <QString>

namespace vigil {

// What a rule's summary and description can refer to.
struct TemplateValues
{
    Labels labels;
    double value = 0;
    double threshold = 0;
    Unit unit = Unit::None; // of the series: formats $value and $threshold
    qint64 forMs = 0;
};

// A summary or description template: {{ $value }}, {{ $threshold }}, {{ $for }} and
// {{ $labels.name }} (spaces inside the braces optional). Parsed once, rendered per event.
// Unknown placeholders stay literal and a label the alert lacks renders as ""; each warns once
// per (context, name) through vigil.alerts, however often it is rendered.
class Template
{
public:
    Template() = default;
    // context names the owner in warnings, normally the rule name.
    Template(const QString &text, const QString &context);

    QString render(const TemplateValues &values) const;
    bool isEmpty() const { return m_parts.isEmpty(); }

    // The unit of a system series by name (SeriesRegistry::withSystemSeries()); None if unknown.
    static Unit unitOf(const QString &metric);

private:
    enum class Kind { Literal, Value, Threshold, For, Label };
    struct Part
    {
        Kind kind = Kind::Literal;
        QString text; // the literal, or the label name
    };
    QList<Part> m_parts;
    QString m_context;
};

} // namespace vigil
