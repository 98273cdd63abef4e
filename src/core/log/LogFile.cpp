#include "LogFile.h"

#include <QDir>
#include <QFileInfo>

namespace vigil {

namespace {
const QString kFileName = QStringLiteral("vigil.log");
// Enough bytes for a few thousand typical lines without reading a 10 MB file whole.
constexpr qint64 kTailBytesPerEntry = 512;
} // namespace

LogFile::LogFile(const QString &directory, qint64 maxBytes, int keepFiles)
    : m_directory(directory)
    , m_maxBytes(std::max<qint64>(maxBytes, 1))
    , m_keepFiles(std::max(keepFiles, 1))
{}

QString LogFile::path() const
{
    return QDir(m_directory).filePath(kFileName);
}

bool LogFile::open(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path(), m_file.errorString());
        return false;
    }
    return true;
}

bool LogFile::rotate(QString *error)
{
    m_file.close();
    const QDir dir(m_directory);
    const auto numbered = [&dir](int n) {
        return dir.filePath(kFileName + u'.' + QString::number(n));
    };
    QFile::remove(numbered(m_keepFiles - 1));
    for (int n = m_keepFiles - 2; n >= 1; --n) {
        if (QFileInfo::exists(numbered(n)) && !QFile::rename(numbered(n), numbered(n + 1))) {
            *error = QStringLiteral("cannot rotate %1").arg(numbered(n));
            return false;
        }
    }
    if (m_keepFiles > 1) {
        if (!QFile::rename(path(), numbered(1))) {
            *error = QStringLiteral("cannot rotate %1").arg(path());
            return false;
        }
    } else {
        QFile::remove(path());
    }
    return open(error);
}

bool LogFile::append(const QList<QByteArray> &lines, QString *error)
{
    if (!m_file.isOpen() && !open(error))
        return false;
    QByteArray chunk;
    qint64 size = m_file.size();
    const auto flush = [this, &chunk, error] {
        if (chunk.isEmpty())
            return true;
        if (m_file.write(chunk) != chunk.size() || !m_file.flush()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path(), m_file.errorString());
            m_file.close();
            return false;
        }
        chunk.clear();
        return true;
    };
    for (const QByteArray &line : lines) {
        if (size > 0 && size + line.size() > m_maxBytes) {
            if (!flush() || !rotate(error))
                return false;
            size = 0;
        }
        chunk += line;
        size += line.size();
    }
    return flush();
}

LogFile::Tail LogFile::readTail(const QString &path, int maxEntries)
{
    Tail tail;
    QFile file(path);
    if (!file.exists() || maxEntries <= 0)
        return tail;
    if (!file.open(QIODevice::ReadOnly)) {
        tail.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return tail;
    }
    const qint64 want = qint64(maxEntries) * kTailBytesPerEntry;
    const bool partial = file.size() > want;
    if (partial)
        file.seek(file.size() - want);
    QList<QByteArray> lines = file.readAll().split('\n');
    if (partial && !lines.isEmpty())
        lines.removeFirst(); // begins mid-line
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        LogEntry entry;
        QString why;
        if (fromJsonLine(line, &entry, &why))
            tail.entries.append(entry);
        else
            ++tail.unreadable;
    }
    if (tail.entries.size() > maxEntries)
        tail.entries.remove(0, tail.entries.size() - maxEntries);
    return tail;
}

} // namespace vigil
