#include "ChartExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace vigil {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vigil::ChartExport", text);
}

} // namespace

QByteArray chartCsv(const QList<CsvColumn> &columns)
{
    QByteArray out = "time";
    for (const CsvColumn &c : columns)
        out += ',' + csvField(c.header);
    out += "\r\n";
    // time -> one cell per column; std::map keeps the rows in time order.
    std::map<qint64, QList<QByteArray>> rows;
    for (qsizetype col = 0; col < columns.size(); ++col) {
        for (const Sample &s : columns[col].samples) {
            QList<QByteArray> &cells = rows[s.timeMs];
            cells.resize(columns.size());
            cells[col] = QByteArray::number(s.value, 'g', QLocale::FloatingPointShortest);
        }
    }
    for (const auto &[timeMs, cells] : rows) {
        out += QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        for (const QByteArray &cell : cells)
            out += ',' + cell;
        out += "\r\n";
    }
    return out;
}

QFuture<QString> saveInBackground(const QString &path, std::function<bool(QIODevice *device)> write)
{
    return QtConcurrent::run([path, write = std::move(write)]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (!write(&file)) {
            const QString error = file.errorString();
            file.cancelWriting();
            return error.isEmpty() || error == QLatin1String("Unknown error")
                       ? tr("the data could not be encoded")
                       : error;
        }
        if (!file.commit())
            return file.errorString();
        return QString();
    });
}

QFuture<QString> savePngInBackground(const QString &path, const QImage &image)
{
    // QImage is implicitly shared and reentrant: encoding a copy on another thread is safe.
    return saveInBackground(path, [image](QIODevice *device) { return image.save(device, "PNG"); });
}

QFuture<QString> saveCsvInBackground(const QString &path, const QList<CsvColumn> &columns)
{
    return saveInBackground(path, [columns](QIODevice *device) {
        const QByteArray csv = chartCsv(columns);
        return device->write(csv) == csv.size();
    });
}

} // namespace vigil
