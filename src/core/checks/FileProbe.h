#pragma once

#include "ProbeOutcome.h"

#include <QString>
#include <QtGlobal>

namespace vigil {

// Checks that a file exists, is a regular file, is recent enough and small enough.
// Synchronous and cheap (one stat() per run); called from the checks thread.
class FileProbe final
{
public:
    struct Options
    {
        QString check;
        QString path;
        qint64 maxAgeMs = 0;      // 0 = no limit
        qint64 maxSizeBytes = -1; // -1 = no limit
    };

    explicit FileProbe(Options options);

    // Empty when the options are usable, else one line saying what is wrong.
    static QString validate(const Options &options);

    // Stats the file afresh on every run (nothing cached), judging its age against nowMs.
    // Publishes check_file_age_seconds and check_file_size_bytes while the file exists.
    ProbeOutcome run(qint64 nowMs);

    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace vigil
