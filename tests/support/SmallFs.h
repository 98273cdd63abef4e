#pragma once

// For tests run through tests/support/with_small_fs.sh: break the small file system on purpose.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>

namespace vigil::test {

// Writes 4 KiB blocks to path until the file system refuses; true when it did.
inline bool fillFileSystem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'f');
    for (int i = 0; i < 100000; ++i) {
        if (f.write(block) != block.size() || !f.flush())
            return true;
    }
    return false;
}

// mount -o remount,<mode> fs (mode "ro" or "rw"); true when mount succeeded.
inline bool remount(const QString &fs, const char *mode)
{
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-o"),
                              QStringLiteral("remount,%1").arg(QLatin1String(mode)), fs}) == 0;
}

} // namespace vigil::test
