#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace vigil {

// Joins the collector root ("/" in production, a fixture tree in tests) and a path relative to
// it ("proc/stat") into a local 8-bit path.
QByteArray rootPath(const QString &root, const char *relative);

// One kernel text file read whole on each tick. The descriptor stays open and every read starts
// at offset 0 with pread(): /proc and /sys regenerate their contents then, so a tick costs one or
// two system calls instead of open/read/close. A failed read closes the descriptor and retries
// once with a fresh open(), so a file that comes back (a re-plugged sensor) is picked up again.
class ProcFile final
{
public:
    explicit ProcFile(QByteArray path);
    ~ProcFile();
    ProcFile(const ProcFile &) = delete;
    ProcFile &operator=(const ProcFile &) = delete;
    ProcFile(ProcFile &&other) noexcept;
    ProcFile &operator=(ProcFile &&other) noexcept;

    // Reads the whole file. On failure returns false, contents() is empty and error() holds errno.
    bool read();
    // The bytes of the last successful read(); valid until the next read().
    QByteArrayView contents() const { return {m_buffer.constData(), m_size}; }

    const QByteArray &path() const { return m_path; }
    int error() const { return m_error; }
    // "<path>: <strerror>", for warnings.
    QString errorString() const;
    // The open descriptor, or -1 before the first successful read.
    int fd() const { return m_fd; }
    // True when the open file lives on procfs (so poll() reports mount-table changes).
    bool isOnProcFs() const;

private:
    bool readOnce();
    void close();

    QByteArray m_path;
    QByteArray m_buffer;
    qsizetype m_size = 0;
    int m_fd = -1;
    int m_error = 0;
};

} // namespace vigil
