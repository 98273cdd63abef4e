#pragma once

#include "alerts/AlertTypes.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace vigil {

// Alert history as CSV (RFC 4180) or JSON (an array of objects with stable keys), written off
// the GUI thread.
namespace HistoryExport {

enum class Format { Csv, Json };

struct Result
{
    QString path;
    qsizetype count = 0; // events written
    QString error;       // empty on success
    bool ok() const { return error.isEmpty(); }
};

QByteArray toCsv(const QList<AlertEvent> &events);
QByteArray toJson(const QList<AlertEvent> &events);
// One CSV field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QString csvField(const QString &text);

// Writes atomically (QSaveFile): on failure an existing file at `path` is left as it was.
Result write(const QString &path, Format format, const QList<AlertEvent> &events);
// write() on the thread pool; the events are copied, so the caller may change its own.
QFuture<Result> start(const QString &path, Format format, const QList<AlertEvent> &events);

} // namespace HistoryExport
} // namespace vigil
