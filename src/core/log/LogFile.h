#pragma once

#include "LogEntry.h"

#include <QFile>
#include <QString>

namespace vigil {

// vigil.log in one directory, rotated by size: when the next line would take the file past
// maxBytes, vigil.log becomes vigil.log.1 (.1 becomes .2, ...) and the oldest beyond keepFiles
// in all is deleted. Used on the writer thread only.
class LogFile final
{
    Q_DISABLE_COPY_MOVE(LogFile)

public:
    static constexpr qint64 kDefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int kDefaultKeepFiles = 5; // vigil.log and vigil.log.1 … .4

    LogFile(const QString &directory, qint64 maxBytes = kDefaultMaxBytes,
            int keepFiles = kDefaultKeepFiles);

    QString path() const;
    // Appends whole lines (each ending in '\n'), rotating between lines as needed. On failure
    // the reason is in *error and the file is opened again on the next call.
    bool append(const QList<QByteArray> &lines, QString *error);

    struct Tail
    {
        QList<LogEntry> entries;
        int unreadable = 0; // lines that were not Vigil log lines (a torn last line, ...)
        QString error;      // the file exists but could not be read
    };
    // The last (at most) maxEntries entries of the file at path, oldest first.
    static Tail readTail(const QString &path, int maxEntries);

private:
    bool open(QString *error);
    bool rotate(QString *error);

    QString m_directory;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
};

} // namespace vigil
