#pragma once

#include "series/Sample.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>

class QImage;
class QIODevice;

namespace vigil {

struct CsvColumn
{
    QString header; // "eth0 in (B/s)"
    QList<Sample> samples;
};

// CSV (RFC 4180) of some lines: a "time" column in ISO 8601 UTC with milliseconds, then one
// column per line; one row per distinct sample time, an empty cell where a line has no sample.
// Values are written in full (shortest exact form), unscaled.
QByteArray chartCsv(const QList<CsvColumn> &columns);

// Writes a file through QSaveFile on a thread-pool thread, so the GUI thread never touches the
// disk. The future holds an error text, empty on success; nothing is left behind on failure.
QFuture<QString> saveInBackground(const QString &path,
                                  std::function<bool(QIODevice *device)> write);
QFuture<QString> savePngInBackground(const QString &path, const QImage &image);
QFuture<QString> saveCsvInBackground(const QString &path, const QList<CsvColumn> &columns);

} // namespace vigil
