#include "FileProbe.h"

#include "config/Duration.h"
#include "series/Unit.h"

#include <QFile>
#include <QStringList>

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <utility>

namespace vigil {

FileProbe::FileProbe(Options options)
    : m_options(std::move(options))
{}

QString FileProbe::validate(const Options &options)
{
    if (options.path.isEmpty())
        return QCoreApplication::translate("vigil::FileProbe", "a path is required");
    if (options.maxAgeMs < 0)
        return QCoreApplication::translate("vigil::FileProbe",
                                           "the maximum age must not be negative");
    if (options.maxSizeBytes < -1)
        return QCoreApplication::translate("vigil::FileProbe",
                                           "the maximum size must be -1 (no limit) or more");
    return {};
}

ProbeOutcome FileProbe::run(qint64 nowMs)
{
    ProbeOutcome outcome;
    outcome.target = m_options.path;
    const QString &path = m_options.path;
    if (const QString invalid = validate(m_options); !invalid.isEmpty()) {
        outcome.message = invalid;
        return outcome;
    }

    // ::stat rather than QFileInfo: nothing is cached, so every run sees the file as it is now.
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int error = errno;
        const QString why = error == ENOENT || error == ENOTDIR
                                ? QCoreApplication::translate("vigil::FileProbe", "not found")
                                : QString::fromLocal8Bit(strerror(error));
        outcome.message = path + QStringLiteral(": ") + why;
        return outcome;
    }
    if (!S_ISREG(st.st_mode)) {
        outcome.message =
            QCoreApplication::translate("vigil::FileProbe", "%1: not a regular file").arg(path);
        return outcome;
    }

    const qint64 mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    // A modification time in the future (clock skew, NFS) counts as fresh, not negative.
    const qint64 ageMs = qMax<qint64>(0, nowMs - mtimeMs);
    const qint64 size = qint64(st.st_size);
    outcome.samples.append(
        {checkSeriesId(QStringLiteral("check_file_age_seconds"), m_options.check), ageMs / 1000.0});
    outcome.samples.append(
        {checkSeriesId(QStringLiteral("check_file_size_bytes"), m_options.check), double(size)});

    const QString ageText = formatValue(ageMs / 1000.0, Unit::Seconds);
    const QString sizeText = formatValue(double(size), Unit::Bytes);
    QStringList problems;
    if (m_options.maxAgeMs > 0 && ageMs > m_options.maxAgeMs)
        problems.append(QCoreApplication::translate("vigil::FileProbe", "modified %1 ago (max %2)")
                            .arg(ageText, formatDuration(m_options.maxAgeMs)));
    if (m_options.maxSizeBytes >= 0 && size > m_options.maxSizeBytes)
        problems.append(
            QCoreApplication::translate("vigil::FileProbe", "%1 (max %2)")
                .arg(sizeText, formatValue(double(m_options.maxSizeBytes), Unit::Bytes)));

    if (problems.isEmpty()) {
        outcome.verdict = ProbeVerdict::Healthy;
        outcome.message = QCoreApplication::translate("vigil::FileProbe", "%1, modified %2 ago")
                              .arg(sizeText, ageText);
    } else {
        outcome.message = problems.join(QStringLiteral(", "));
    }
    return outcome;
}

} // namespace vigil
