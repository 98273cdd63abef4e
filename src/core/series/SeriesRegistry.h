#pragma once

#include "Unit.h"

#include <QHash>
#include <QString>

namespace vigil {

enum class SeriesKind { Gauge, Counter };

struct SeriesInfo
{
    Unit unit = Unit::None;
    SeriesKind kind = SeriesKind::Gauge;
    QString help;
};

// Metadata per metric name (not per label set): unit, kind, help text.
class SeriesRegistry
{
public:
    void add(const QString &name, const SeriesInfo &info) { m_infos.insert(name, info); }
    bool contains(const QString &name) const { return m_infos.contains(name); }
    // Unknown names get a unit-less gauge with empty help.
    SeriesInfo info(const QString &name) const { return m_infos.value(name); }
    QList<QString> names() const { return m_infos.keys(); }

    // The series the system collector produces (see docs/series.md).
    static SeriesRegistry withSystemSeries();

private:
    QHash<QString, SeriesInfo> m_infos;
};

} // namespace vigil
