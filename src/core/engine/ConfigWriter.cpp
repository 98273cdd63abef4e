#include "ConfigWriter.h"

#include "config/ConfigFile.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QFile>

namespace vigil {

void ConfigWriter::save(const Config &config, const QString &path, bool moveOldAside)
{
    QString error;
    if (moveOldAside && QFile::exists(path)) {
        const QString aside =
            path + QStringLiteral(".broken-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        if (!QFile::rename(path, aside)) {
            error = tr("cannot move the unreadable configuration %1 aside; nothing was saved")
                        .arg(path);
            qCWarning(lcConfig).noquote() << error;
            Q_EMIT saved(false, path, error);
            return;
        }
        qCInfo(lcConfig).noquote() << "moved the unreadable configuration to" << aside;
    }
    const bool ok = ConfigFile::save(config, path, &error);
    if (!ok)
        qCWarning(lcConfig).noquote() << "cannot save the configuration:" << error;
    Q_EMIT saved(ok, path, error);
}

} // namespace vigil
