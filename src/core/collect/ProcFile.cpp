#include "ProcFile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/statfs.h>
#include <unistd.h>
#include <utility>

namespace vigil {

namespace {
constexpr qsizetype InitialBufferSize = 4096;
constexpr long ProcSuperMagic = 0x9fa0; // PROC_SUPER_MAGIC, <linux/magic.h>
} // namespace

QByteArray rootPath(const QString &root, const char *relative)
{
    QByteArray path = QFile::encodeName(root);
    while (path.endsWith('/'))
        path.chop(1);
    while (*relative == '/')
        ++relative;
    path += '/';
    path += relative;
    return path;
}

ProcFile::ProcFile(QByteArray path)
    : m_path(std::move(path))
{}

ProcFile::~ProcFile()
{
    close();
}

ProcFile::ProcFile(ProcFile &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_buffer(std::move(other.m_buffer))
    , m_size(std::exchange(other.m_size, 0))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_error(other.m_error)
{}

ProcFile &ProcFile::operator=(ProcFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_buffer = std::move(other.m_buffer);
        m_size = std::exchange(other.m_size, 0);
        m_fd = std::exchange(other.m_fd, -1);
        m_error = other.m_error;
    }
    return *this;
}

void ProcFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool ProcFile::read()
{
    if (readOnce())
        return true;
    // A stale descriptor (device gone and back, file replaced): one fresh attempt.
    close();
    return readOnce();
}

bool ProcFile::readOnce()
{
    m_size = 0;
    if (m_fd < 0) {
        m_fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_error = errno;
            return false;
        }
    }
    if (m_buffer.size() < InitialBufferSize)
        m_buffer.resize(InitialBufferSize);
    char *data = m_buffer.data();
    qsizetype capacity = m_buffer.size();
    for (;;) {
        if (m_size == capacity) {
            capacity *= 2;
            m_buffer.resize(capacity);
            data = m_buffer.data();
        }
        const ssize_t n = ::pread(m_fd, data + m_size, size_t(capacity - m_size), off_t(m_size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            m_size = 0;
            return false;
        }
        if (n == 0)
            break;
        m_size += n;
    }
    m_error = 0;
    return true;
}

QString ProcFile::errorString() const
{
    return QFile::decodeName(m_path) + u": " + qt_error_string(m_error);
}

bool ProcFile::isOnProcFs() const
{
    struct statfs fs = {};
    return m_fd >= 0 && ::fstatfs(m_fd, &fs) == 0 && fs.f_type == ProcSuperMagic;
}

} // namespace vigil
