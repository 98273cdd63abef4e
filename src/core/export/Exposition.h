#pragma once

#include "series/SeriesId.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>

namespace vigil {

// Builds one Prometheus text-format 0.0.4 document. Guarantees what promtool does not check:
// every family has HELP and TYPE before its samples and is one contiguous group, no family is
// empty, no name + label set appears twice (the first one added wins), the document ends in
// "\n". Label values and HELP text are escaped; empty label values are left out, as Prometheus
// treats them as absent.
class Exposition
{
public:
    enum class Type { Counter, Gauge };

    // The first add() of a name fixes its type and help; a later add() with another type is
    // dropped (counted in droppedSamples()). Invalid metric or label names are dropped too.
    void add(const QString &name, Type type, const QString &help, const Labels &labels,
             double value);
    void add(const SeriesId &id, Type type, const QString &help, double value)
    {
        add(id.name(), type, help, id.labels(), value);
    }

    // Families sorted by name, samples within a family by label set.
    QByteArray render() const;
    int droppedSamples() const { return m_dropped; }
    qsizetype familyCount() const { return qsizetype(m_families.size()); }

    // Go float syntax: shortest round-trip digits, NaN, +Inf, -Inf.
    static QByteArray formatValue(double value);
    // HELP text: backslash and newline escaped.
    static QByteArray escapeHelp(const QString &help);

private:
    struct Family
    {
        Type type = Type::Gauge;
        QString help;
        QList<std::pair<Labels, double>> samples;
    };
    std::map<QString, Family> m_families;
    int m_dropped = 0;
};

} // namespace vigil
