#pragma once

#include "config/Config.h"

#include <QObject>

namespace vigil {

// Saves the configuration off the GUI thread (atomic QSaveFile write, mode 0600) and reports the
// outcome. Lives on the storage thread; calls arrive as queued slots carrying value types.
class ConfigWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWriter)

public:
    using QObject::QObject;

public Q_SLOTS:
    // keepOldAs: when the file on disk could not be read (Vigil ran on defaults), it is first
    // renamed to <path>.broken-<UTC time> so the user's text is never lost.
    void save(const vigil::Config &config, const QString &path, bool moveOldAside = false);

Q_SIGNALS:
    void saved(bool ok, const QString &path, const QString &error);
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::Config)
