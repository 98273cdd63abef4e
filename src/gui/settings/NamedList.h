#pragma once

// What the settings tables of named things (checks, channels) share: names must be unique,
// new ones get a free name, and a table reports each problem once.

#include <QList>
#include <QString>
#include <QStringList>

namespace vigil::namedlist {

// First row whose `name` is `name`, -1 when there is none.
template<typename T> int rowOfName(const QList<T> &items, const QString &name)
{
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).name == name)
            return row;
    }
    return -1;
}

// A name no item uses: base, base-2, base-3, ...
template<typename T> QString uniqueName(const QList<T> &items, const QString &base)
{
    if (rowOfName(items, base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (rowOfName(items, candidate) < 0)
            return candidate;
    }
}

// Another row has the same name as `row`.
template<typename T> bool isDuplicate(const QList<T> &items, int row)
{
    for (int other = 0; other < items.size(); ++other) {
        if (other != row && items.at(other).name == items.at(row).name)
            return true;
    }
    return false;
}

// problemOf(row) for every row, without empty ones and repeats.
template<typename F> QStringList distinctProblems(int rows, F problemOf)
{
    QStringList out;
    for (int row = 0; row < rows; ++row) {
        const QString p = problemOf(row);
        if (!p.isEmpty() && !out.contains(p))
            out.append(p);
    }
    return out;
}

} // namespace vigil::namedlist
